package org.ecooversight.accountability;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ecooversight.accountability.CaseEvent.CaseOpened;
import org.ecooversight.accountability.CaseEvent.ReferralMade;
import org.ecooversight.accountability.CaseEvent.Tolerance;
import org.ecooversight.accountability.TriggerEvent.Assessment;
import org.ecooversight.accountability.TriggerEvent.TriggerRaised;
import org.ecooversight.audit.EventStore;
import org.ecooversight.audit.RecordedEvent;
import org.ecooversight.intake.AttachmentRef;
import org.ecooversight.intake.OpeningReporterIdentity;
import org.ecooversight.intake.ReporterContact;
import org.ecooversight.ledger.Problem;
import org.ecooversight.ledger.ProblemId;
import org.ecooversight.ledger.Problems;
import org.ecooversight.numbering.Document;
import org.ecooversight.numbering.DocumentNumbers;
import org.ecooversight.organisation.Organisation;
import org.ecooversight.organisation.PersonId;
import org.ecooversight.organisation.PostHolder;
import org.ecooversight.organisation.UnitId;
import org.ecooversight.policy.Policies;
import org.ecooversight.responsibility.ResponsibilityKind;
import org.ecooversight.shared.Actor;
import org.ecooversight.shared.ChinaTime;
import org.ecooversight.shared.InvalidInputException;
import org.ecooversight.shared.NoticeIssued;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The discipline organ's work: it assesses each trigger in the queue (综合研判、分类处置) by opening a
 * case, joining it to a case, or deciding not to pursue, always with a reason; in a case it names
 * further parties, answers the three distinctions, records mitigation, decides each person's
 * outcome, refers the matter on (S, 五项机制4) and closes the case. Every decision is a person's.
 */
@Component
public class PursuingCases {

	private final Triggers triggers;
	private final Cases cases;
	private final NamingParties naming;
	private final Problems problems;
	private final Organisation organisation;
	private final Policies policies;
	private final EventStore record;
	private final OpeningReporterIdentity reporterIdentity;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final DocumentNumbers numbers;
	private final org.springframework.jdbc.core.simple.JdbcClient jdbc;
	private final org.ecooversight.calendar.HolidaySchedules calendar;
	private final AccountabilityQueries queries;

	PursuingCases(Triggers triggers, Cases cases, NamingParties naming, Problems problems, Organisation organisation,
			Policies policies, EventStore record, OpeningReporterIdentity reporterIdentity,
			ApplicationEventPublisher events, Clock clock, org.springframework.jdbc.core.simple.JdbcClient jdbc,
			org.ecooversight.calendar.HolidaySchedules calendar, AccountabilityQueries queries,
			DocumentNumbers numbers) {
		this.queries = queries;
		this.jdbc = jdbc;
		this.calendar = calendar;
		this.triggers = triggers;
		this.cases = cases;
		this.naming = naming;
		this.problems = problems;
		this.organisation = organisation;
		this.policies = policies;
		this.record = record;
		this.reporterIdentity = reporterIdentity;
		this.events = events;
		this.clock = clock;
		this.numbers = numbers;
	}

	public record Assess(Assessment decision, UUID caseId, String reason) {
	}

	/** Returns the case opened or joined (null when not pursued). */
	@Transactional
	public UUID assess(UUID triggerId, Assess cmd, Actor actor) {
		AccountabilityAccess.requireDiscipline(actor, "assessing a trigger");
		Instant now = clock.instant();
		Trigger trigger = queries.trigger(triggerId, actor);
		if (cmd.decision() == null) {
			throw new InvalidInputException("decision", "OPEN_CASE, JOIN_CASE or NOT_PURSUED");
		}
		UUID caseId = switch (cmd.decision()) {
			case OPEN_CASE -> UUID.randomUUID();
			case JOIN_CASE -> {
				if (cmd.caseId() == null) {
					throw new InvalidInputException("caseId", "the case to join");
				}
				yield cmd.caseId();
			}
			case NOT_PURSUED -> null;
		};
		triggers.change(triggerId, actor, t -> t.assess(cmd.decision(), caseId, cmd.reason(), now));
		if (cmd.decision() == Assessment.OPEN_CASE) {
			cases.add(AccountabilityCase.open(opening(caseId, trigger.raised(), cmd.reason(), now)), actor);
		}
		else if (cmd.decision() == Assessment.JOIN_CASE) {
			AccountabilityCase target = cases.find(caseId)
				.orElseThrow(() -> new InvalidInputException("caseId", "case " + caseId + " does not exist"));
			AccountabilityAccess.visible(actor, target);
			cases.change(caseId, actor, c -> c.join(triggerId, cmd.reason(), now));
		}
		return caseId;
	}

	private CaseOpened opening(UUID caseId, TriggerRaised raised, String reason, Instant now) {
		LocalDate failureDay = raised.failureDay() != null ? raised.failureDay() : day(now);
		Map<String, List<String>> pursuit = raised.pursuit().isEmpty()
				? policies.current().accountability().defaultPursuit() : raised.pursuit();
		List<Party> parties = List.of();
		if (raised.problemId() != null) {
			Problem problem = problems.require(new ProblemId(raised.problemId()));
			parties = naming.name(problem.opening().place().townCode(), problem.responsibleUnits(), pursuit, failureDay);
		}
		int year = day(now).getYear();
		String number = numbers.next(Document.ACCOUNTABILITY_CASE, year);
		String summary = (raised.ruleName() != null ? raised.ruleName() + "。" : "") + raised.reason() + "。研判意见：" + reason;
		return new CaseOpened(caseId, number, raised.triggerId(), raised.problemId(), raised.subject(), summary,
				failureDay, parties, now);
	}

	public record AddParty(ResponsibilityKind responsibility, UUID unitId, UUID personId, String reason) {
	}

	/** Names a further party: a unit, and a person with the post they held on the day of the failure. */
	@Transactional
	public AccountabilityCase addParty(UUID caseId, AddParty cmd, Actor actor) {
		AccountabilityCase c = AccountabilityAccess.visible(actor, cases.require(caseId));
		if (cmd.responsibility() == null || cmd.responsibility() == ResponsibilityKind.TERRITORIAL) {
			throw new InvalidInputException("responsibility", "PRIMARY, REGULATORY or OVERSIGHT (三责)");
		}
		var unit = organisation.requireUnit("unitId", new UnitId(cmd.unitId()));
		LocalDate day = c.opening().failureDay();
		Party party;
		if (cmd.personId() != null) {
			PostHolder holder = organisation.holdersOn(unit.id(), day)
				.stream()
				.filter(h -> h.person().id().equals(new PersonId(cmd.personId())))
				.findFirst()
				.orElseThrow(() -> new InvalidInputException("personId", "held no post in " + unit.name() + " on " + day
						+ ", the day of the failure"));
			party = new Party(UUID.randomUUID(), cmd.responsibility(), unit.id().value(), unit.name(),
					holder.post().id().value(), holder.post().title(), cmd.personId(), holder.person().name(), day);
		}
		else {
			party = new Party(UUID.randomUUID(), cmd.responsibility(), unit.id().value(), unit.name(), null, null, null,
					null, day);
		}
		return cases.change(caseId, actor, x -> x.addParty(party, cmd.reason(), clock.instant()));
	}

	public record AssessTolerance(Map<Distinction, Boolean> checklist, String notes, Tolerance tolerance, String reason) {
	}

	@Transactional
	public AccountabilityCase assessFaultTolerance(UUID caseId, UUID partyId, AssessTolerance cmd, Actor actor) {
		AccountabilityAccess.visible(actor, cases.require(caseId));
		return cases.change(caseId, actor, c -> c.assessFaultTolerance(partyId, cmd.checklist(), cmd.notes(),
				cmd.tolerance(), cmd.reason(), clock.instant()));
	}

	@Transactional
	public AccountabilityCase mitigate(UUID caseId, UUID partyId, String reason, Actor actor) {
		AccountabilityAccess.visible(actor, cases.require(caseId));
		return cases.change(caseId, actor, c -> c.mitigate(partyId, reason, clock.instant()));
	}

	@Transactional
	public AccountabilityCase decideOutcome(UUID caseId, UUID partyId, OutcomeKind outcome, String reason, Actor actor) {
		AccountabilityAccess.visible(actor, cases.require(caseId));
		return cases.change(caseId, actor, c -> c.decideOutcome(partyId, outcome, reason, actor.username(), clock.instant()));
	}

	@Transactional
	public AccountabilityCase clear(UUID caseId, UUID partyId, String reason, Actor actor) {
		AccountabilityAccess.visible(actor, cases.require(caseId));
		return cases.change(caseId, actor, c -> c.clear(partyId, reason, clock.instant()));
	}

	@Transactional
	public AccountabilityCase close(UUID caseId, String summary, Actor actor) {
		AccountabilityAccess.visible(actor, cases.require(caseId));
		return cases.change(caseId, actor, c -> c.close(summary, clock.instant()));
	}

	public record Refer(Recipient recipient, String recipientName, String summary, boolean includeReporterIdentity,
			String legalBasis) {
	}

	/**
	 * 移送: the package (summary, evidence, timeline) goes with the referral. The reporter's identity is
	 * left out, unless the recipient may receive it and it is asked for with a legal basis; then it is
	 * opened through intake, which records the opening on the lead.
	 */
	@Transactional
	public AccountabilityCase refer(UUID caseId, Refer cmd, Actor actor) {
		AccountabilityCase c = AccountabilityAccess.visible(actor, cases.require(caseId));
		if (cmd.recipient() == null) {
			throw new InvalidInputException("recipient", "LAW_ENFORCEMENT, DISCIPLINE or JUDICIARY");
		}
		if (cmd.includeReporterIdentity()) {
			if (!cmd.recipient().mayReceiveReporterIdentity()) {
				throw new InvalidInputException("includeReporterIdentity", "a reporter's identity does not go to "
						+ cmd.recipient().label() + "; only to the discipline organ or the judiciary, with a legal basis");
			}
			if (cmd.legalBasis() == null || cmd.legalBasis().isBlank()) {
				throw new InvalidInputException("legalBasis", "the legal basis on which the recipient receives the reporter's identity");
			}
		}
		ReferralPackage contents = contents(c, cmd.summary(), cmd.includeReporterIdentity());
		Instant now = clock.instant();
		var feedback = policies.current().accountability().referralFeedback();
		LocalDate due = feedback.count() == org.ecooversight.policy.JurisdictionPolicy.DayCount.CALENDAR_DAYS
				? day(now).plusDays(feedback.days())
				: calendar.calendar().plusWorkingDays(day(now), feedback.days()).due();
		UUID referralId = UUID.randomUUID();
		UUID concerned = c.opening().problemId() == null ? null
				: java.util.Optional.ofNullable(problems.require(new ProblemId(c.opening().problemId())).leadUnit())
					.map(UnitId::value)
					.orElse(null);
		ReferralMade made = new ReferralMade(caseId, referralId, cmd.recipient(), cmd.recipientName(), cmd.summary(),
				contents.evidence(), contents.timeline(), cmd.includeReporterIdentity(), cmd.legalBasis(), due, now,
				concerned);
		AccountabilityCase changed = cases.change(caseId, actor, x -> x.refer(made));
		if (cmd.includeReporterIdentity()) {
			reporterIdentity(c, actor, "移送" + cmd.recipient().label() + "（" + cmd.recipientName() + "）：" + cmd.legalBasis());
		}
		return changed;
	}

	/** The package of a referral as sent, with the reporter's identity only if it went with it. */
	@Transactional
	public ReferralPackage referralPackage(UUID caseId, UUID referralId, Actor actor) {
		AccountabilityCase c = AccountabilityAccess.visible(actor, cases.require(caseId));
		var referral = c.referrals()
			.stream()
			.filter(r -> r.made().referralId().equals(referralId))
			.findFirst()
			.orElseThrow(() -> new org.ecooversight.shared.NotFoundException("case " + c.number() + " has no referral " + referralId));
		ReferralPackage.ReporterIdentity reporter = referral.made().reporterIdentityIncluded()
				? reporterIdentity(c, actor, "查阅移送材料：" + referral.made().legalBasis()) : null;
		return new ReferralPackage(referral.made().summary(), referral.made().evidence(), referral.made().timeline(), reporter);
	}

	@Transactional
	public AccountabilityCase acknowledgeReceipt(UUID caseId, UUID referralId, LocalDate receivedOn, String receivedBy,
			Actor actor) {
		AccountabilityAccess.visible(actor, cases.require(caseId));
		return cases.change(caseId, actor, c -> c.acknowledgeReceipt(referralId, receivedOn, receivedBy, clock.instant()));
	}

	@Transactional
	public AccountabilityCase recordReferralOutcome(UUID caseId, UUID referralId, String outcome, Actor actor) {
		AccountabilityAccess.visible(actor, cases.require(caseId));
		return cases.change(caseId, actor, c -> c.recordReferralOutcome(referralId, outcome, clock.instant()));
	}

	/** Chases referrals whose feedback is overdue (a recurring task); returns how many were chased. */
	@Transactional
	public int chaseReferrals() {
		LocalDate today = day(clock.instant());
		List<Due> due = jdbc.sql("""
				select case_id, id, feedback_due from acc_referral
				where outcome_at is null and next_chase_on <= ? order by next_chase_on""")
			.param(java.sql.Date.valueOf(today))
			.query((rs, i) -> new Due(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
					rs.getDate(3).toLocalDate()))
			.list();
		for (Due d : due) {
			var chased = cases.change(d.caseId(), Actor.SYSTEM, c -> c.chase(d.referralId(), d.feedbackDue(), clock.instant()));
			organ().ifPresent(organ -> events.publishEvent(new NoticeIssued(
					NoticeIssued.idFor(d.referralId(), "chase/" + today), "ACCOUNTABILITY", chased.number(),
					"/accountability/cases/" + d.caseId(), null, List.of(organ), List.of(), "【移送反馈逾期】" + chased.number(),
					"移送材料应于" + d.feedbackDue() + "前反馈办理结果，尚未反馈，请催办。", clock.instant())));
		}
		return due.size();
	}

	private record Due(UUID caseId, UUID referralId, LocalDate feedbackDue) {
	}

	/**
	 * The evidence and the timeline. The reporter's own files (their photos, names and metadata
	 * chosen or produced by the reporter) go only where the reporter's identity may go.
	 */
	private ReferralPackage contents(AccountabilityCase c, String summary, boolean withReporter) {
		List<ReferralPackage.EvidenceItem> evidence = new ArrayList<>();
		List<ReferralPackage.TimelineEntry> timeline = new ArrayList<>();
		if (c.opening().problemId() != null) {
			Problem problem = problems.require(new ProblemId(c.opening().problemId()));
			List<AttachmentRef> files = new ArrayList<>(withReporter ? problem.opening().attachments() : List.of());
			problem.progress().forEach(p -> files.addAll(p.evidence()));
			problem.closureRequests().forEach(r -> files.addAll(r.evidence()));
			problem.rebounds().forEach(r -> files.addAll(r.evidence()));
			files.forEach(f -> evidence.add(new ReferralPackage.EvidenceItem(f.id(), f.filename(), f.mediaType(), f.size(), f.sm3())));
			for (RecordedEvent e : record.load(problem.id().value()).events()) {
				timeline.add(new ReferralPackage.TimelineEntry(e.seq(), e.eventType(), e.occurredAt(), e.actor(),
						org.ecooversight.ledger.EventWords.of(e.eventType())));
			}
		}
		return new ReferralPackage(summary, List.copyOf(evidence), List.copyOf(timeline), null);
	}

	private ReferralPackage.ReporterIdentity reporterIdentity(AccountabilityCase c, Actor actor, String purpose) {
		if (c.opening().problemId() == null) {
			return null;
		}
		Problem problem = problems.require(new ProblemId(c.opening().problemId()));
		ReporterContact contact = reporterIdentity.openForReferral(problem.opening().leadId(), purpose, actor);
		return contact == null ? null : new ReferralPackage.ReporterIdentity(contact.name(), contact.phone(), contact.email());
	}

	private java.util.Optional<UUID> organ() {
		return organisation.countyUnit(org.ecooversight.organisation.UnitKind.valueOf(
				policies.current().accountability().organ())).map(u -> u.id().value());
	}

	private static LocalDate day(Instant instant) {
		return LocalDate.ofInstant(instant, ChinaTime.ZONE);
	}
}
