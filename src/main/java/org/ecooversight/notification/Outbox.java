package org.ecooversight.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ecooversight.shared.Actor;
import org.ecooversight.shared.ForbiddenException;
import org.ecooversight.shared.InvalidInputException;
import org.ecooversight.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox as the system administrator sees it: the e-mails and texts waiting, sent, or given up
 * after the last attempt with the reason, so a wrong address or a broken gateway is noticed.
 */
@Component
public class Outbox {

	private final JdbcClient jdbc;

	Outbox(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One message of the outbox (its text is not shown: the addressee's inbox holds the notice). */
	public record Message(UUID id, UUID noticeId, NoticeChannel channel, String recipient, String username, String title,
			OutboxStatus status, String statusLabel, int attempts, Instant nextAttemptAt, String lastError,
			Instant createdAt, Instant sentAt) {
	}

	public record Page(List<Message> items, int page, int size, long total) {
	}

	/** Messages of a status (null: all), newest first; for the system administrator only. */
	@Transactional(readOnly = true)
	public Page list(OutboxStatus status, Actor actor, int page, int size) {
		if (!actor.hasAnyRole(Role.SYSTEM_ADMIN)) {
			throw new ForbiddenException("the outbox is open to the system administrator only");
		}
		if (page < 0) {
			throw new InvalidInputException("page", "from 0");
		}
		if (size < 1 || size > Inbox.MAX_PAGE_SIZE) {
			throw new InvalidInputException("size", "from 1 to " + Inbox.MAX_PAGE_SIZE);
		}
		Map<String, Object> params = new LinkedHashMap<>();
		String where = "";
		if (status != null) {
			where = " where status = :status";
			params.put("status", status.name());
		}
		long total = jdbc.sql("select count(*) from notification_outbox" + where).params(params).query(Long.class).single();
		params.put("offset", (long) page * size);
		params.put("limit", size);
		List<Message> items = jdbc.sql("select id, notice_id, channel, recipient, username, title, status, attempts, "
				+ "next_attempt_at, last_error, created_at, sent_at from notification_outbox" + where
				+ " order by created_at desc, id offset :offset rows fetch next :limit rows only")
			.params(params)
			.query(Outbox::message)
			.list();
		return new Page(items, page, size, total);
	}

	private static Message message(ResultSet rs, int row) throws SQLException {
		OutboxStatus status = OutboxStatus.valueOf(rs.getString("status"));
		Timestamp sentAt = rs.getTimestamp("sent_at");
		return new Message(rs.getObject("id", UUID.class), rs.getObject("notice_id", UUID.class),
				NoticeChannel.valueOf(rs.getString("channel")), rs.getString("recipient"), rs.getString("username"),
				rs.getString("title"), status, status.label(), rs.getInt("attempts"),
				status == OutboxStatus.PENDING ? rs.getTimestamp("next_attempt_at").toInstant() : null,
				rs.getString("last_error"), rs.getTimestamp("created_at").toInstant(),
				sentAt == null ? null : sentAt.toInstant());
	}
}
