package org.ecooversight.throttle;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attempts counted per scope and subject in the database ({@code attempt_counter}), shared by every
 * instance on it. A counter opens with the first attempt and lives for its rule's window; the next
 * attempt after that starts it again at one. Each change is one conditional SQL statement committed
 * on its own (no surrounding transaction, so a refusal is never rolled back with the caller's work),
 * and two instances counting the same subject at the same moment cannot both slip under a limit.
 * <p>
 * Two ways of counting:
 * <ul>
 * <li>{@link #take}: an attempt is let through while fewer than {@code max} were let through in the
 * window (the public report limit);</li>
 * <li>{@link #fail}: a failure is counted, and the {@code max}-th within the window blocks the subject
 * for {@code block} (the sign-in lock-out); {@link #blockedUntil} asks, {@link #clear} forgets.</li>
 * </ul>
 * Rows are bounded by expiry, never by clearing everything: {@link #purgeExpired} deletes what no
 * longer counts (a db-scheduler task, {@code ThrottleTasks}).
 */
@Component
@Transactional(propagation = Propagation.NOT_SUPPORTED)
public class Throttle {

	/**
	 * How often a count is tried again when a concurrent attempt changed the row under it (H2 may
	 * answer an update of a row another transaction just changed with "no row"), with a growing pause.
	 */
	private static final int RETRIES = 50;

	private final JdbcClient jdbc;
	private final Clock clock;

	Throttle(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * How many attempts a window allows, how long the window is, and how long the subject is blocked
	 * once the count is reached ({@link #fail} only; {@link #take} refuses until the window ends).
	 */
	public record Rule(int max, Duration window, Duration block) {

		public Rule {
			if (max < 1) {
				throw new IllegalArgumentException("a limit of at least 1 attempt");
			}
			Objects.requireNonNull(window, "window");
			if (window.isNegative() || window.isZero()) {
				throw new IllegalArgumentException("a window longer than zero");
			}
			if (block != null && (block.isNegative() || block.isZero())) {
				throw new IllegalArgumentException("a block longer than zero");
			}
		}

		/** At most {@code max} attempts in a window; more are refused until it ends. */
		public static Rule atMost(int max, Duration window) {
			return new Rule(max, window, null);
		}
	}

	/** An attempt let through, or refused until {@code retryAt}. */
	public record Verdict(boolean allowed, Instant retryAt) {

		static final Verdict ALLOWED = new Verdict(true, null);

		/** The whole seconds until the attempt may be made again, at least 1 (for Retry-After). */
		public long retryAfterSeconds(Instant now) {
			return Math.max(1, (Duration.between(now, retryAt).toMillis() + 999) / 1000);
		}
	}

	/** Lets one attempt through if fewer than {@code rule.max()} were let through in the current window. */
	public Verdict take(String scope, String who, Rule rule) {
		String subject = key(who);
		for (int attempt = 0; attempt < RETRIES; attempt++) {
			Instant now = now();
			int counted = jdbc.sql("update attempt_counter set attempts = attempts + 1"
					+ " where scope = ? and subject = ? and expires_at > ? and attempts < ?")
				.params(scope, subject, at(now), rule.max())
				.update();
			if (counted == 1) {
				return Verdict.ALLOWED;
			}
			Optional<Live> live = jdbc.sql("select expires_at, attempts from attempt_counter where scope = ? and subject = ? and expires_at > ?")
				.params(scope, subject, at(now))
				.query((rs, row) -> new Live(rs.getTimestamp(1).toInstant(), rs.getInt(2)))
				.optional();
			if (live.isPresent()) {
				if (live.get().attempts() >= rule.max()) {
					return new Verdict(false, live.get().until());
				}
				pause(attempt); // the limit is not reached: a concurrent attempt changed the row; count again
				continue;
			}
			if (open(scope, subject, now, now.plus(rule.window()), null)) {
				return Verdict.ALLOWED;
			}
		}
		throw new IllegalStateException("attempt counter " + scope + " kept changing under " + subject);
	}

	/**
	 * Counts a failure; the {@code rule.max()}-th failure within the window blocks the subject for
	 * {@code rule.block()} (failures during the block are counted but do not lengthen it). Once the
	 * block (or the window) is over, counting starts again at one.
	 */
	public void fail(String scope, String who, Rule rule) {
		String subject = key(who);
		Duration block = Objects.requireNonNull(rule.block(), "a rule with a block");
		for (int attempt = 0; attempt < RETRIES; attempt++) {
			Instant now = now();
			Timestamp blockEnd = at(now.plus(block));
			int counted = jdbc.sql("update attempt_counter set attempts = attempts + 1,"
					+ " blocked_until = case when blocked_until is null and attempts + 1 >= ? then ? else blocked_until end,"
					+ " expires_at = case when blocked_until is null and attempts + 1 >= ? then ? else expires_at end"
					+ " where scope = ? and subject = ? and expires_at > ?")
				.params(rule.max(), blockEnd, rule.max(), blockEnd, scope, subject, at(now))
				.update();
			if (counted == 1) {
				return;
			}
			boolean blockAtOnce = rule.max() == 1;
			if (open(scope, subject, now, blockAtOnce ? now.plus(block) : now.plus(rule.window()),
					blockAtOnce ? now.plus(block) : null)) {
				return;
			}
			pause(attempt);
		}
		throw new IllegalStateException("attempt counter " + scope + " kept changing under " + subject);
	}

	/** Until when the subject is blocked, if it is now. */
	public Optional<Instant> blockedUntil(String scope, String who) {
		String subject = key(who);
		Instant now = now();
		return jdbc.sql("select blocked_until from attempt_counter where scope = ? and subject = ? and blocked_until > ?")
			.params(scope, subject, at(now))
			.query((rs, row) -> rs.getTimestamp(1).toInstant())
			.optional();
	}

	/** Forgets the subject's count (a successful sign-in ends a run of failures). */
	public void clear(String scope, String who) {
		String subject = key(who);
		jdbc.sql("delete from attempt_counter where scope = ? and subject = ?").params(scope, subject).update();
	}

	/** Deletes the counters that no longer count; returns how many. */
	public int purgeExpired() {
		return jdbc.sql("delete from attempt_counter where expires_at <= ?").param(at(now())).update();
	}

	/**
	 * Starts the subject's count at one: resets an expired row in place, or inserts the first one.
	 * False if another instance got there first (the caller counts again).
	 */
	private record Live(Instant until, int attempts) {
	}

	private static void pause(int attempt) {
		try {
			Thread.sleep(Math.min(20, 1 + attempt));
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while counting an attempt", e);
		}
	}

	private boolean open(String scope, String subject, Instant now, Instant expires, Instant blocked) {
		int reset = jdbc.sql("update attempt_counter set attempts = 1, blocked_until = ?, expires_at = ?"
				+ " where scope = ? and subject = ? and expires_at <= ?")
			.params(blocked == null ? null : at(blocked), at(expires), scope, subject, at(now))
			.update();
		if (reset == 1) {
			return true;
		}
		try {
			jdbc.sql("insert into attempt_counter (scope, subject, attempts, blocked_until, expires_at) values (?, ?, 1, ?, ?)")
				.params(scope, subject, blocked == null ? null : at(blocked), at(expires))
				.update();
			return true;
		}
		catch (DuplicateKeyException raced) {
			return false;
		}
	}

	/** The subject as stored: as given, or a digest of it when it is longer than the column. */
	private static String key(String subject) {
		String s = subject == null ? "" : subject;
		if (s.length() <= 200) {
			return s;
		}
		try {
			return "sha256:" + java.util.HexFormat.of()
				.formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		}
		catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The clock's time to the millisecond, which both databases store exactly (a stored instant is never rounded up). */
	private Instant now() {
		return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
	}

	private static Timestamp at(Instant instant) {
		return Timestamp.from(instant);
	}
}
