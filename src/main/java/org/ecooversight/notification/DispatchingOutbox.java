package org.ecooversight.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends the outbox: every PENDING message whose time has come, in batches. A message is first
 * claimed (its next attempt moved a lease ahead, which only one instance can do), then sent, then
 * recorded as SENT, or as failed with the next attempt after a back-off that doubles up to a cap;
 * after the last attempt it is FAILED and stays for the system administrator to see. Runs as a
 * persisted, cluster-wide recurring task ({@code NotificationTasks}); tests call it with a moved clock.
 * A message is sent at most once unless an instance dies between sending and recording, in which
 * case it is sent again once its lease has run out.
 */
@Component
public class DispatchingOutbox {

	private static final Logger log = LoggerFactory.getLogger(DispatchingOutbox.class);

	private final JdbcClient jdbc;
	private final EmailGateway email;
	private final SmsGateway sms;
	private final NotificationSettings.Outbox settings;
	private final Clock clock;

	DispatchingOutbox(JdbcClient jdbc, EmailGateway email, SmsGateway sms, NotificationSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.email = email;
		this.sms = sms;
		this.settings = settings.outbox();
		this.clock = clock;
	}

	/**
	 * Sends every message that is due; returns how many were sent. Each claim and each outcome
	 * commits on its own (never inside a caller's transaction), so other instances see them at once.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public int dispatchDue() {
		int sent = 0;
		while (true) {
			Instant now = now();
			List<UUID> due = jdbc.sql("select id from notification_outbox where status = 'PENDING' and next_attempt_at <= ? "
					+ "order by next_attempt_at fetch first " + settings.batch() + " rows only")
				.param(Timestamp.from(now))
				.query(UUID.class)
				.list();
			int claimed = 0;
			for (UUID id : due) {
				Optional<Message> message = claim(id, now);
				if (message.isPresent()) {
					claimed++;
					sent += send(message.get()) ? 1 : 0;
				}
			}
			if (due.size() < settings.batch() || claimed == 0) {
				return sent;
			}
		}
	}

	/** A claimed message: what to send, and the lease that proves the claim. */
	private record Message(UUID id, UUID noticeId, NoticeChannel channel, String recipient, String title, String body,
			int attempts, Instant lease) {
	}

	private Optional<Message> claim(UUID id, Instant now) {
		// Millisecond precision, so the lease reads back exactly as written on both databases.
		Instant lease = now.plus(settings.lease()).truncatedTo(ChronoUnit.MILLIS);
		int won = jdbc.sql("update notification_outbox set next_attempt_at = ? where id = ? and status = 'PENDING' and next_attempt_at <= ?")
			.params(Timestamp.from(lease), id, Timestamp.from(now))
			.update();
		if (won == 0) {
			return Optional.empty();
		}
		return jdbc.sql("select id, notice_id, channel, recipient, title, body, attempts from notification_outbox where id = ?")
			.param(id)
			.query((rs, i) -> new Message(rs.getObject("id", UUID.class), rs.getObject("notice_id", UUID.class),
					NoticeChannel.valueOf(rs.getString("channel")), rs.getString("recipient"), rs.getString("title"),
					rs.getString("body"), rs.getInt("attempts"), lease))
			.optional();
	}

	private boolean send(Message message) {
		try {
			switch (message.channel()) {
				case EMAIL -> email.send(message.recipient(), message.title(), message.body());
				case SMS -> sms.send(message.recipient(), message.body(), message.id());
			}
		}
		catch (RuntimeException e) {
			failed(message, e);
			return false;
		}
		int recorded = jdbc.sql("update notification_outbox set status = 'SENT', attempts = attempts + 1, sent_at = ?, last_error = null "
				+ "where id = ? and status = 'PENDING' and next_attempt_at = ?")
			.params(Timestamp.from(now()), message.id(), Timestamp.from(message.lease()))
			.update();
		if (recorded == 0) {
			log.warn("Outbox message {} ({} of notice {}) was sent after its lease ran out; another instance may send it again",
					message.id(), message.channel(), message.noticeId());
		}
		return true;
	}

	private void failed(Message message, RuntimeException e) {
		int attempts = message.attempts() + 1;
		boolean last = attempts >= settings.maxAttempts();
		Instant now = now();
		Instant next = last ? now : now.plus(settings.backoffAfter(attempts));
		jdbc.sql("update notification_outbox set status = ?, attempts = ?, next_attempt_at = ?, last_error = ? "
				+ "where id = ? and status = 'PENDING' and next_attempt_at = ?")
			.params(last ? OutboxStatus.FAILED.name() : OutboxStatus.PENDING.name(), attempts, Timestamp.from(next),
					describe(e), message.id(), Timestamp.from(message.lease()))
			.update();
		if (last) {
			log.warn("Outbox message {} ({} of notice {}) FAILED after {} attempts: {}", message.id(), message.channel(),
					message.noticeId(), attempts, describe(e));
		}
		else {
			log.info("Outbox message {} ({} of notice {}) not sent (attempt {}), next attempt at {}: {}", message.id(),
					message.channel(), message.noticeId(), attempts, next, describe(e));
		}
	}

	/** Now, to the microsecond as both databases store it, so a row is due exactly when its time has come. */
	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	private static String describe(Throwable e) {
		StringBuilder text = new StringBuilder(e.getClass().getSimpleName()).append(": ").append(e.getMessage());
		Throwable cause = e.getCause();
		if (cause != null && cause != e && cause.getMessage() != null && !text.toString().contains(cause.getMessage())) {
			text.append(" (").append(cause.getMessage()).append(')');
		}
		return text.length() > 1000 ? text.substring(0, 999) + "…" : text.toString();
	}
}
