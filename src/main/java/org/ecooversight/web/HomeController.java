package org.ecooversight.web;

import org.ecooversight.shared.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page and the landing page after sign-in. */
@Controller
class HomeController {

	@GetMapping("/login")
	String login() {
		return "login";
	}

	@GetMapping("/")
	String home(Actor actor, Model model) {
		model.addAttribute("actor", actor);
		model.addAttribute("roles", actor.roles().stream().map(r -> r.label()).toList());
		return "home";
	}
}
