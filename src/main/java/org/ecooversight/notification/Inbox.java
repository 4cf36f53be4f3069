package org.ecooversight.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ecooversight.shared.Actor;
import org.ecooversight.shared.ForbiddenException;
import org.ecooversight.shared.InvalidInputException;
import org.ecooversight.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user's inbox: the notices addressed to them and those addressed to their unit, newest first.
 * A notice to a unit is one entry the whole unit shares: the first of its users to read it marks it
 * read for all, and the entry says who. Only an addressee opens or marks an entry.
 */
@Component
public class Inbox {

	static final int MAX_PAGE_SIZE = 100;
	private static final String COLUMNS = "id, notice_id, category, subject, title, body, link, sender_unit_id, issued_at, "
			+ "unit_id, username, read_at, read_by";

	private final JdbcClient jdbc;
	private final Clock clock;

	Inbox(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * One notice in an inbox.
	 *
	 * @param unitId the addressee unit (null: addressed to {@code username})
	 * @param readBy who marked it read (for a unit's entry, one of its users)
	 */
	public record Entry(UUID id, UUID noticeId, String category, String subject, String title, String body, String link,
			UUID senderUnitId, Instant issuedAt, UUID unitId, String username, boolean read, Instant readAt, String readBy) {
	}

	public record Page(List<Entry> items, int page, int size, long total) {
	}

	/** The caller's notices (only the unread ones if asked), newest first. */
	@Transactional(readOnly = true)
	public Page list(Actor actor, boolean unreadOnly, int page, int size) {
		if (page < 0) {
			throw new InvalidInputException("page", "from 0");
		}
		if (size < 1 || size > MAX_PAGE_SIZE) {
			throw new InvalidInputException("size", "from 1 to " + MAX_PAGE_SIZE);
		}
		Map<String, Object> params = new LinkedHashMap<>();
		String where = addressedTo(actor, params) + (unreadOnly ? " and read_at is null" : "");
		long total = jdbc.sql("select count(*) from notification_inbox where " + where).params(params).query(Long.class).single();
		params.put("offset", (long) page * size);
		params.put("limit", size);
		List<Entry> items = jdbc.sql("select " + COLUMNS + " from notification_inbox where " + where
				+ " order by issued_at desc, id offset :offset rows fetch next :limit rows only")
			.params(params)
			.query(Inbox::entry)
			.list();
		return new Page(items, page, size, total);
	}

	/** How many of the caller's notices are unread. */
	@Transactional(readOnly = true)
	public long unread(Actor actor) {
		Map<String, Object> params = new LinkedHashMap<>();
		return jdbc.sql("select count(*) from notification_inbox where " + addressedTo(actor, params) + " and read_at is null")
			.params(params)
			.query(Long.class)
			.single();
	}

	/** One notice of the caller's inbox. */
	@Transactional(readOnly = true)
	public Entry get(UUID id, Actor actor) {
		Entry entry = jdbc.sql("select " + COLUMNS + " from notification_inbox where id = ?")
			.param(id)
			.query(Inbox::entry)
			.optional()
			.orElseThrow(() -> new NotFoundException("notification " + id + " does not exist"));
		boolean addressee = actor.username().equals(entry.username())
				|| entry.unitId() != null && entry.unitId().equals(actor.unitId());
		if (!addressee) {
			throw new ForbiddenException("notification " + id + " is addressed to another "
					+ (entry.unitId() != null ? "unit" : "user") + "; only its addressee may open it or mark it read");
		}
		return entry;
	}

	/** Marks a notice read by the caller; one already read stays as it was (who read it first, when). */
	@Transactional
	public Entry markRead(UUID id, Actor actor) {
		get(id, actor);
		jdbc.sql("update notification_inbox set read_at = ?, read_by = ? where id = ? and read_at is null")
			.params(Timestamp.from(clock.instant()), actor.username(), id)
			.update();
		return get(id, actor);
	}

	private static String addressedTo(Actor actor, Map<String, Object> params) {
		params.put("username", actor.username());
		if (actor.unitId() == null) {
			return "username = :username";
		}
		params.put("unit", actor.unitId());
		return "(username = :username or unit_id = :unit)";
	}

	private static Entry entry(ResultSet rs, int row) throws SQLException {
		Timestamp readAt = rs.getTimestamp("read_at");
		return new Entry(rs.getObject("id", UUID.class), rs.getObject("notice_id", UUID.class), rs.getString("category"),
				rs.getString("subject"), rs.getString("title"), rs.getString("body"), rs.getString("link"),
				rs.getObject("sender_unit_id", UUID.class), rs.getTimestamp("issued_at").toInstant(),
				rs.getObject("unit_id", UUID.class), rs.getString("username"), readAt != null,
				readAt == null ? null : readAt.toInstant(), rs.getString("read_by"));
	}
}
