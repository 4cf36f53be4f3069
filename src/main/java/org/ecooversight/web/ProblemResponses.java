package org.ecooversight.web;

import java.util.List;
import java.util.Map;

import org.ecooversight.shared.ConflictException;
import org.ecooversight.shared.ForbiddenException;
import org.ecooversight.shared.InvalidInputException;
import org.ecooversight.shared.NotFoundException;
import org.ecooversight.shared.PreconditionFailedException;
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
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.DatabindException;

/**
 * Every error of the API as an RFC 9457 problem: {@code detail} says what went wrong in a sentence,
 * {@code errors} lists each field with its reason.
 */
@RestControllerAdvice(basePackages = "org.ecooversight")
class ProblemResponses extends ResponseEntityExceptionHandler {

	@ExceptionHandler(InvalidInputException.class)
	ProblemDetail invalid(InvalidInputException e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
		problem.setTitle("Invalid input");
		problem.setProperty("errors", e.errors().stream().map(f -> Map.of("field", f.field(), "reason", f.reason())).toList());
		return problem;
	}

	@ExceptionHandler(NotFoundException.class)
	Object notFound(NotFoundException e, jakarta.servlet.http.HttpServletRequest request) {
		if (isPage(request)) {
			return page(HttpStatus.NOT_FOUND, "error.404.record");
		}
		return titled(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
	}

	@ExceptionHandler(ForbiddenException.class)
	Object forbidden(ForbiddenException e, jakarta.servlet.http.HttpServletRequest request) {
		if (isPage(request)) {
			return page(HttpStatus.FORBIDDEN, "error.403.action");
		}
		return titled(HttpStatus.FORBIDDEN, "Forbidden", e.getMessage());
	}

	/** A page of the workbench (not the API): a refusal is answered with a page, naming no detail. */
	private static boolean isPage(jakarta.servlet.http.HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String accept = request.getHeader("Accept");
		return !path.startsWith("/api/") && !path.startsWith("/dashboard/data") && !path.startsWith("/map/")
				&& accept != null && accept.contains("text/html");
	}

	private static org.springframework.web.servlet.ModelAndView page(HttpStatus status, String refusal) {
		org.springframework.web.servlet.ModelAndView view = new org.springframework.web.servlet.ModelAndView(
				"error/" + status.value());
		view.setStatus(status);
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
			reason = field == null ? "the request body is not valid JSON" : "has a value of the wrong type or an unknown name";
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				field == null ? reason : field + ": " + reason);
		problem.setTitle("Malformed request");
		if (field != null) {
			problem.setProperty("errors", List.of(Map.of("field", field, "reason", reason)));
		}
		return ResponseEntity.badRequest().body(problem);
	}

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
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
				"files: the upload is larger than the platform accepts (10 MB a file)");
		problem.setTitle("Upload too large");
		problem.setProperty("errors", List.of(Map.of("field", "files", "reason", "at most 10 MB a file")));
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
	}

	private static ProblemDetail titled(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return problem;
	}
}
