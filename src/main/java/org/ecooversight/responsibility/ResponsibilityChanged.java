package org.ecooversight.responsibility;

import java.util.UUID;

/** Past-tense changes of the responsibility map, recorded in the tamper-evident record. */
public sealed interface ResponsibilityChanged {

	record ResponsibilityAssigned(ResponsibilityEntry entry) implements ResponsibilityChanged {
	}

	record ResponsibilityWithdrawn(UUID entryId, String reason) implements ResponsibilityChanged {
	}
}
