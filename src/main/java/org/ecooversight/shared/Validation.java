package org.ecooversight.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Collects every field error of a request before refusing it, so the user sees all of them at once.
 */
public final class Validation {

	private final List<InvalidInputException.FieldError> errors = new ArrayList<>();

	/** Runs a check; its {@link InvalidInputException} is collected, and null returned. */
	public <T> T check(Supplier<T> check) {
		try {
			return check.get();
		}
		catch (InvalidInputException e) {
			errors.addAll(e.errors());
			return null;
		}
	}

	public void run(Runnable check) {
		check(() -> {
			check.run();
			return null;
		});
	}

	public String text(String field, String value, boolean required, int max) {
		if (value == null || value.isBlank()) {
			if (required) {
				reject(field, "is required");
			}
			return null;
		}
		if (value.length() > max) {
			reject(field, "at most " + max + " characters (got " + value.length() + ")");
			return null;
		}
		return value.strip();
	}

	public void reject(String field, String reason) {
		errors.add(new InvalidInputException.FieldError(field, reason));
	}

	public void throwIfAny() {
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
	}
}
