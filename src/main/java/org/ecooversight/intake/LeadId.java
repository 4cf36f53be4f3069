package org.ecooversight.intake;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a {@link Lead}. */
public record LeadId(@JsonValue UUID value) {

	@JsonCreator
	public LeadId {
		java.util.Objects.requireNonNull(value, "lead id");
	}

	public static LeadId of(String value) {
		return new LeadId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
