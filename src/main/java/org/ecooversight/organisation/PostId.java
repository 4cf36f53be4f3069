package org.ecooversight.organisation;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a {@link Post}. */
public record PostId(@JsonValue UUID value) {

	@JsonCreator
	public PostId {
		java.util.Objects.requireNonNull(value, "post id");
	}

	public static PostId of(String value) {
		return new PostId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
