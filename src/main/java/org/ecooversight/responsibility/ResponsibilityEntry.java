package org.ecooversight.responsibility;

import java.util.UUID;

import org.ecooversight.organisation.UnitId;

/**
 * One line of the responsibility map: in {@code regionCode} (and the regions below it), for
 * {@code domainCode} (null: every domain), {@code unitId} holds the responsibility {@code kind}.
 */
public record ResponsibilityEntry(UUID id, String regionCode, String domainCode, ResponsibilityKind kind,
		UnitId unitId, String note) {
}
