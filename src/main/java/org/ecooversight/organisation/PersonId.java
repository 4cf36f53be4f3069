package org.ecooversight.organisation;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a {@link Person}. */
public record PersonId(@JsonValue UUID value) {

	@JsonCreator
	public PersonId {
		java.util.Objects.requireNonNull(value, "person id");
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
