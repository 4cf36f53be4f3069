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

	public static PersonId of(String value) {
		return new PersonId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
