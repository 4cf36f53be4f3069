package org.ecooversight.organisation;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A person's time in a post, from its first day to its last (open while {@code end} is null).
 * {@code secondedFrom} names the unit a task-force member is seconded from (S, 二(一)).
 */
public record Tenure(UUID id, PostId postId, PersonId personId, LocalDate start, LocalDate end, UnitId secondedFrom) {

	public boolean covers(LocalDate day) {
		return !day.isBefore(start) && (end == null || !day.isAfter(end));
	}
}
