package org.ecooversight.accountability;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.ecooversight.accountability.TriggerEvent.TriggerAssessed;
import org.ecooversight.accountability.TriggerEvent.TriggerRaised;
import org.ecooversight.audit.EventStore;
import org.ecooversight.audit.EventStream;
import org.ecooversight.audit.EventTypes;
import org.ecooversight.shared.Actor;
import org.ecooversight.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Where triggers are kept: a stream each in the record, and the queue's projection. */
@Component
class Triggers {

	static final String STREAM = "ACCOUNTABILITY_TRIGGER";
	private static final EventTypes<TriggerEvent> TYPES = EventTypes.of(TriggerEvent.class);

	private final EventStore record;
	private final JdbcClient jdbc;

	Triggers(EventStore record, JdbcClient jdbc) {
		this.record = record;
		this.jdbc = jdbc;
	}

	Optional<Trigger> find(UUID id) {
		EventStream stream = record.load(id);
		if (!stream.isOfType(STREAM)) {
			return Optional.empty();
		}
		return Optional.of(Trigger.replay(id, TYPES.read(record, stream)));
	}

	Trigger require(UUID id) {
		return find(id).orElseThrow(() -> new NotFoundException("trigger " + id + " does not exist"));
	}

	/** Records a new trigger; a trigger id already taken (the same facts heard twice) is refused by the store. */
	@Transactional(propagation = Propagation.MANDATORY)
	void add(Trigger trigger, Actor actor) {
		record.append(STREAM, trigger.id(), 0, trigger.pendingEvents(), actor);
		trigger.markSaved();
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
		EventStream stream = record.load(id);
		if (!stream.isOfType(STREAM)) {
			throw new NotFoundException("trigger " + id + " does not exist");
		}
		Trigger trigger = Trigger.replay(id, TYPES.read(record, stream));
		change.accept(trigger);
		List<TriggerEvent> pending = trigger.pendingEvents();
		if (!pending.isEmpty()) {
			record.append(STREAM, stream, pending, actor);
			trigger.markSaved();
			TriggerAssessed a = trigger.assessment();
			jdbc.sql("update acc_trigger set status = ?, case_id = ?, assessed_at = ?, version = ? where id = ?")
				.params(a.decision().name(), a.caseId(), Timestamp.from(a.assessedAt()), trigger.version(), id)
				.update();
		}
		return trigger;
	}

	boolean exists(UUID id) {
		return jdbc.sql("select count(*) from acc_trigger where id = ?").param(id).query(Long.class).single() > 0;
	}
}
