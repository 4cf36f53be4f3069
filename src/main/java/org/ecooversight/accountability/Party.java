package org.ecooversight.accountability;

import java.time.LocalDate;
import java.util.UUID;

import org.ecooversight.responsibility.ResponsibilityKind;

/**
 * Someone whose responsibility a case pursues: a unit and, where a post is named, the person who
 * held it on {@code heldOn} (the day of the failure, not today).
 */
public record Party(UUID partyId, ResponsibilityKind responsibility, UUID unitId, String unitName, UUID postId,
		String postTitle, UUID personId, String personName, LocalDate heldOn) {
}
