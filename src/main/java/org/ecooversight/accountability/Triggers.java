package org.ecooversight.accountability;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.ecooversight.accountability.TriggerEvent.TriggerAssessed;
import org.ecooversight.accountability.TriggerEvent.TriggerRaised;
import org.ecooversight.audit.AggregateStreams;
import org.ecooversight.audit.EventStore;
import org.ecooversight.shared.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Where triggers are kept: a stream each in the record, and the queue's projection. */
@Component
class Triggers {

	static final String STREAM = "ACCOUNTABILITY_TRIGGER";

	private final AggregateStreams<Trigger, TriggerEvent> streams;
	private final JdbcClient jdbc;

	Triggers(EventStore record, JdbcClient jdbc) {
		this.streams = new AggregateStreams<>(record, STREAM, "trigger", TriggerEvent.class, Trigger::replay);
		this.jdbc = jdbc;
	}

	Optional<Trigger> find(UUID id) {
		return streams.find(id);
	}

	Trigger require(UUID id) {
		return streams.require(id);
	}

	/** Records a new trigger; a trigger id already taken (the same facts heard twice) is refused by the store. */
	@Transactional(propagation = Propagation.MANDATORY)
	void add(Trigger trigger, Actor actor) {
		streams.add(trigger.id(), trigger, actor);
		TriggerRaised r = trigger.raised();
		jdbc.sql("""
				insert into acc_trigger (id, origin, rule_id, rule_name, problem_id, lead_id, subject, reason, failure_day,
				  status, raised_by_unit, raised_at, version)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'QUEUED', ?, ?, ?)""")
			.params(r.triggerId(), r.origin().name(), r.ruleId(), r.ruleName(), r.problemId(), r.leadId(), r.subject(),
					r.reason(), r.failureDay() == null ? null : Date.valueOf(r.failureDay()), r.raisedByUnit(),
					Timestamp.from(r.raisedAt()), trigger.version())
			.update();
	}

	@Transactional(propagation = Propagation.MANDATORY)
	Trigger change(UUID id, Actor actor, Consumer<Trigger> change) {
		return streams.change(id, actor, change, (trigger, events) -> {
			TriggerAssessed a = trigger.assessment();
			jdbc.sql("update acc_trigger set status = ?, case_id = ?, assessed_at = ?, version = ? where id = ?")
				.params(a.decision().name(), a.caseId(), Timestamp.from(a.assessedAt()), trigger.version(), id)
				.update();
		});
	}

	boolean exists(UUID id) {
		return jdbc.sql("select count(*) from acc_trigger where id = ?").param(id).query(Long.class).single() > 0;
	}
}
