package org.ecooversight.throttle.web;

import org.ecooversight.throttle.TooManyAttemptsException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A refused attempt on the API: 429 with an RFC 9457 problem and Retry-After (seconds). Ahead of the
 * general problem handlers, so a catch-all there cannot turn it into anything else.
 */
@RestControllerAdvice(basePackages = "org.ecooversight")
@Order(Ordered.HIGHEST_PRECEDENCE)
class TooManyAttemptsResponses {

	@ExceptionHandler(TooManyAttemptsException.class)
	ResponseEntity<ProblemDetail> tooMany(TooManyAttemptsException e) {
		return respond(e.getMessage(), e.retryAfterSeconds());
	}

	/** The 429 problem with its Retry-After header. */
	private static ResponseEntity<ProblemDetail> respond(String detail, long retryAfterSeconds) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, detail);
		problem.setTitle("Too many requests");
		problem.setProperty("retryAfterSeconds", retryAfterSeconds);
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds))
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}
}
