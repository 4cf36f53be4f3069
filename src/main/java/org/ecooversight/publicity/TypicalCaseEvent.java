package org.ecooversight.publicity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** What happens to a typical case; each is a link of its stream's hash chain. */
public sealed interface TypicalCaseEvent {

	UUID caseId();

	/**
	 * The case is published on the portal: what the public reads (title, category, town, the related
	 * problem's code, the write-up) and the day it carries.
	 */
	record CasePublished(UUID caseId, String title, CaseCategory category, String townCode, UUID problemId,
			String problemCode, String writeUp, LocalDate publishedOn, Instant publishedAt) implements TypicalCaseEvent {
	}

	/** The case leaves the portal, with the reason; it stays in the record. */
	record CaseWithdrawn(UUID caseId, String reason, Instant withdrawnAt) implements TypicalCaseEvent {
	}
}
