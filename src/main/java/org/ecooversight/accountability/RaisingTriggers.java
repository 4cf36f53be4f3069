package org.ecooversight.accountability;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ecooversight.accountability.TriggerEvent.TriggerRaised;
import org.ecooversight.attachment.Attachments;
import org.ecooversight.attachment.Attachments.Upload;
import org.ecooversight.intake.AttachmentRef;
import org.ecooversight.intake.LeadId;
import org.ecooversight.intake.Leads;
import org.ecooversight.ledger.LedgerAccess;
import org.ecooversight.ledger.Problem;
import org.ecooversight.ledger.ProblemId;
import org.ecooversight.ledger.Problems;
import org.ecooversight.organisation.Organisation;
import org.ecooversight.organisation.Unit;
import org.ecooversight.organisation.UnitKind;
import org.ecooversight.policy.Policies;
import org.ecooversight.shared.Actor;
import org.ecooversight.shared.ChinaTime;
import org.ecooversight.shared.ConflictException;
import org.ecooversight.shared.ForbiddenException;
import org.ecooversight.shared.InvalidInputException;
import org.ecooversight.shared.Jurisdiction;
import org.ecooversight.shared.NoticeIssued;
import org.ecooversight.shared.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts triggers in the discipline organ's queue (Q, 触发机制): fired by a rule, referred by a
 * department, a town or the task force (passive), or opened by a discipline officer (active). The
 * organ is told (a notice to its unit); the queue is where people assess each one.
 */
@Component
public class RaisingTriggers {

	/** Who may refer a matter to the discipline organ (被动触发): the departments, towns, task force and office. */
	static final Role[] REFERRERS = { Role.DEPARTMENT_HANDLER, Role.TOWN_HANDLER, Role.TASK_FORCE_MEMBER,
			Role.TASK_FORCE_LEADER, Role.COMMITTEE_OFFICE };

	private final Triggers triggers;
	private final Problems problems;
	private final Leads leads;
	private final Attachments attachments;
	private final Policies policies;
	private final Organisation organisation;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final String jurisdiction;

	RaisingTriggers(Triggers triggers, Problems problems, Leads leads, Attachments attachments, Policies policies,
			Organisation organisation, ApplicationEventPublisher events, Clock clock,
			Jurisdiction jurisdiction) {
		this.triggers = triggers;
		this.problems = problems;
		this.leads = leads;
		this.attachments = attachments;
		this.policies = policies;
		this.organisation = organisation;
		this.events = events;
		this.clock = clock;
		this.jurisdiction = jurisdiction.regionCode();
	}

	/** A trigger fired by a rule; the same facts heard twice raise it once. */
	@Transactional(propagation = Propagation.MANDATORY)
	void raise(TriggerRaised raised) {
		if (triggers.exists(raised.triggerId())) {
			return;
		}
		try {
			triggers.add(Trigger.raise(raised), Actor.SYSTEM);
		}
		catch (ConflictException raced) {
			return;
		}
		tellTheOrgan(raised);
	}

	/**
	 * {@code failureDay}: when the failure happened (its post holders are named); by default the
	 * problem's deadline if it has passed, else today.
	 */
	public record Referral(UUID problemId, UUID leadId, String reason, LocalDate failureDay) {
	}

	/**
	 * 被动触发 (a department, a town or the task force refers a matter, with reason and evidence) or
	 * 主动触发 (a discipline officer opens it from any problem or lead).
	 */
	@Transactional
	public UUID refer(Referral referral, List<Upload> evidence, Actor actor) {
		boolean active = actor.hasAnyRole(Role.DISCIPLINE_OFFICER);
		if (!active && !actor.hasAnyRole(REFERRERS)) {
			throw new ForbiddenException("referring a matter to the discipline organ is for departments, towns, the task"
					+ " force and the committee office; opening one is for discipline officers");
		}
		if ((referral.problemId() == null) == (referral.leadId() == null)) {
			throw new InvalidInputException("problemId", "name the problem or the lead (one of problemId, leadId)");
		}
		if (referral.reason() == null || referral.reason().isBlank()) {
			throw new InvalidInputException("reason", "say what the matter is and why it is referred");
		}
		LocalDate today = LocalDate.ofInstant(clock.instant(), ChinaTime.ZONE);
		if (referral.failureDay() != null && referral.failureDay().isAfter(today)) {
			throw new InvalidInputException("failureDay", "the failure has happened: not after " + today);
		}
		LocalDate failureDay = referral.failureDay();
		String subject;
		UUID problemId = referral.problemId();
		if (problemId != null) {
			Problem problem = problems.find(new ProblemId(problemId))
				.orElseThrow(() -> new InvalidInputException("problemId", "problem " + problemId + " does not exist"));
			if (!active) {
				LedgerAccess.visible(actor, problem);
			}
			subject = problem.code();
			if (failureDay == null && problem.deadline() != null && problem.deadline().isBefore(today)) {
				failureDay = problem.deadline();
			}
		}
		else {
			if (!active && !actor.seesWholeJurisdiction()) {
				throw new ForbiddenException("a unit refers problems it handles; leads are referred by the task force");
			}
			var lead = leads.find(new LeadId(referral.leadId()))
				.orElseThrow(() -> new InvalidInputException("leadId", "lead " + referral.leadId() + " does not exist"));
			subject = lead.facts().trackingCode();
		}
		UUID triggerId = UUID.randomUUID();
		List<AttachmentRef> files = attachments.store("evidence", triggerId, evidence, actor)
			.stream()
			.map(f -> new AttachmentRef(f.id(), f.filename(), f.mediaType(), f.size(), f.sm3()))
			.toList();
		Map<String, List<String>> pursuit = policies.current().accountability().defaultPursuit();
		TriggerRaised raised = new TriggerRaised(triggerId, active ? TriggerOrigin.ACTIVE : TriggerOrigin.REFERRAL, null,
				null, active ? "Q 触发机制 主动触发" : "Q 触发机制 被动触发", problemId, referral.leadId(), subject,
				referral.reason(), List.of(), failureDay != null ? failureDay : today, pursuit, files,
				actor.unitId(), clock.instant(), policies.current().accountability().organ());
		triggers.add(Trigger.raise(raised), actor);
		tellTheOrgan(raised);
		return triggerId;
	}

	private void tellTheOrgan(TriggerRaised raised) {
		UnitKind kind = UnitKind.valueOf(raised.organ() != null ? raised.organ() : policies.current().accountability().organ());
		organisation.unitOfKind(jurisdiction, kind).map(Unit::id).ifPresent(organ -> events.publishEvent(new NoticeIssued(
				NoticeIssued.idFor(raised.triggerId(), "raised"), "ACCOUNTABILITY", raised.subject(),
				"/accountability/triggers/" + raised.triggerId(), null, List.of(organ.value()), List.of(),
				"【问责触发】" + (raised.ruleName() != null ? raised.ruleName() : raised.origin().label()),
				"待综合研判、分类处置：" + raised.subject(), raised.raisedAt())));
	}
}
