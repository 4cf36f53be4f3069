package org.ecooversight.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.ecooversight.shared.ConflictException;
import org.ecooversight.shared.ForbiddenException;
import org.ecooversight.shared.InvalidInputException;
import org.ecooversight.shared.NotFoundException;
import org.ecooversight.shared.PreconditionFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Every error of the API as an RFC 9457 problem: {@code detail} says what went wrong in a sentence,
 * {@code errors} lists each field with its reason. It applies to every request the dispatcher
 * handles, also those that found no controller (unknown path, wrong method or content type, a
 * multipart body that cannot be read). A page (a browser asking for HTML outside /api) gets the
 * readable error page instead ({@link ErrorPages}). Refused input is the client's fault and is
 * logged at debug level without a stack trace; anything else is a defect of the platform: 500,
 * logged with its stack trace.
 */
@RestControllerAdvice
class ProblemResponses extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

	@ExceptionHandler(InvalidInputException.class)
	Object invalid(InvalidInputException e, HttpServletRequest request) {
		if (isPage(request)) {
			return page(HttpStatus.BAD_REQUEST, null);
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
		problem.setTitle("Invalid input");
		problem.setProperty("errors", e.errors().stream().map(f -> Map.of("field", f.field(), "reason", f.reason())).toList());
		return problem;
	}

	@ExceptionHandler(NotFoundException.class)
	Object notFound(NotFoundException e, HttpServletRequest request) {
		if (isPage(request)) {
			return page(HttpStatus.NOT_FOUND, "error.404.record");
		}
		return titled(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
	}

	@ExceptionHandler(ForbiddenException.class)
	Object forbidden(ForbiddenException e, HttpServletRequest request) {
		if (isPage(request)) {
			return page(HttpStatus.FORBIDDEN, "error.403.action");
		}
		return titled(HttpStatus.FORBIDDEN, "Forbidden", e.getMessage());
	}

	/** A page of the workbench (not the API): a refusal is answered with a page, naming no detail. */
	static boolean isPage(HttpServletRequest request) {
		return isPage(request.getRequestURI().substring(request.getContextPath().length()), request.getHeader("Accept"));
	}

	static boolean isPage(String path, String accept) {
		return !path.startsWith("/api/") && !path.startsWith("/dashboard/data") && !path.startsWith("/map/")
				&& accept != null && accept.contains("text/html");
	}

	private static ModelAndView page(HttpStatus status, String refusal) {
		ModelAndView view = new ModelAndView("error/page");
		view.setStatus(status);
		view.addObject("code", ErrorPages.pageCode(status.value()));
		view.addObject("refusal", refusal);
		return view;
	}

	@ExceptionHandler(ConflictException.class)
	ProblemDetail conflict(ConflictException e) {
		return titled(HttpStatus.CONFLICT, "Conflict", e.getMessage());
	}

	@ExceptionHandler(DuplicateKeyException.class)
	ProblemDetail duplicate(DuplicateKeyException e) {
		return titled(HttpStatus.CONFLICT, "Conflict", "someone else made the same change at the same time; reload and try again");
	}

	@ExceptionHandler(PreconditionFailedException.class)
	ProblemDetail precondition(PreconditionFailedException e) {
		return titled(HttpStatus.PRECONDITION_FAILED, "Precondition failed", e.getMessage());
	}

	/** A multipart body that cannot be read (no boundary, cut off, not multipart at all). */
	@ExceptionHandler(MultipartException.class)
	Object unreadableMultipart(MultipartException e, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		log.debug("Refused an unreadable multipart body: {}", e.getMessage());
		if (isPage(request)) {
			response.sendError(HttpStatus.BAD_REQUEST.value());
			return null;
		}
		return titled(HttpStatus.BAD_REQUEST, "Malformed request", RequestBodyGuard.UNREADABLE_MULTIPART);
	}

	/**
	 * Anything not foreseen is a defect of the platform, not of the input: 500, logged with its stack
	 * trace, so that it is found and fixed rather than hidden as a 400. The client connection that
	 * went away is neither.
	 */
	@ExceptionHandler(Exception.class)
	Object unexpected(Exception e, HttpServletRequest request, HttpServletResponse response) throws Exception {
		if (e instanceof org.springframework.security.core.AuthenticationException
				|| e instanceof org.springframework.security.access.AccessDeniedException) {
			throw e;
		}
		if (isClientGone(e)) {
			log.debug("The client went away: {}", e.toString());
			return null;
		}
		log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
		if (isPage(request)) {
			return page(HttpStatus.INTERNAL_SERVER_ERROR, null);
		}
		return titled(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
				"an unexpected error occurred; it has been logged for the administrators");
	}

	private static boolean isClientGone(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t.getClass().getSimpleName().equals("ClientAbortException")
					|| t.getClass().getSimpleName().equals("AsyncRequestNotUsableException")) {
				return true;
			}
		}
		return false;
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String field = null;
		String reason = "the request body is not valid JSON";
		Throwable cause = ex.getCause();
		if (cause instanceof DatabindException db) {
			field = db.getPath()
				.stream()
				.map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
				.reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
				.orElse(null);
			if (field == null) {
				// valid JSON, but not an object: null, [], "text", 1
				reason = cause instanceof MismatchedInputException ? REQUIRES_OBJECT : reason;
			}
			else {
				reason = cause instanceof InvalidNullException ? "must not be null"
						: cause instanceof InvalidFormatException format && JsonBodies.NUL_REASON.equals(format.getOriginalMessage())
								? JsonBodies.NUL_REASON : "has a value of the wrong type or an unknown name";
			}
		}
		else if (cause == null || !(cause instanceof JacksonException)) {
			// no body, or the JSON value null: nothing that could be read as an object
			reason = REQUIRES_OBJECT;
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				field == null ? reason : field + ": " + reason);
		problem.setTitle("Malformed request");
		if (field != null) {
			problem.setProperty("errors", List.of(Map.of("field", field, "reason", reason)));
		}
		return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
	}

	static final String REQUIRES_OBJECT = "a JSON object is required as the request body";

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "invalid input");
		problem.setTitle("Invalid input");
		problem.setProperty("errors", ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(f -> Map.of("field", f.getField(), "reason", String.valueOf(f.getDefaultMessage())))
			.toList());
		return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
	}

	@Override
	protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, RequestBodyGuard.TOO_LARGE);
		problem.setTitle("Upload too large");
		problem.setProperty("errors", List.of(Map.of("field", "files", "reason", "at most 10 MB a file")));
		return handleExceptionInternal(ex, problem, headers, HttpStatus.CONTENT_TOO_LARGE, request);
	}

	/**
	 * Every refusal the base class and the overrides above produce: a page asks the servlet
	 * container for the error page of the status ({@link ErrorPages}); the API gets the problem.
	 */
	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		if (request instanceof ServletWebRequest servlet && servlet.getResponse() != null && isPage(servlet.getRequest())) {
			log.debug("Refused a page request: {}", ex.toString());
			try {
				servlet.getResponse().sendError(statusCode.value());
			}
			catch (IOException e) {
				log.debug("Could not send the error page: {}", e.toString());
			}
			return null;
		}
		if (statusCode.is4xxClientError()) {
			log.debug("Refused a request: {}", ex.toString());
		}
		return super.handleExceptionInternal(ex, body, headers, statusCode, request);
	}

	private static ProblemDetail titled(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return problem;
	}
}
