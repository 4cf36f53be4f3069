package org.ecooversight.accountability;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What happens in an accountability case; each is a link of its hash chain. */
public sealed interface CaseEvent {

	UUID caseId();

	/** A case opened from a trigger, naming the parties of the three responsibilities. */
	record CaseOpened(UUID caseId, String number, UUID triggerId, UUID problemId, String subject, String summary,
			LocalDate failureDay, List<Party> parties, Instant openedAt) implements CaseEvent {
	}

	/** Another trigger about the same matter joins the case (并案). */
	record TriggerJoined(UUID caseId, UUID triggerId, String reason, Instant joinedAt) implements CaseEvent {
	}

	/** A party the officer adds (e.g. a deputy in charge the rule did not name), with the reason. */
	record PartyAdded(UUID caseId, Party party, String reason, Instant addedAt) implements CaseEvent {
	}

	/** 容错纠错: the three distinctions answered one by one, and what follows from them. */
	record FaultToleranceAssessed(UUID caseId, UUID partyId, Map<Distinction, Boolean> checklist, String notes,
			Tolerance tolerance, String reason, Instant assessedAt) implements CaseEvent {
	}

	/** 整改减责: the responsibility is reduced because the problem was rectified promptly. */
	record MitigationRecorded(UUID caseId, UUID partyId, String reason, Instant recordedAt) implements CaseEvent {
	}

	/** The decision on a party: a measure of one of the four forms, with the reason. */
	record OutcomeDecided(UUID caseId, UUID partyId, OutcomeKind outcome, int form, String reason, String decidedBy,
			Instant decidedAt) implements CaseEvent {
	}

	/** No responsibility pursued for this party, with the reason. */
	record PartyCleared(UUID caseId, UUID partyId, String reason, Instant clearedAt) implements CaseEvent {
	}

	/** 移送: a package sent to law enforcement, the discipline organ or the judiciary. */
	record ReferralMade(UUID caseId, UUID referralId, Recipient recipient, String recipientName, String summary,
			List<ReferralPackage.EvidenceItem> evidence, List<ReferralPackage.TimelineEntry> timeline,
			boolean reporterIdentityIncluded, String legalBasis, LocalDate feedbackDue, Instant referredAt,
			UUID concernedUnitId) implements CaseEvent {
	}

	record ReferralReceived(UUID caseId, UUID referralId, LocalDate receivedOn, String receivedBy, Instant recordedAt)
			implements CaseEvent {
	}

	record ReferralOutcomeRecorded(UUID caseId, UUID referralId, String outcome, Instant recordedAt)
			implements CaseEvent {
	}

	/** The recipient has not reported back by the day due: chased (the n-th time). */
	record ReferralFeedbackChased(UUID caseId, UUID referralId, int chaseCount, LocalDate dueWas, Instant chasedAt)
			implements CaseEvent {
	}

	record CaseClosed(UUID caseId, String summary, Instant closedAt) implements CaseEvent {
	}

	enum Tolerance {
		EXEMPTED("容错免责"), REDUCED("从轻减责"), NOT_TOLERATED("不予容错");

		private final String label;

		Tolerance(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}
}
