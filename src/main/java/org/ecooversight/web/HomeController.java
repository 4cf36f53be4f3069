package org.ecooversight.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ecooversight.identity.SignInSettings;
import org.ecooversight.intake.LeadStatus;
import org.ecooversight.intake.Leads;
import org.ecooversight.ledger.Colour;
import org.ecooversight.ledger.LedgerAccess;
import org.ecooversight.ledger.ProblemQueries;
import org.ecooversight.ledger.ProblemQueries.Filter;
import org.ecooversight.ledger.ProblemStatus;
import org.ecooversight.notification.Inbox;
import org.ecooversight.shared.Actor;
import org.ecooversight.shared.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page and the workbench (我的待办): what is due, colour-coded (red overdue, yellow
 * behind the plan, blue near the deadline), what waits for the user's role, and the newest
 * notices and reminders.
 */
@Controller
class HomeController {

	private final ProblemQueries problems;
	private final Inbox inbox;
	private final Leads leads;

	private final SignInSettings signIn;

	HomeController(ProblemQueries problems, Inbox inbox, Leads leads, SignInSettings signIn) {
		this.signIn = signIn;
		this.problems = problems;
		this.inbox = inbox;
		this.leads = leads;
	}

	/**
	 * The sign-in page: after a wrong password it repeats the lock-out rule (the same words whether or
	 * not the account exists or is locked); after a refusal of the client address, the minutes to wait.
	 */
	@GetMapping("/login")
	String login(@RequestParam(required = false) String throttled, Model model) {
		model.addAttribute("maxFailures", signIn.maxFailedLogins());
		model.addAttribute("lockoutMinutes", (signIn.lockout().toSeconds() + 59) / 60);
		if (throttled != null && throttled.matches("\\d{1,4}")) {
			model.addAttribute("throttledMinutes", Integer.parseInt(throttled));
		}
		return "login";
	}

	@GetMapping("/")
	String home(Actor actor, Model model) {
		model.addAttribute("activeNav", "/");
		boolean ledger = actor.seesWholeJurisdiction() || actor.hasAnyRole(Role.DEPARTMENT_HANDLER, Role.TOWN_HANDLER);
		Map<String, ProblemQueries.Page> due = new LinkedHashMap<>();
		if (ledger) {
			for (Colour colour : List.of(Colour.RED, Colour.YELLOW, Colour.BLUE)) {
				due.put(colour.name(), problems.list(byColour(colour), actor, 0, 8));
			}
			if (actor.hasAnyRole(LedgerAccess.TASK_FORCE)) {
				model.addAttribute("toEvaluate", problems.list(byStatus(ProblemStatus.CLOSURE_REQUESTED), actor, 0, 8));
				model.addAttribute("lookBacks", problems.list(byStatus(ProblemStatus.LOOK_BACK_DUE), actor, 0, 8));
			}
		}
		if (actor.hasAnyRole(LedgerAccess.INTAKE)) {
			model.addAttribute("waitingLeads", leads.count(LeadStatus.RECEIVED));
		}
		model.addAttribute("due", due);
		model.addAttribute("colours", Map.of("RED", "逾期", "YELLOW", "进度滞后", "BLUE", "临近期限"));
		model.addAttribute("notices", inbox.list(actor, false, 0, 8).items());
		model.addAttribute("unread", inbox.unread(actor));
		return "home";
	}

	private static Filter byColour(Colour colour) {
		return new Filter(null, null, null, null, null, null, null, colour, null);
	}

	private static Filter byStatus(ProblemStatus status) {
		return new Filter(null, null, status, null, null, null, null, null, null);
	}
}
