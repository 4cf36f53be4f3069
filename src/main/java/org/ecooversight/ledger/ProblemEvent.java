package org.ecooversight.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.ecooversight.intake.AttachmentRef;
import org.ecooversight.intake.Channel;
import org.ecooversight.intake.LeadId;
import org.ecooversight.intake.Place;
import org.ecooversight.intake.ReportedEntity;
import org.ecooversight.organisation.UnitId;

/** Past-tense events in the life of a problem; each is one link of the problem's hash chain. */
public sealed interface ProblemEvent {

	ProblemId problemId();

	/** 受理: a problem opened from a lead, with the units the platform proposed (or the operator chose, and why). */
	record ProblemOpened(ProblemId problemId, String code, LeadId leadId, Channel channel, String description,
			Place place, List<String> pollutionTypes, ReportedEntity reportedEntity, List<AttachmentRef> attachments,
			UnitId leadUnit, List<UnitId> coUnits, boolean requiresDesignation, List<String> routingBasis,
			String routingChangeReason, Instant receivedAt, Instant acceptedAt) implements ProblemEvent {
	}

	/** 确定责任单位: the same-level party committee and government named the lead unit and co-units. */
	record ResponsibleUnitsDesignated(ProblemId problemId, UnitId leadUnit, List<UnitId> coUnits,
			String decisionReference, String reason, Instant designatedAt) implements ProblemEvent {
	}

	/** 交办: the rectification notice (整改通知书) as issued. */
	record ProblemAssigned(ProblemId problemId, String noticeNumber, String requirements, LocalDate deadline,
			UnitId leadUnit, List<UnitId> coUnits, List<CopyRecipient> copiedTo, Instant issuedAt)
			implements ProblemEvent {
	}

	/** 整改进展: a responsible unit reported what it did, with evidence. */
	record ProgressReported(ProblemId problemId, UUID reportId, UnitId unitId, String content,
			Integer percentComplete, List<AttachmentRef> evidence, Instant reportedAt) implements ProblemEvent {
	}

	/** 建立台账、逐步推进: a problem that cannot be fixed at once, with its milestones and final deadline. */
	record LongTermEntryOpened(ProblemId problemId, String reason, List<Milestone> milestones,
			LocalDate finalDeadline, Instant openedAt) implements ProblemEvent {
	}

	record MilestoneCompleted(ProblemId problemId, UUID milestoneId, String note, List<AttachmentRef> evidence,
			Instant completedAt) implements ProblemEvent {
	}

	/** 申请销号: the lead unit says the rectification is done. */
	record ClosureRequested(ProblemId problemId, UnitId unitId, String summary, List<AttachmentRef> evidence,
			Instant requestedAt) implements ProblemEvent {
	}

	/** 评判: the rectification's measures, progress and effect judged, with a verdict. */
	record RectificationEvaluated(ProblemId problemId, int measuresScore, int progressScore, int effectScore,
			Verdict verdict, String opinion, Instant evaluatedAt) implements ProblemEvent {
	}

	/** 验收销号: checked on site and struck off the ledger; the look-back falls due later. */
	record ProblemClosed(ProblemId problemId, String acceptanceNote, String publicReply, List<String> inspectors,
			List<AttachmentRef> evidence, Instant closedAt, Instant lookBackDueAt) implements ProblemEvent {
	}

	record LookBackFellDue(ProblemId problemId, Instant dueAt) implements ProblemEvent {
	}

	/** 回头看: the problem has not come back. */
	record LookBackPassed(ProblemId problemId, String note, List<AttachmentRef> evidence, Instant passedAt)
			implements ProblemEvent {
	}

	/** 反弹: the problem came back; reopened with its history. */
	record ReboundFound(ProblemId problemId, String finding, List<AttachmentRef> evidence, Instant foundAt)
			implements ProblemEvent {
	}

	/** A later report of the same problem, merged into it (and counted); after closure it is a warning sign. */
	record RepeatReportMerged(ProblemId problemId, LeadId leadId, int repeatCount, boolean afterClosure, String note,
			Instant mergedAt) implements ProblemEvent {
	}
}
