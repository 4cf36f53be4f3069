package org.ecooversight.accountability.web;

import jakarta.servlet.http.HttpServletResponse;
import org.ecooversight.shared.ForbiddenException;
import org.ecooversight.shared.NotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The workspace's pages answer a refusal with a page, not with the API's problem JSON: 403 for
 * anyone but a discipline officer (and for a case about the officer's own unit), 404 for an id that
 * does not exist (or is no id at all). The page names no detail of what was refused.
 */
@ControllerAdvice(assignableTypes = { TriggerPages.class, CasePages.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageFailures {

	@ExceptionHandler(ForbiddenException.class)
	String forbidden(HttpServletResponse response, Model model) {
		response.setStatus(HttpStatus.FORBIDDEN.value());
		model.addAttribute("refusal", "error.accountability.refusal");
		return "error/403";
	}

	@ExceptionHandler({ NotFoundException.class, MethodArgumentTypeMismatchException.class })
	String notFound(HttpServletResponse response, Model model) {
		response.setStatus(HttpStatus.NOT_FOUND.value());
		model.addAttribute("refusal", "error.accountability.notFound");
		return "error/404";
	}
}
