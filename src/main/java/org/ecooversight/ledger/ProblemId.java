package org.ecooversight.ledger;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a {@link Problem}. */
public record ProblemId(@JsonValue UUID value) {

	@JsonCreator
	public ProblemId {
		java.util.Objects.requireNonNull(value, "problem id");
	}

	public static ProblemId of(String value) {
		return new ProblemId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
