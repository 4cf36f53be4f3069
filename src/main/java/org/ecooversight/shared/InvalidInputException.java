package org.ecooversight.shared;

import java.util.List;

/**
 * Input that breaks a rule, naming the field and the reason (HTTP 400/422 with an RFC 9457 body).
 */
public class InvalidInputException extends RuntimeException {

	private final List<FieldError> errors;

	public InvalidInputException(String field, String reason) {
		this(List.of(new FieldError(field, reason)));
	}

	public InvalidInputException(List<FieldError> errors) {
		super(errors.isEmpty() ? "invalid input" : errors.get(0).field() + ": " + errors.get(0).reason());
		this.errors = List.copyOf(errors);
	}

	public List<FieldError> errors() {
		return errors;
	}

	public record FieldError(String field, String reason) {
	}
}
