package org.ecooversight.publicity;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.ecooversight.audit.AggregateStreams;
import org.ecooversight.audit.EventStore;
import org.ecooversight.audit.EventStream;
import org.ecooversight.publicity.TypicalCaseEvent.CasePublished;
import org.ecooversight.shared.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where typical cases are kept: a stream each in the record; the {@code typical_case} table is their
 * projection for the lists, written in the same transaction as the events.
 */
@Component
class TypicalCases {

	static final String STREAM = "TYPICAL_CASE";
	private final AggregateStreams<TypicalCase, TypicalCaseEvent> streams;
	private final JdbcClient jdbc;

	TypicalCases(EventStore record, JdbcClient jdbc) {
		this.streams = new AggregateStreams<>(record, STREAM, "typical case", TypicalCaseEvent.class, TypicalCase::replay);
		this.jdbc = jdbc;
	}

	Optional<TypicalCase> find(UUID id) {
		return streams.find(id);
	}

	EventStream stream(UUID id) {
		return streams.stream(id);
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void add(TypicalCase c, Actor actor) {
		streams.add(c.id(), c, actor);
		CasePublished p = c.publication();
		jdbc.sql("""
				insert into typical_case (id, title, category, town_code, problem_id, problem_code, write_up, published_on,
				  published_at, published_by, version)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(c.id(), p.title(), p.category().name(), p.townCode(), p.problemId(), p.problemCode(), p.writeUp(),
					Date.valueOf(p.publishedOn()), Timestamp.from(p.publishedAt()), actor.username(), c.version())
			.update();
	}

	@Transactional(propagation = Propagation.MANDATORY)
	TypicalCase change(UUID id, Actor actor, Consumer<TypicalCase> change) {
		return streams.change(id, actor, change, (c, events) -> {
			var w = c.withdrawal();
			jdbc.sql("""
					update typical_case set withdrawn_at = ?, withdrawn_by = ?, withdrawal_reason = ?, version = ?
					where id = ?""")
				.params(w == null ? null : Timestamp.from(w.withdrawnAt()), w == null ? null : actor.username(),
						w == null ? null : w.reason(), c.version(), id)
				.update();
		});
	}
}
