package org.ecooversight.ledger.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.ecooversight.audit.Integrity;
import org.ecooversight.intake.AttachmentRef;
import org.ecooversight.intake.Channel;
import org.ecooversight.intake.LeadId;
import org.ecooversight.intake.Place;
import org.ecooversight.intake.ReportedEntity;
import org.ecooversight.ledger.Colour;
import org.ecooversight.ledger.CopyRecipient;
import org.ecooversight.ledger.Warnings;
import org.ecooversight.ledger.Problem;
import org.ecooversight.ledger.Interview;
import org.ecooversight.ledger.ProblemAction;
import org.ecooversight.ledger.Reach;
import org.ecooversight.ledger.SupervisionKind;
import org.ecooversight.policy.JurisdictionPolicy.ReminderKind;
import org.ecooversight.ledger.ProblemEvent;
import org.ecooversight.ledger.ProblemId;
import org.ecooversight.ledger.ProblemStatus;
import org.ecooversight.organisation.Organisation;
import org.ecooversight.organisation.Unit;
import org.ecooversight.organisation.UnitId;

/**
 * A problem as the API shows it: what it is, who is responsible, the notice, the progress, the
 * evaluations and the look-backs. It never carries the reporter's identity: a problem's viewers
 * include the units reported on. {@code recordIntegrity} says whether the problem's stream in the
 * tamper-evident record still matches its hash chain: if not, what is shown may have been forged.
 */
public record ProblemView(ProblemId id, String code, ProblemStatus status, String statusLabel, int version,
		LeadId leadId, Channel channel, String channelLabel, String description, Place place,
		List<String> pollutionTypes, ReportedEntity reportedEntity, List<AttachmentRef> attachments, UnitRef leadUnit,
		List<UnitRef> coUnits, boolean requiresDesignation, List<String> routingBasis, String routingChangeReason,
		Designation designation, List<Notice> notices, LocalDate deadline, Colour colour, String colourLabel,
		List<ProgressReport> progress,
		LongTerm longTermEntry, List<ProblemEvent.ClosureRequested> closureRequests,
		List<ProblemEvent.RectificationEvaluated> evaluations, ProblemEvent.ProblemClosed closure, Instant lookBackDueAt,
		List<ProblemEvent.LookBackPassed> lookBacks, List<ProblemEvent.ReboundFound> rebounds, int repeatCount,
		int repeatsAfterClosure, List<ProblemEvent.RepeatReportMerged> repeats, Instant receivedAt, Instant acceptedAt,
		List<ProblemAction> allowedActions, Chase chase, Integrity recordIntegrity) {

	public record UnitRef(UnitId id, String name) {
	}

	/** The chase: reminders with their read receipts, supervision orders, interviews and extensions. */
	public record Chase(Reach reach, String reachLabel, List<ReminderView> reminders,
			List<OrderView> supervisionOrders, List<InterviewView> interviews, List<ExtensionView> extensions) {
	}

	public record Receipt(UnitRef unit, boolean acknowledged, Instant acknowledgedAt, String acknowledgedBy) {
	}

	public record ReminderView(UUID id, ReminderKind kind, String kindLabel, LocalDate deadline, LocalDate stepDay,
			UnitRef sender, List<Receipt> addressees, String content, Instant issuedAt) {
	}

	public record OrderView(UUID id, SupervisionKind kind, String kindLabel, String orderNumber, String requirements,
			LocalDate previousDeadline, LocalDate deadline, int reportEveryDays, String reportEveryCount, boolean active,
			List<ProblemEvent.SupervisionReportMissed> missedReports, String issuedBy, Instant issuedAt) {
	}

	public record InterviewView(UUID id, Interview.Stage stage, String stageLabel, List<UnitRef> interviewees,
			String reason, boolean automatic, Instant proposedAt, ProblemEvent.InterviewDecided decision,
			ProblemEvent.InterviewScheduled schedule, ProblemEvent.InterviewHeld held,
			List<ProblemEvent.InterviewReportReceived> reports, List<UnitRef> unitsYetToReport,
			ProblemEvent.InterviewReportOverdue overdue) {
	}

	public record ExtensionView(UUID id, UnitRef unit, int workingDays, String reason, Instant requestedAt,
			ProblemEvent.ExtensionDecided decision) {
	}

	public record Designation(UnitRef leadUnit, List<UnitRef> coUnits, String decisionReference, String reason,
			Instant designatedAt) {
	}

	public record Notice(String noticeNumber, String requirements, LocalDate deadline, UnitRef leadUnit,
			List<UnitRef> coUnits, List<CopyRecipient> copiedTo, Instant issuedAt) {
	}

	public record ProgressReport(UUID reportId, UnitRef unit, String content, Integer percentComplete,
			List<AttachmentRef> evidence, Instant reportedAt) {
	}

	public record MilestoneView(UUID id, String title, LocalDate due, boolean completed, Instant completedAt,
			String note, Colour colour) {
	}

	public record LongTerm(String reason, LocalDate finalDeadline, List<MilestoneView> milestones, Instant openedAt) {
	}

	/** {@code integrity}: whether the problem's stream still matches its hash chain (served with it). */
	public static ProblemView of(Problem p, Organisation organisation, Warnings warnings, Integrity integrity) {
		Set<UnitId> ids = new HashSet<>(p.responsibleUnits());
		if (p.opening().leadUnit() != null) {
			ids.add(p.opening().leadUnit());
		}
		ids.addAll(p.opening().coUnits());
		p.progress().forEach(r -> ids.add(r.unitId()));
		if (p.designation() != null) {
			ids.add(p.designation().leadUnit());
			ids.addAll(p.designation().coUnits());
		}
		p.reminders().forEach(r -> {
			ids.addAll(r.issued().addressees());
			if (r.issued().senderUnitId() != null) {
				ids.add(r.issued().senderUnitId());
			}
		});
		p.extensions().forEach(x -> ids.add(x.request().unitId()));
		Map<UnitId, Unit> units = organisation.unitsById(ids);
		var o = p.opening();
		Designation designation = p.designation() == null ? null
				: new Designation(ref(units, p.designation().leadUnit()), refs(units, p.designation().coUnits()),
						p.designation().decisionReference(), p.designation().reason(), p.designation().designatedAt());
		List<Notice> notices = p.notices()
			.stream()
			.map(n -> new Notice(n.noticeNumber(), n.requirements(), n.deadline(), ref(units, n.leadUnit()),
					refs(units, n.coUnits()), n.copiedTo(), n.issuedAt()))
			.toList();
		List<ProgressReport> progress = p.progress()
			.stream()
			.map(r -> new ProgressReport(r.reportId(), ref(units, r.unitId()), r.content(), r.percentComplete(),
					r.evidence(), r.reportedAt()))
			.toList();
		LongTerm longTerm = null;
		if (p.longTermEntry() != null) {
			List<MilestoneView> milestones = new ArrayList<>();
			for (var m : p.longTermEntry().milestones()) {
				var done = p.completedMilestones().stream().filter(c -> c.milestoneId().equals(m.id())).findFirst();
				milestones.add(new MilestoneView(m.id(), m.title(), m.due(), done.isPresent(),
						done.map(ProblemEvent.MilestoneCompleted::completedAt).orElse(null),
						done.map(ProblemEvent.MilestoneCompleted::note).orElse(null),
						warnings.ofMilestone(m.due(), done.isPresent())));
			}
			longTerm = new LongTerm(p.longTermEntry().reason(), p.longTermEntry().finalDeadline(), milestones,
					p.longTermEntry().openedAt());
		}
		Colour colour = warnings.of(p);
		int afterClosure = (int) p.repeats().stream().filter(ProblemEvent.RepeatReportMerged::afterClosure).count();
		return new ProblemView(p.id(), p.code(), p.status(), p.status().label(), p.version(), o.leadId(), o.channel(),
				o.channel().label(), o.description(), o.place(), o.pollutionTypes(), o.reportedEntity(), o.attachments(),
				ref(units, p.leadUnit()), refs(units, p.coUnits()), p.requiresDesignation(), o.routingBasis(),
				o.routingChangeReason(), designation, notices, p.deadline(), colour, colour.label(), progress, longTerm,
				p.closureRequests(),
				p.evaluations(), p.closure(), p.lookBackDueAt(), p.lookBacks(), p.rebounds(), p.repeats().size(),
				afterClosure, p.repeats(), o.receivedAt(), o.acceptedAt(), List.copyOf(p.allowedActions()),
				chase(p, units), integrity);
	}

	private static Chase chase(Problem p, Map<UnitId, Unit> units) {
		List<ReminderView> reminders = p.reminders().stream().map(r -> {
			var i = r.issued();
			List<Receipt> receipts = i.addressees().stream().map(u -> {
				var ack = r.acknowledgements().stream().filter(a -> a.unitId().equals(u)).findFirst();
				return new Receipt(ref(units, u), ack.isPresent(),
						ack.map(ProblemEvent.ReminderAcknowledged::acknowledgedAt).orElse(null),
						ack.map(ProblemEvent.ReminderAcknowledged::acknowledgedBy).orElse(null));
			}).toList();
			return new ReminderView(i.reminderId(), i.kind(), i.kind().label(), i.deadline(), i.stepDay(),
					ref(units, i.senderUnitId()), receipts, i.content(), i.issuedAt());
		}).toList();
		List<OrderView> orders = p.supervisionOrders().stream().map(o -> {
			var i = o.issued();
			return new OrderView(i.orderId(), i.kind(), i.kind().label(), i.orderNumber(), i.requirements(),
					i.previousDeadline(), i.deadline(), i.reportEvery().days(), i.reportEvery().count().name(), o.active(),
					o.missed(), i.issuedBy(), i.issuedAt());
		}).toList();
		List<InterviewView> interviews = p.interviews().stream().map(i -> new InterviewView(i.proposal().interviewId(),
				i.stage(), i.stage().label(), refs(units, i.proposal().interviewees()), i.proposal().reason(),
				i.proposal().automatic(), i.proposal().proposedAt(), i.decision(), i.schedule(), i.held(), i.reports(),
				refs(units, i.unitsYetToReport()), i.overdue())).toList();
		List<ExtensionView> extensions = p.extensions().stream().map(x -> new ExtensionView(x.request().requestId(),
				ref(units, x.request().unitId()), x.request().workingDays(), x.request().reason(),
				x.request().requestedAt(), x.decision())).toList();
		return new Chase(p.reach(), p.reach().label(), reminders, orders, interviews, extensions);
	}

	private static UnitRef ref(Map<UnitId, Unit> units, UnitId id) {
		if (id == null) {
			return null;
		}
		Unit unit = units.get(id);
		return new UnitRef(id, unit == null ? null : unit.name());
	}

	private static List<UnitRef> refs(Map<UnitId, Unit> units, List<UnitId> ids) {
		return ids.stream().map(id -> ref(units, id)).toList();
	}
}
