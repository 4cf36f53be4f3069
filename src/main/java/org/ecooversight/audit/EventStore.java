package org.ecooversight.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.ecooversight.shared.Actor;
import org.ecooversight.shared.ConflictException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The append-only store of the tamper-evident record. Aggregates that are recorded here (leads,
 * problems, organisation changes, ...) append their past-tense events in the transaction that
 * changes them; nothing is ever updated or deleted.
 * <p>
 * Appending is optimistic: the caller names the version it read, and a concurrent append to the
 * same stream makes the later one fail with a {@link ConflictException}, so two users can never
 * overwrite each other's change.
 */
@Component
public class EventStore {

	private static final String COLUMNS = "global_seq, stream_type, stream_id, seq, event_type, occurred_at, actor, payload, prev_hash, hash";

	private final JdbcClient jdbc;
	private final Clock clock;
	private final JsonMapper json = JsonMapper.builder()
		.enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
		.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(JsonInclude.Include.NON_NULL))
		.build();

	EventStore(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** All events of one stream, oldest first; an empty stream if there are none. */
	@Transactional(readOnly = true)
	public EventStream load(UUID streamId) {
		List<RecordedEvent> events = jdbc.sql("select " + COLUMNS + " from audit_event where stream_id = ? order by seq")
			.param(streamId)
			.query(EventStore::map)
			.list();
		return new EventStream(streamId, events);
	}

	/**
	 * Appends events to a stream whose current state the caller read as {@code expected}.
	 *
	 * @throws ConflictException if the stream moved on since it was read
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public List<RecordedEvent> append(String streamType, EventStream expected, List<?> events, Actor actor) {
		return append(streamType, expected.streamId(), expected.version(), expected.headHash(), events, actor);
	}

	/**
	 * Appends events to a stream that the caller read at {@code expectedVersion} (0: a new stream).
	 *
	 * @throws ConflictException if the stream moved on since it was read
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public List<RecordedEvent> append(String streamType, UUID streamId, int expectedVersion, List<?> events,
			Actor actor) {
		String headHash = HashChain.GENESIS;
		if (expectedVersion > 0) {
			headHash = jdbc.sql("select hash from audit_stream_head where stream_id = ? and seq = ?")
				.params(streamId, expectedVersion)
				.query(String.class)
				.optional()
				.orElseThrow(() -> concurrentChange(streamType, streamId));
		}
		return append(streamType, streamId, expectedVersion, headHash, events, actor);
	}

	private List<RecordedEvent> append(String streamType, UUID streamId, int expectedVersion, String expectedHash,
			List<?> events, Actor actor) {
		if (events.isEmpty()) {
			return List.of();
		}
		Instant now = HashChain.truncate(clock.instant());
		int seq = expectedVersion;
		String prev = expectedHash;
		List<RecordedEvent> recorded = new ArrayList<>(events.size());
		for (Object event : events) {
			seq++;
			String type = event.getClass().getSimpleName();
			String payload = json.writeValueAsString(event);
			String hash = HashChain.hash(prev, streamType, streamId, seq, type, now, actor.username(), payload);
			recorded.add(new RecordedEvent(-1, streamType, streamId, seq, type, now, actor.username(), payload, prev,
					hash));
			prev = hash;
		}
		RecordedEvent head = recorded.get(recorded.size() - 1);
		try {
			moveHead(streamType, expectedVersion, expectedHash, head);
			for (RecordedEvent e : recorded) {
				jdbc.sql("""
						insert into audit_event (stream_type, stream_id, seq, event_type, occurred_at, actor, payload, prev_hash, hash)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
					.params(e.streamType(), e.streamId(), e.seq(), e.eventType(), Timestamp.from(e.occurredAt()),
							e.actor(), e.payload(), e.prevHash(), e.hash())
					.update();
			}
		}
		catch (DuplicateKeyException | ConcurrencyFailureException ex) {
			throw concurrentChange(streamType, streamId);
		}
		return recorded;
	}

	/** Reads an event's payload back as the record type it was written from. */
	public <T> T read(RecordedEvent event, Class<T> type) {
		return json.readValue(event.payload(), type);
	}

	/** Reads canonical JSON written by {@link #toJson(Object)}. */
	public <T> T fromJson(String value, Class<T> type) {
		return json.readValue(value, type);
	}

	/** The canonical JSON of a value, as the record stores payloads. */
	public String toJson(Object value) {
		return json.writeValueAsString(value);
	}

	private void moveHead(String streamType, int expectedVersion, String expectedHash, RecordedEvent head) {
		if (expectedVersion == 0) {
			jdbc.sql("insert into audit_stream_head (stream_id, stream_type, seq, hash) values (?, ?, ?, ?)")
				.params(head.streamId(), streamType, head.seq(), head.hash())
				.update();
			return;
		}
		int moved = jdbc.sql("update audit_stream_head set seq = ?, hash = ? where stream_id = ? and seq = ? and hash = ?")
			.params(head.seq(), head.hash(), head.streamId(), expectedVersion, expectedHash)
			.update();
		if (moved != 1) {
			throw concurrentChange(streamType, head.streamId());
		}
	}

	private static ConflictException concurrentChange(String streamType, UUID streamId) {
		return new ConflictException(streamType + " " + streamId
				+ " was changed by someone else at the same time; reload it and try again");
	}

	static RecordedEvent map(ResultSet rs, int row) throws SQLException {
		return new RecordedEvent(rs.getLong("global_seq"), rs.getString("stream_type"),
				rs.getObject("stream_id", UUID.class), rs.getInt("seq"), rs.getString("event_type"),
				rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"), rs.getString("payload"),
				rs.getString("prev_hash"), rs.getString("hash"));
	}
}
