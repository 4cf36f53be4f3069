package org.ecooversight.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.ecooversight.intake.AttachmentRef;
import org.ecooversight.intake.Channel;
import org.ecooversight.intake.LeadId;
import org.ecooversight.intake.PersonalData;
import org.ecooversight.intake.Place;
import org.ecooversight.intake.ReportedEntity;
import org.ecooversight.organisation.UnitId;
import org.ecooversight.policy.JurisdictionPolicy.Period;
import org.ecooversight.policy.JurisdictionPolicy.ReminderKind;

/** Past-tense events in the life of a problem; each is one link of the problem's hash chain. */
public sealed interface ProblemEvent {

	ProblemId problemId();

	/**
	 * 受理: a problem opened from a lead, with the units the platform proposed (or the operator chose,
	 * and why) and its severity ({@code null} in events recorded before it existed: GENERAL). The
	 * description is the lead's, with personal data masked at intake ({@code descriptionMasked});
	 * false in events recorded before intake masked descriptions, whose description is masked when
	 * the problem is replayed ({@link #masked()}).
	 */
	record ProblemOpened(ProblemId problemId, String code, LeadId leadId, Channel channel, String description,
			Place place, List<String> pollutionTypes, ReportedEntity reportedEntity, List<AttachmentRef> attachments,
			UnitId leadUnit, List<UnitId> coUnits, boolean requiresDesignation, List<String> routingBasis,
			String routingChangeReason, Instant receivedAt, Instant acceptedAt, Severity severity,
			boolean descriptionMasked) implements ProblemEvent {

		public Severity severityOrGeneral() {
			return Severity.orGeneral(severity);
		}

		/** This opening with its description masked by the general rules, if intake did not mask it. */
		ProblemOpened masked() {
			return descriptionMasked ? this
					: new ProblemOpened(problemId, code, leadId, channel, PersonalData.mask(description), place,
							pollutionTypes, reportedEntity, attachments, leadUnit, coUnits, requiresDesignation,
							routingBasis, routingChangeReason, receivedAt, acceptedAt, severity, true);
		}
	}

	/** 确定责任单位: the same-level party committee and government named the lead unit and co-units. */
	record ResponsibleUnitsDesignated(ProblemId problemId, UnitId leadUnit, List<UnitId> coUnits,
			String decisionReference, String reason, Instant designatedAt) implements ProblemEvent {
	}

	/**
	 * 交办: the rectification notice (整改通知书) as issued. {@code reach} is null in events recorded
	 * before it existed and means {@link Reach#LOCAL}.
	 */
	record ProblemAssigned(ProblemId problemId, String noticeNumber, String requirements, LocalDate deadline,
			UnitId leadUnit, List<UnitId> coUnits, List<CopyRecipient> copiedTo, Instant issuedAt, Reach reach)
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

	/**
	 * 提醒: one step of the reminder ladder (Q, 提醒机制), as sent: by whom, to whom, what it said.
	 * {@code round} counts the deadlines the problem has had (a new deadline starts the ladder again);
	 * {@code step} is the step's place in the ladder.
	 */
	record ReminderIssued(ProblemId problemId, UUID reminderId, ReminderKind kind, int round, int step,
			LocalDate deadline, LocalDate stepDay, UnitId senderUnitId, List<UnitId> addressees, Reach reach,
			String content, Instant issuedAt) implements ProblemEvent {
	}

	/** 签收: an addressee unit acknowledged a reminder (read receipt). */
	record ReminderAcknowledged(ProblemId problemId, UUID reminderId, UnitId unitId, String acknowledgedBy,
			Instant acknowledgedAt) implements ProblemEvent {
	}

	/**
	 * 督办 / 挂牌督办 (Q, 严管机制): a leader's order with its requirements, a deadline no later than the
	 * one before, and how often the units report while it stands.
	 */
	record SupervisionOrderIssued(ProblemId problemId, UUID orderId, SupervisionKind kind, String orderNumber,
			String requirements, LocalDate previousDeadline, LocalDate deadline, Period reportEvery, String issuedBy,
			Instant issuedAt) implements ProblemEvent {
	}

	/** A periodic report under a supervision order did not arrive by the end of {@code dueOn}. */
	record SupervisionReportMissed(ProblemId problemId, UUID orderId, LocalDate dueOn, int missedCount,
			Instant recordedAt) implements ProblemEvent {
	}

	/** 建议约谈 / 提请约谈: by the task force, or by the reminder ladder or a missed report ({@code automatic}). */
	record InterviewProposed(ProblemId problemId, UUID interviewId, List<UnitId> interviewees, String reason,
			boolean automatic, Instant proposedAt) implements ProblemEvent {
	}

	/** The county leader approved the interview or turned it down, with an opinion. */
	record InterviewDecided(ProblemId problemId, UUID interviewId, boolean approved, String opinion, String decidedBy,
			Instant decidedAt) implements ProblemEvent {
	}

	record InterviewScheduled(ProblemId problemId, UUID interviewId, Instant scheduledFor, String place,
			String interviewer, Instant scheduledAt) implements ProblemEvent {
	}

	/** 约谈: held, with who attended and the minutes; the units' reports are due by {@code reportDue}. */
	record InterviewHeld(ProblemId problemId, UUID interviewId, Instant heldAt, List<Attendee> attendees,
			String minutes, LocalDate reportDue, Instant recordedAt) implements ProblemEvent {
	}

	/** An interviewed unit's report on its self-examination and rectification (S, 五项机制3: 7日内报告). */
	record InterviewReportReceived(ProblemId problemId, UUID interviewId, UnitId unitId, String content,
			List<AttachmentRef> evidence, boolean late, Instant receivedAt) implements ProblemEvent {
	}

	/** The report after an interview did not arrive in time from {@code units}: a fact for accountability. */
	record InterviewReportOverdue(ProblemId problemId, UUID interviewId, LocalDate reportDue, List<UnitId> units,
			Instant recordedAt) implements ProblemEvent {
	}

	/** 申请延期: a responsible unit asks for more time, with its reason. */
	record ExtensionRequested(ProblemId problemId, UUID requestId, UnitId unitId, int workingDays, String reason,
			Instant requestedAt) implements ProblemEvent {
	}

	/** The approver's decision; an approval moves the deadline (and starts the reminder ladder again). */
	record ExtensionDecided(ProblemId problemId, UUID requestId, boolean approved, String opinion,
			LocalDate previousDeadline, LocalDate newDeadline, String decidedBy, Instant decidedAt)
			implements ProblemEvent {
	}
}
