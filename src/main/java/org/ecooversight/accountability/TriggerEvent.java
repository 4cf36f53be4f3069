package org.ecooversight.accountability;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ecooversight.intake.AttachmentRef;

/** What happens to a trigger in the discipline organ's queue; each is a link of its hash chain. */
public sealed interface TriggerEvent {

	UUID triggerId();

	/**
	 * A trigger lands in the queue: by a rule (with the rule, its source and the facts that satisfied
	 * it), by referral from a department, town or the task force, or opened by a discipline officer.
	 * {@code failureDay} is the day the failure happened: the persons in post on that day are named;
	 * {@code organ} the kind of unit that pursues it (the rule's, e.g. DISCIPLINE_COMMISSION).
	 */
	record TriggerRaised(UUID triggerId, TriggerOrigin origin, String ruleId, String ruleName, String ruleSource,
			UUID problemId, UUID leadId, String subject, String reason, List<Fact> facts, LocalDate failureDay,
			Map<String, List<String>> pursuit, List<AttachmentRef> evidence, UUID raisedByUnit, Instant raisedAt,
			String organ) implements TriggerEvent {
	}

	/** 综合研判、分类处置: a case opened, the trigger joined to a case, or not pursued, with the reason. */
	record TriggerAssessed(UUID triggerId, Assessment decision, UUID caseId, String reason, Instant assessedAt)
			implements TriggerEvent {
	}

	enum Assessment {
		OPEN_CASE("立案追责"), JOIN_CASE("并案处理"), NOT_PURSUED("不予追责");

		private final String label;

		Assessment(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}
}
