package org.ecooversight.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.ecooversight.attachment.Attachments.Upload;
import org.ecooversight.numbering.Document;
import org.ecooversight.numbering.DocumentNumbers;
import org.ecooversight.policy.JurisdictionPolicy.Period;
import org.ecooversight.organisation.UnitId;
import org.ecooversight.shared.Actor;
import org.ecooversight.shared.Role;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What people do in the chase, beside what falls due by itself: units acknowledge reminders and ask
 * for more time; leaders issue supervision orders (Q, 严管机制) and decide extensions; the task force
 * proposes interviews, the county leader approves them, the task force schedules and holds them, and
 * the interviewed units report within the policy's period (S, 五项机制3). Who may do what is the
 * jurisdiction's policy.
 */
@Component
public class SupervisingProblem {

	private final ProblemWork work;
	private final LedgerSettings settings;
	private final ChaseRules rules;
	private final DocumentNumbers numbers;

	SupervisingProblem(ProblemWork work, LedgerSettings settings, ChaseRules rules, DocumentNumbers numbers) {
		this.work = work;
		this.settings = settings;
		this.rules = rules;
		this.numbers = numbers;
	}

	@Transactional
	public Problem acknowledgeReminder(ProblemId id, UUID reminderId, Integer expectedVersion, Actor actor) {
		UnitId unit = LedgerAccess.actingUnit(actor, "acknowledging a reminder");
		return work.change(id, expectedVersion, actor,
				p -> p.acknowledgeReminder(reminderId, unit, actor.username(), work.now()));
	}

	/** {@code reportEveryDays} null: the policy's reporting frequency. */
	public record IssueSupervisionOrder(SupervisionKind kind, String requirements, LocalDate deadline,
			Integer reportEveryDays) {
	}

	@Transactional
	public Problem issueSupervisionOrder(ProblemId id, IssueSupervisionOrder cmd, Integer expectedVersion, Actor actor) {
		requirePolicyRole(actor, "issuing a supervision order", rules.supervisionIssuers());
		Period reportEvery = rules.supervisionReportEvery(cmd.reportEveryDays());
		int year = work.today().getYear();
		return work.change(id, expectedVersion, actor, p -> {
			String number = numbers.next(Document.SUPERVISION_ORDER, year);
			p.issueSupervisionOrder(cmd.kind(), number, cmd.requirements(), cmd.deadline(), reportEvery,
					actor.username(), work.now());
		});
	}

	public record ProposeInterview(List<UnitId> interviewees, String reason) {
	}

	@Transactional
	public Problem proposeInterview(ProblemId id, ProposeInterview cmd, Integer expectedVersion, Actor actor) {
		LedgerAccess.requireRole(actor, "proposing an interview", LedgerAccess.CHASE);
		return work.change(id, expectedVersion, actor,
				p -> p.proposeInterview(cmd.interviewees(), cmd.reason(), false, work.now()));
	}

	@Transactional
	public Problem decideInterview(ProblemId id, UUID interviewId, boolean approved, String opinion,
			Integer expectedVersion, Actor actor) {
		requirePolicyRole(actor, "deciding on an interview", List.of(rules.interviewApprover()));
		return work.change(id, expectedVersion, actor,
				p -> p.decideInterview(interviewId, approved, opinion, actor.username(), work.now()));
	}

	public record ScheduleInterview(java.time.Instant scheduledFor, String place, String interviewer) {
	}

	@Transactional
	public Problem scheduleInterview(ProblemId id, UUID interviewId, ScheduleInterview cmd, Integer expectedVersion,
			Actor actor) {
		LedgerAccess.requireRole(actor, "scheduling an interview", LedgerAccess.CHASE);
		return work.change(id, expectedVersion, actor, p -> p.scheduleInterview(interviewId, cmd.scheduledFor(),
				cmd.place(), cmd.interviewer(), work.now()));
	}

	/** {@code heldAt} null: now. */
	public record HoldInterview(java.time.Instant heldAt, List<Attendee> attendees, String minutes) {
	}

	/** Records the interview as held; the reports are due the policy's period after the day it was held. */
	@Transactional
	public Problem holdInterview(ProblemId id, UUID interviewId, HoldInterview cmd, Integer expectedVersion, Actor actor) {
		LedgerAccess.requireRole(actor, "recording an interview", LedgerAccess.CHASE);
		java.time.Instant heldAt = cmd.heldAt() != null ? cmd.heldAt() : work.now();
		LocalDate reportDue = rules.interviewReportDue(LocalDate.ofInstant(heldAt, org.ecooversight.shared.ChinaTime.ZONE));
		return work.change(id, expectedVersion, actor, p -> p.holdInterview(interviewId, heldAt, cmd.attendees(),
				cmd.minutes(), reportDue, work.now()));
	}

	@Transactional
	public Problem reportAfterInterview(ProblemId id, UUID interviewId, String content, List<Upload> evidence,
			Integer expectedVersion, Actor actor) {
		UnitId unit = LedgerAccess.actingUnit(actor, "reporting after an interview");
		return work.change(id, expectedVersion, actor, p -> p.reportAfterInterview(interviewId, unit, content,
				work.store("evidence", p.id(), evidence, actor), work.now()));
	}

	@Transactional
	public Problem requestExtension(ProblemId id, int workingDays, String reason, Integer expectedVersion, Actor actor) {
		UnitId unit = LedgerAccess.actingUnit(actor, "asking for an extension");
		return work.change(id, expectedVersion, actor,
				p -> p.requestExtension(unit, workingDays, reason, rules, work.now()));
	}

	@Transactional
	public Problem decideExtension(ProblemId id, UUID requestId, boolean approved, String opinion,
			Integer expectedVersion, Actor actor) {
		requirePolicyRole(actor, "deciding on an extension", List.of(rules.extensionApprover()));
		return work.change(id, expectedVersion, actor,
				p -> p.decideExtension(requestId, approved, opinion, rules, actor.username(), work.now()));
	}

	private static void requirePolicyRole(Actor actor, String action, List<Role> roles) {
		LedgerAccess.requireRole(actor, action + " (jurisdiction policy)", roles.toArray(Role[]::new));
	}
}
