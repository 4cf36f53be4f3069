package org.ecooversight.intake;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.ecooversight.audit.AggregateStreams;
import org.ecooversight.audit.EventStore;
import org.ecooversight.intake.LeadEvent.LeadReceived;
import org.ecooversight.shared.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where leads are kept: each lead is a stream of the tamper-evident record, and the {@code lead}
 * table is its projection for lists and look-ups, written in the same transaction.
 */
@Component
public class Leads {

	public static final String STREAM = "LEAD";

	private final AggregateStreams<Lead, LeadEvent> streams;
	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;

	Leads(EventStore record, JdbcClient jdbc, ApplicationEventPublisher events) {
		this.streams = new AggregateStreams<>(record, STREAM, "lead", LeadEvent.class,
				(id, history) -> Lead.replay(new LeadId(id), history));
		this.jdbc = jdbc;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public Optional<Lead> find(LeadId id) {
		return streams.find(id.value());
	}

	public Lead require(LeadId id) {
		return streams.require(id.value());
	}

	@Transactional(readOnly = true)
	public Optional<LeadId> findByTrackingCode(TrackingCode code) {
		return jdbc.sql("select id from lead where tracking_code = ?")
			.param(code.value())
			.query((rs, i) -> new LeadId(rs.getObject(1, UUID.class)))
			.optional();
	}

	/** A lead submitted earlier by the same submitter under the same idempotency key. */
	@Transactional(readOnly = true)
	public Optional<IdempotentSubmission> findByIdempotencyKey(String submittedBy, String key) {
		return jdbc.sql("select id, request_digest from lead where submitted_by = ? and idempotency_key = ?")
			.params(submittedBy, key)
			.query((rs, i) -> new IdempotentSubmission(new LeadId(rs.getObject(1, UUID.class)), rs.getString(2)))
			.optional();
	}

	public record IdempotentSubmission(LeadId leadId, String requestDigest) {
	}

	/** Records a new lead: its first event and its projection row. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void add(Lead lead, String submittedBy, String idempotencyKey, String requestDigest, Actor actor) {
		LeadReceived f = lead.facts();
		jdbc.sql("""
				insert into lead (id, tracking_code, channel, channel_reference, description, town_code, address, longitude,
				  latitude, pollution_types, entity_name, entity_credit_code, anonymous, sealed_contact, attachment_count,
				  received_at, status, submitted_by, idempotency_key, request_digest, version)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(lead.id().value(), f.trackingCode(), f.channel().name(), f.channelReference(), f.description(),
					f.place().townCode(), f.place().address(), f.place().longitude(), f.place().latitude(),
					String.join(",", f.pollutionTypes()), f.reportedEntity() == null ? null : f.reportedEntity().name(),
					f.reportedEntity() == null ? null : f.reportedEntity().creditCode(), f.anonymous(),
					f.sealedContact(), f.attachments().size(), Timestamp.from(f.receivedAt()), lead.status().name(),
					submittedBy, idempotencyKey, requestDigest, lead.pendingEvents().size())
			.update();
		streams.add(lead.id().value(), lead, actor);
		events.publishEvent(LeadRecorded.of(f));
	}

	/**
	 * Loads a lead, lets {@code change} act on it, appends what it recorded (chained to the head
	 * just read) and brings the projection up to date.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Lead change(LeadId id, Actor actor, Consumer<Lead> change) {
		return streams.change(id.value(), actor, change, (lead, pending) -> {
			jdbc.sql("""
					update lead set status = ?, problem_id = ?, decline_reason = ?, public_reply = ?, rating = ?,
					  rated_at = coalesce(rated_at, ?), version = ? where id = ?""")
				.params(lead.status().name(), lead.problemId(), lead.declineReason(), lead.publicReply(),
						lead.rating() == null ? null : lead.rating().name(),
						pending.stream().filter(e -> e instanceof LeadEvent.HandlingRated).findFirst()
							.map(e -> java.sql.Timestamp.from(((LeadEvent.HandlingRated) e).ratedAt())).orElse(null),
						lead.version(), lead.id().value())
				.update();
			pending.forEach(events::publishEvent);
		});
	}

	/** How many leads have the status (the intake desk's waiting count). */
	@Transactional(readOnly = true)
	public long count(LeadStatus status) {
		return jdbc.sql("select count(*) from lead where status = ?").param(status.name()).query(Long.class).single();
	}

	/** The projection of leads for lists: newest first, optionally of one status. */
	@Transactional(readOnly = true)
	public List<LeadSummary> list(LeadStatus status, int offset, int limit) {
		String where = status == null ? "" : " where status = :status";
		var query = jdbc.sql("select id, tracking_code, channel, description, town_code, pollution_types, received_at, status, problem_id"
				+ " from lead" + where + " order by received_at desc, id offset :offset rows fetch next :limit rows only")
			.param("offset", offset)
			.param("limit", limit);
		if (status != null) {
			query = query.param("status", status.name());
		}
		return query.query(Leads::summary).list();
	}

	static LeadSummary summary(ResultSet rs, int row) throws SQLException {
		return new LeadSummary(new LeadId(rs.getObject("id", UUID.class)), rs.getString("tracking_code"),
				Channel.valueOf(rs.getString("channel")), rs.getString("description"), rs.getString("town_code"),
				List.of(rs.getString("pollution_types").split(",")), rs.getTimestamp("received_at").toInstant(),
				LeadStatus.valueOf(rs.getString("status")), rs.getObject("problem_id", UUID.class));
	}

	/** One line of the list of leads. */
	public record LeadSummary(LeadId id, String trackingCode, Channel channel, String description, String townCode,
			List<String> pollutionTypes, java.time.Instant receivedAt, LeadStatus status, UUID problemId) {
	}
}
