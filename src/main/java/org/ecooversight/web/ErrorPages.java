package org.ecooversight.web;

import java.util.Set;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * What answers an error that never reached a controller, or that a filter or the servlet
 * container raised (Spring Boot's error path, in place of its BasicErrorController): a problem
 * (RFC 9457) for the API, a readable page in the reader's language for a browser. It reads no
 * request parameter: the request it reports on may be one whose parameters could not be parsed.
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class ErrorPages implements ErrorController {

	private final org.springframework.context.MessageSource messages;

	ErrorPages(org.springframework.context.MessageSource messages) {
		this.messages = messages;
	}

	/** The statuses that have words of their own (error.&lt;code&gt;.title/text in messages/common). */
	private static final Set<Integer> WORDED = Set.of(400, 403, 404, 405, 413, 415, 429, 500);

	@RequestMapping
	Object error(HttpServletRequest request) {
		int status = status(request);
		String path = path(request);
		RequestBodyGuard.Refusal refusal = (RequestBodyGuard.Refusal) request.getAttribute(RequestBodyGuard.Refusal.ATTRIBUTE);
		if (ProblemResponses.isPage(path, request.getHeader("Accept"))) {
			ModelAndView page = new ModelAndView("error/page");
			page.setStatus(HttpStatus.valueOf(status));
			page.addObject("code", pageCode(status));
			page.addObject("refusal", refusal == null ? null : refusal.messageKey());
			String back = path.startsWith("/public") ? "/public" : "/";
			if (back.equals("/public")) {
				page.addObject("back", back);
				page.addObject("backText", "error.back.public");
			}
			// the language switch leads back, not to the refused address (which may take only a POST)
			page.addObject("otherLanguage", back + "?lang=" + messages.getMessage("lang.switch.code", null, "en",
					org.springframework.context.i18n.LocaleContextHolder.getLocale()));
			return page;
		}
		HttpStatus known = HttpStatus.resolve(status);
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setTitle(known == null ? "Error" : known.getReasonPhrase());
		problem.setDetail(refusal != null ? refusal.detail() : detail(status));
		if (refusal != null && refusal.field() != null) {
			problem.setProperty("errors", java.util.List.of(java.util.Map.of("field", refusal.field(), "reason", refusal.reason())));
		}
		problem.setInstance(java.net.URI.create(java.net.URLEncoder.encode(path, java.nio.charset.StandardCharsets.UTF_8)
			.replace("%2F", "/")));
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/** The status whose words a page shows: its own, or those of its class. */
	static int pageCode(int status) {
		if (WORDED.contains(status)) {
			return status;
		}
		return status >= 500 ? 500 : 400;
	}

	private static int status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (code == null) {
			return 404; // the error path asked for directly: there is nothing to report
		}
		return code instanceof Integer i && i >= 400 && i < 600 ? i : 500;
	}

	private static String path(HttpServletRequest request) {
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = uri instanceof String s ? s : request.getRequestURI();
		String context = request.getContextPath();
		return path.startsWith(context) ? path.substring(context.length()) : path;
	}

	private static String detail(int status) {
		return switch (status) {
			case 400 -> "the request is malformed";
			case 401 -> "sign in with HTTP Basic to use the API";
			case 403 -> "your role does not allow this";
			case 404 -> "there is nothing at this address";
			case 405 -> "this address does not accept this method";
			case 413 -> RequestBodyGuard.TOO_LARGE;
			case 415 -> "this address does not accept this content type";
			default -> status >= 500 ? "an unexpected error occurred; it has been logged for the administrators"
					: "the request was refused";
		};
	}
}
