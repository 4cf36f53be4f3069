package org.ecooversight.organisation;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a {@link Unit}; other modules refer to units by this id only. */
public record UnitId(@JsonValue UUID value) {

	@JsonCreator
	public UnitId {
		java.util.Objects.requireNonNull(value, "unit id");
	}

	public static UnitId of(String value) {
		return new UnitId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
