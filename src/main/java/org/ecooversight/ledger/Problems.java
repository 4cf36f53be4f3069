package org.ecooversight.ledger;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.ecooversight.audit.AggregateStreams;
import org.ecooversight.audit.EventStore;
import org.ecooversight.ledger.ProblemEvent.ProblemOpened;
import org.ecooversight.organisation.UnitId;
import org.ecooversight.shared.Actor;
import org.ecooversight.shared.PreconditionFailedException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where problems are kept: each problem is a stream of the tamper-evident record; the
 * {@code problem}, {@code problem_unit} and {@code problem_domain} tables are its projection for
 * lists, filters and access scopes, written in the same transaction as the events. Events are then
 * published, so other modules react to them through the event publication registry.
 */
@Component
public class Problems {

	public static final String STREAM = "PROBLEM";
	private final AggregateStreams<Problem, ProblemEvent> streams;
	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final java.time.Clock clock;

	private final ChaseRules rules;

	Problems(EventStore record, JdbcClient jdbc, ApplicationEventPublisher events, java.time.Clock clock,
			ChaseRules rules) {
		this.rules = rules;
		this.streams = new AggregateStreams<>(record, STREAM, "problem", ProblemEvent.class,
				(id, history) -> Problem.replay(new ProblemId(id), history));
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Optional<Problem> find(ProblemId id) {
		return streams.find(id.value());
	}

	public Problem require(ProblemId id) {
		return streams.require(id.value());
	}

	/**
	 * Loads a problem, lets {@code change} act on it, and saves what it recorded. With
	 * {@code expectedVersion} (from If-Match) a problem that moved on is refused with 412.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Problem change(ProblemId id, Integer expectedVersion, Actor actor, Consumer<Problem> change) {
		return streams.change(id.value(), actor, problem -> {
			if (expectedVersion != null && expectedVersion != problem.version()) {
				throw new PreconditionFailedException("problem " + problem.code() + " is at version " + problem.version()
						+ ", not " + expectedVersion + "; reload it and try again");
			}
			change.accept(problem);
		}, (problem, pending) -> {
			project(problem, pending);
			pending.forEach(events::publishEvent);
		});
	}

	/** Records a new problem: its first events, its projection row and its units. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void add(Problem problem, Actor actor) {
		List<ProblemEvent> pending = streams.add(problem.id().value(), problem, actor);
		ProblemOpened o = problem.opening();
		jdbc.sql("""
				insert into problem (id, code, lead_id, channel, status, description, town_code, address, longitude, latitude,
				  pollution_types, entity_name, lead_unit_id, requires_designation, deadline, long_term, repeat_count,
				  rebound_count, false_rectification_count, received_at, accepted_at, version, updated_at, severity)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, null, false, 0, 0, 0, ?, ?, ?, ?, ?)""")
			.params(problem.id().value(), o.code(), o.leadId().value(), o.channel().name(), problem.status().name(),
					o.description(), o.place().townCode(), o.place().address(), o.place().longitude(),
					o.place().latitude(), String.join(",", o.pollutionTypes()),
					o.reportedEntity() == null ? null : o.reportedEntity().name(),
					problem.leadUnit() == null ? null : problem.leadUnit().value(), problem.requiresDesignation(),
					Timestamp.from(o.receivedAt()), Timestamp.from(o.acceptedAt()), problem.version(),
					Timestamp.from(clock.instant()), o.severityOrGeneral().name())
			.update();
		for (String domain : o.pollutionTypes()) {
			jdbc.sql("insert into problem_domain (problem_id, domain_code) values (?, ?)")
				.params(problem.id().value(), domain)
				.update();
		}
		projectUnits(problem);
		pending.forEach(events::publishEvent);
	}

	private void project(Problem p, List<ProblemEvent> changes) {
		jdbc.sql("""
				update problem set status = ?, lead_unit_id = ?, deadline = ?, long_term = ?, next_milestone_due = ?,
				  repeat_count = ?, rebound_count = ?, false_rectification_count = ?, closed_at = ?, look_back_due_at = ?,
				  next_timer_at = ?, supervision = ?, version = ?, updated_at = ?
				where id = ?""")
			.params(p.status().name(), p.leadUnit() == null ? null : p.leadUnit().value(),
					p.deadline() == null ? null : Date.valueOf(p.deadline()), p.longTermEntry() != null,
					p.nextMilestoneDue() == null ? null : Date.valueOf(p.nextMilestoneDue()),
					p.repeats().size(), p.rebounds().size(), p.falseRectifications(),
					p.closure() == null ? null : Timestamp.from(p.closure().closedAt()),
					p.lookBackDueAt() == null ? null : Timestamp.from(p.lookBackDueAt()), timestamp(p.nextTimer(rules)),
					p.activeOrder() == null ? null : p.activeOrder().issued().kind().name(), p.version(),
					Timestamp.from(clock.instant()), p.id().value())
			.update();
		boolean unitsChanged = changes.stream()
			.anyMatch(e -> e instanceof ProblemEvent.ResponsibleUnitsDesignated || e instanceof ProblemEvent.ProblemAssigned
					|| (e instanceof ProblemEvent.ReminderIssued r && !p.responsibleUnits().containsAll(r.addressees())));
		if (unitsChanged) {
			jdbc.sql("delete from problem_unit where problem_id = ?").param(p.id().value()).update();
			projectUnits(p);
		}
	}

	/** Who sees the problem: its lead unit and co-units, and units notified of it by a reminder. */
	private void projectUnits(Problem p) {
		List<UnitId> units = p.responsibleUnits();
		for (int i = 0; i < units.size(); i++) {
			jdbc.sql("insert into problem_unit (problem_id, unit_id, role) values (?, ?, ?)")
				.params(p.id().value(), units.get(i).value(), i == 0 ? "LEAD" : "CO")
				.update();
		}
		for (UnitId notified : p.notifiedUnits()) {
			jdbc.sql("insert into problem_unit (problem_id, unit_id, role) values (?, ?, 'NOTIFIED')")
				.params(p.id().value(), notified.value())
				.update();
		}
	}

	/**
	 * Writes when the problem's next timer falls without recording anything: for a sweep that found
	 * nothing due (the policy or the calendar changed since the time was projected).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void retime(Problem p) {
		jdbc.sql("update problem set next_timer_at = ? where id = ? and version = ?")
			.params(timestamp(p.nextTimer(rules)), p.id().value(), p.version())
			.update();
	}

	private static Timestamp timestamp(java.time.Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}
}
