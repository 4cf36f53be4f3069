package org.ecooversight.accountability;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import org.ecooversight.accountability.TriggerEvent.TriggerRaised;
import org.ecooversight.audit.EventStore;
import org.ecooversight.audit.RecordedEvent;
import org.ecooversight.ledger.Problem;
import org.ecooversight.ledger.ProblemEvent;
import org.ecooversight.ledger.ProblemEvent.ClosureRequested;
import org.ecooversight.ledger.ProblemEvent.InterviewHeld;
import org.ecooversight.ledger.ProblemEvent.InterviewReportOverdue;
import org.ecooversight.ledger.ProblemEvent.ProblemClosed;
import org.ecooversight.ledger.ProblemEvent.ReboundFound;
import org.ecooversight.ledger.ProblemEvent.RectificationEvaluated;
import org.ecooversight.ledger.ProblemEvent.RepeatReportMerged;
import org.ecooversight.ledger.ProblemId;
import org.ecooversight.ledger.ProblemStatus;
import org.ecooversight.ledger.Problems;
import org.ecooversight.ledger.Verdict;
import org.ecooversight.policy.JurisdictionPolicy.TriggerCondition;
import org.ecooversight.policy.JurisdictionPolicy.TriggerRule;
import org.ecooversight.policy.Policies;
import org.ecooversight.shared.ChinaTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The jurisdiction's trigger rules applied to the ledger's facts. The ledger's events reach this
 * module through the persisted event publication registry (nothing is lost across a restart); each
 * rule that is satisfied raises one trigger carrying the facts (events of the record, by stream and
 * position) that satisfied it, so anyone can see why. The same facts heard twice raise one trigger.
 */
@Component
class TriggerRules {

	private final Policies policies;
	private final Problems problems;
	private final EventStore record;
	private final RaisingTriggers raising;
	private final JdbcClient jdbc;
	private final Clock clock;
	private final org.ecooversight.organisation.Organisation organisation;

	TriggerRules(Policies policies, Problems problems, EventStore record, RaisingTriggers raising, JdbcClient jdbc,
			Clock clock, org.ecooversight.organisation.Organisation organisation) {
		this.organisation = organisation;
		this.policies = policies;
		this.problems = problems;
		this.record = record;
		this.raising = raising;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** S, 五项机制3: the interviewed unit did not report within 7 days. */
	@ApplicationModuleListener
	void on(InterviewReportOverdue overdue) {
		for (TriggerRule rule : rules(TriggerCondition.INTERVIEW_REPORT_OVERDUE)) {
			List<RecordedEvent> stream = stream(overdue.problemId());
			RecordedEvent key = find(stream, overdue, InterviewReportOverdue.class);
			List<Fact> facts = new ArrayList<>();
			latest(stream, InterviewHeld.class, h -> h.interviewId().equals(overdue.interviewId()), key.seq())
				.ifPresent(h -> facts.add(fact(h, "约谈已实施，报告应于" + overdue.reportDue() + "前报送")));
			facts.add(fact(key, "约谈后整改报告逾期未报"));
			fire(rule, overdue.problemId(), key, facts, overdue.reportDue());
		}
	}

	/** A rebound at the look-back: the problem was struck off but came back. */
	@ApplicationModuleListener
	void on(ReboundFound rebound) {
		for (TriggerRule rule : rules(TriggerCondition.REBOUND_FOUND)) {
			List<RecordedEvent> stream = stream(rebound.problemId());
			RecordedEvent key = find(stream, rebound, ReboundFound.class);
			List<Fact> facts = new ArrayList<>();
			// The failure lies in the closure the rebound contradicts: who was in post when it was struck off.
			var closed = latest(stream, ProblemClosed.class, c -> true, key.seq());
			LocalDate failureDay = closed.map(c -> day(c.occurredAt())).orElse(day(rebound.foundAt()));
			closed.ifPresent(c -> facts.add(fact(c, "验收销号")));
			facts.add(fact(key, "回头看发现反弹：" + rebound.finding()));
			fire(rule, rebound.problemId(), key, facts, failureDay);
		}
	}

	/** False rectification found at evaluation; evaluations failed N times. */
	@ApplicationModuleListener
	void on(RectificationEvaluated evaluation) {
		if (evaluation.verdict() == Verdict.PASS) {
			return;
		}
		List<RecordedEvent> stream = stream(evaluation.problemId());
		RecordedEvent key = find(stream, evaluation, RectificationEvaluated.class);
		if (evaluation.verdict() == Verdict.FALSE_RECTIFICATION) {
			for (TriggerRule rule : rules(TriggerCondition.FALSE_RECTIFICATION)) {
				List<Fact> facts = new ArrayList<>();
				var request = latest(stream, ClosureRequested.class, c -> true, key.seq());
				request.ifPresent(r -> facts.add(fact(r, "申请销号")));
				facts.add(fact(key, "评判认定虚假整改：" + evaluation.opinion()));
				fire(rule, evaluation.problemId(), key, facts,
						request.map(r -> day(r.occurredAt())).orElse(day(evaluation.evaluatedAt())));
			}
		}
		List<RecordedEvent> failed = stream.stream()
			.filter(e -> e.eventType().equals("RectificationEvaluated") && e.seq() <= key.seq())
			.filter(e -> record.read(e, RectificationEvaluated.class).verdict() != Verdict.PASS)
			.toList();
		for (TriggerRule rule : rules(TriggerCondition.EVALUATION_FAILED)) {
			if (failed.size() % rule.count() == 0) {
				List<Fact> facts = failed.subList(failed.size() - rule.count(), failed.size())
					.stream()
					.map(e -> fact(e, "评判未通过：" + record.read(e, RectificationEvaluated.class).verdict()))
					.toList();
				fire(rule, evaluation.problemId(), key, facts, day(evaluation.evaluatedAt()));
			}
		}
	}

	/** N repeated complaints within M days on one problem: fires when the N-th arrives in the window. */
	@ApplicationModuleListener
	void on(RepeatReportMerged repeat) {
		for (TriggerRule rule : rules(TriggerCondition.REPEATED_COMPLAINTS)) {
			List<RecordedEvent> stream = stream(repeat.problemId());
			RecordedEvent key = find(stream, repeat, RepeatReportMerged.class);
			Instant from = repeat.mergedAt().minus(Duration.ofDays(rule.withinDays()));
			List<RecordedEvent> inWindow = stream.stream()
				.filter(e -> e.eventType().equals("RepeatReportMerged") && e.seq() <= key.seq())
				.filter(e -> !record.read(e, RepeatReportMerged.class).mergedAt().isBefore(from))
				.toList();
			if (inWindow.size() == rule.count()) {
				List<Fact> facts = inWindow.stream().map(e -> fact(e, "重复投诉（第"
						+ record.read(e, RepeatReportMerged.class).repeatCount() + "次）")).toList();
				fire(rule, repeat.problemId(), key, facts, day(repeat.mergedAt()));
			}
		}
	}

	/**
	 * An interview was held: rules that look again some days later (still overdue?) are put on watch,
	 * and the interview counts for the figures.
	 */
	@ApplicationModuleListener
	void on(InterviewHeld held) {
		Problem problem = problems.require(held.problemId());
		var interview = problem.interviews()
			.stream()
			.filter(i -> i.proposal().interviewId().equals(held.interviewId()))
			.findFirst()
			.orElseThrow();
		for (var unit : interview.proposal().interviewees()) {
			// the persons interviewed for the unit: attendees of that unit (the interviewers are not counted)
			var names = organisation.unit(unit).map(u -> List.of(u.name(), u.shortName())).orElse(List.of());
			long persons = held.attendees()
				.stream()
				.filter(a -> a.unit() != null && names.stream().anyMatch(n -> n != null && (a.unit().contains(n) || n.contains(a.unit()))))
				.count();
			if (jdbc.sql("select count(*) from acc_interview where interview_id = ? and unit_id = ?")
				.params(held.interviewId(), unit.value())
				.query(Long.class)
				.single() == 0) {
				jdbc.sql("insert into acc_interview (interview_id, unit_id, problem_id, held_at, persons) values (?, ?, ?, ?, ?)")
					.params(held.interviewId(), unit.value(), held.problemId().value(), Timestamp.from(held.heldAt()), persons)
					.update();
			}
		}
		for (TriggerRule rule : rules(TriggerCondition.STILL_OVERDUE_AFTER_INTERVIEW)) {
			UUID id = UUID.nameUUIDFromBytes((rule.id() + "/" + held.interviewId()).getBytes(StandardCharsets.UTF_8));
			if (jdbc.sql("select count(*) from acc_watch where id = ?").param(id).query(Long.class).single() == 0) {
				jdbc.sql("insert into acc_watch (id, rule_id, problem_id, interview_id, due_at) values (?, ?, ?, ?, ?)")
					.params(id, rule.id(), held.problemId().value(), held.interviewId(),
							Timestamp.from(held.heldAt().plus(Duration.ofDays(rule.afterDays()))))
					.update();
			}
		}
	}

	/** Looks at the problems on watch whose day has come: still overdue after the interview? */
	@Transactional
	int sweepWatches() {
		Instant now = clock.instant();
		record Watch(UUID id, String ruleId, UUID problemId, UUID interviewId, Instant dueAt) {
		}
		List<Watch> due = jdbc.sql("select id, rule_id, problem_id, interview_id, due_at from acc_watch where due_at <= ?")
			.param(Timestamp.from(now))
			.query((rs, i) -> new Watch(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class),
					rs.getObject(4, UUID.class), rs.getTimestamp(5).toInstant()))
			.list();
		int fired = 0;
		for (Watch w : due) {
			TriggerRule rule = policies.current().accountability().rule(w.ruleId());
			Problem problem = problems.find(new ProblemId(w.problemId())).orElse(null);
			LocalDate dueDay = day(w.dueAt());
			boolean stillOverdue = problem != null && problem.deadline() != null && problem.deadline().isBefore(dueDay)
					&& (problem.status() == ProblemStatus.ASSIGNED || problem.status() == ProblemStatus.RECTIFYING);
			if (rule != null && stillOverdue) {
				List<RecordedEvent> stream = stream(problem.id());
				RecordedEvent held = latest(stream, InterviewHeld.class, h -> h.interviewId().equals(w.interviewId()),
						Integer.MAX_VALUE).orElseThrow();
				RecordedEvent last = stream.get(stream.size() - 1);
				List<Fact> facts = List.of(fact(held, "约谈已实施"), new Fact(problem.id().value(), last.seq(),
						"StillOverdue", now, "约谈后" + rule.afterDays() + "日仍逾期未完成整改（期限" + problem.deadline() + "）"));
				fire(rule, problem.id(), held, facts, dueDay);
				fired++;
			}
			jdbc.sql("delete from acc_watch where id = ?").param(w.id()).update();
		}
		return fired;
	}

	private void fire(TriggerRule rule, ProblemId problemId, RecordedEvent key, List<Fact> facts, LocalDate failureDay) {
		UUID triggerId = UUID.nameUUIDFromBytes((rule.id() + "/" + key.streamId() + "/" + key.seq())
			.getBytes(StandardCharsets.UTF_8));
		String code = problems.require(problemId).code();
		raising.raise(new TriggerRaised(triggerId, TriggerOrigin.RULE, rule.id(), rule.name(), rule.source(),
				problemId.value(), null, code, rule.condition().label(), List.copyOf(facts), failureDay, rule.pursue(),
				List.of(), null, clock.instant(), rule.organ()));
	}

	private List<TriggerRule> rules(TriggerCondition condition) {
		return policies.current().accountability().rules().stream().filter(r -> r.condition() == condition).toList();
	}

	private List<RecordedEvent> stream(ProblemId id) {
		return record.load(id.value()).events();
	}

	/** The recorded event that is {@code event} (the newest equal one). */
	private <T extends ProblemEvent> RecordedEvent find(List<RecordedEvent> stream, T event, Class<T> type) {
		for (int i = stream.size() - 1; i >= 0; i--) {
			RecordedEvent e = stream.get(i);
			if (e.eventType().equals(type.getSimpleName()) && record.read(e, type).equals(event)) {
				return e;
			}
		}
		// not found equal (a value that did not survive the round trip): the newest of its type
		return latest(stream, type, e -> true, Integer.MAX_VALUE).orElseThrow(() -> new IllegalStateException(
				type.getSimpleName() + " of problem " + event.problemId() + " is not in the record"));
	}

	private <T extends ProblemEvent> java.util.Optional<RecordedEvent> latest(List<RecordedEvent> stream, Class<T> type,
			Predicate<T> matching, int beforeOrAt) {
		for (int i = stream.size() - 1; i >= 0; i--) {
			RecordedEvent e = stream.get(i);
			if (e.seq() <= beforeOrAt && e.eventType().equals(type.getSimpleName()) && matching.test(record.read(e, type))) {
				return java.util.Optional.of(e);
			}
		}
		return java.util.Optional.empty();
	}

	private static Fact fact(RecordedEvent e, String summary) {
		return new Fact(e.streamId(), e.seq(), e.eventType(), e.occurredAt(), summary);
	}

	private static LocalDate day(Instant instant) {
		return LocalDate.ofInstant(instant, ChinaTime.ZONE);
	}
}
