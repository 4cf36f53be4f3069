package org.ecooversight.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.ecooversight.identity.User;
import org.ecooversight.identity.Users;
import org.ecooversight.organisation.Organisation;
import org.ecooversight.organisation.Unit;
import org.ecooversight.organisation.UnitId;
import org.ecooversight.shared.NoticeIssued;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * When a module issues a notice, it lands in the inbox of each addressee unit and user, and an
 * e-mail and a text message are queued in the outbox for every enabled user of those units and for
 * each addressed user, as far as they have an address and the channel is switched on. The notice
 * arrives from Spring Modulith's persisted event publication after the issuing transaction
 * committed, and may arrive again (a retry, a restart, or twice at the same moment): every row is
 * inserted only if absent, and an insert that loses the race to an identical one (the unique key
 * refuses it) is undone alone, in a savepoint, so a notice is stored and sent once.
 */
@Component
class DeliveringNotices {

	private static final Logger log = LoggerFactory.getLogger(DeliveringNotices.class);

	private final JdbcClient jdbc;
	private final Users users;
	private final Organisation organisation;
	private final EmailGateway email;
	private final NotificationSettings settings;
	private final Clock clock;
	private final TransactionTemplate savepoint;

	DeliveringNotices(JdbcClient jdbc, Users users, Organisation organisation, EmailGateway email,
			NotificationSettings settings, Clock clock, PlatformTransactionManager transactions) {
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
		this.jdbc = jdbc;
		this.users = users;
		this.organisation = organisation;
		this.email = email;
		this.settings = settings;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(NoticeIssued notice) {
		// Microseconds, as both databases store them: the row is due at exactly this instant.
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		int stored = 0;
		int queued = 0;
		List<UnitId> unitIds = new LinkedHashSet<>(notice.addresseeUnitIds()).stream().map(UnitId::new).toList();
		Map<UnitId, Unit> units = organisation.unitsById(unitIds);
		for (UnitId unit : unitIds) {
			if (!units.containsKey(unit)) {
				log.warn("Notice {} is addressed to unit {}, which does not exist: not delivered to it", notice.noticeId(), unit);
				continue;
			}
			stored += storeInInbox(notice, unit.value(), null, now);
			if (email.enabled() || settings.sms().enabled()) {
				for (User user : users.enabledOf(unit.value())) {
					queued += queue(notice, user, now);
				}
			}
		}
		for (String username : new LinkedHashSet<>(notice.addresseeUsernames())) {
			Optional<User> user = users.find(username);
			if (user.isEmpty()) {
				log.warn("Notice {} is addressed to user {}, who does not exist: not delivered to them", notice.noticeId(), username);
				continue;
			}
			stored += storeInInbox(notice, null, username, now);
			if (user.get().enabled()) {
				queued += queue(notice, user.get(), now);
			}
		}
		log.debug("Notice {} ({}): {} inbox entries and {} messages new", notice.noticeId(), notice.category(), stored, queued);
	}

	/** Runs an insert-if-absent; one that an identical insert of another thread beat to it stores nothing. */
	private int once(java.util.function.IntSupplier insert) {
		try {
			Integer rows = savepoint.execute(status -> insert.getAsInt());
			return rows == null ? 0 : rows;
		}
		catch (DuplicateKeyException e) {
			log.debug("Delivered at the same moment by another thread: {}", e.getMostSpecificCause().getMessage());
			return 0;
		}
	}

	private int storeInInbox(NoticeIssued notice, UUID unitId, String username, Instant now) {
		return once(() -> jdbc.sql("""
				insert into notification_inbox (id, notice_id, unit_id, username, category, subject, title, body, link,
				  sender_unit_id, issued_at, delivered_at)
				select cast(:id as uuid), cast(:notice as uuid), cast(:unit as uuid), cast(:username as varchar(50)),
				  cast(:category as varchar(40)), cast(:subject as varchar(200)), cast(:title as varchar(200)),
				  cast(:body as varchar(10000)), cast(:link as varchar(500)), cast(:sender as uuid),
				  cast(:issued as timestamp with time zone), cast(:now as timestamp with time zone)
				where not exists (select 1 from notification_inbox
				  where notice_id = cast(:notice as uuid) and (unit_id = cast(:unit as uuid) or username = cast(:username as varchar(50))))""")
			.param("id", UUID.randomUUID())
			.param("notice", notice.noticeId())
			.param("unit", unitId)
			.param("username", username)
			.param("category", fit(notice.category(), 40))
			.param("subject", fit(notice.subject(), 200))
			.param("title", fit(notice.title(), 200))
			.param("body", fit(notice.body(), 10000))
			.param("link", fit(notice.link(), 500))
			.param("sender", notice.senderUnitId())
			.param("issued", Timestamp.from(notice.issuedAt()))
			.param("now", Timestamp.from(now))
			.update());
	}

	private int queue(NoticeIssued notice, User user, Instant now) {
		int queued = 0;
		if (email.enabled() && user.email() != null) {
			queued += queue(notice, NoticeChannel.EMAIL, user.email(), user.username(), emailText(notice), now);
		}
		if (settings.sms().enabled() && user.mobile() != null) {
			queued += queue(notice, NoticeChannel.SMS, user.mobile(), user.username(), smsText(notice), now);
		}
		return queued;
	}

	private int queue(NoticeIssued notice, NoticeChannel channel, String recipient, String username, String text, Instant now) {
		return once(() -> jdbc.sql("""
				insert into notification_outbox (id, notice_id, channel, recipient, username, title, body, status, attempts,
				  next_attempt_at, created_at)
				select cast(:id as uuid), cast(:notice as uuid), cast(:channel as varchar(10)), cast(:recipient as varchar(200)),
				  cast(:username as varchar(50)), cast(:title as varchar(200)), cast(:body as varchar(10000)), 'PENDING', 0,
				  cast(:now as timestamp with time zone), cast(:now as timestamp with time zone)
				where not exists (select 1 from notification_outbox
				  where notice_id = cast(:notice as uuid) and channel = cast(:channel as varchar(10))
				  and recipient = cast(:recipient as varchar(200)))""")
			.param("id", UUID.randomUUID())
			.param("notice", notice.noticeId())
			.param("channel", channel.name())
			.param("recipient", recipient)
			.param("username", username)
			.param("title", fit(notice.title(), 200))
			.param("body", fit(text, 10000))
			.param("now", Timestamp.from(now))
			.update());
	}

	/** The e-mail's text: the notice, its reference, where to act on it, and who sent it. */
	private String emailText(NoticeIssued notice) {
		StringBuilder text = new StringBuilder(notice.body().strip());
		text.append("\n\n");
		if (notice.subject() != null && !notice.subject().isBlank()) {
			text.append("编号：").append(notice.subject()).append('\n');
		}
		if (notice.link() != null && !notice.link().isBlank()) {
			text.append("办理入口：").append(settings.baseUrl()).append(notice.link()).append('\n');
		}
		text.append("\n本邮件由").append(settings.email().fromName()).append("自动发送，请勿直接回复。\n");
		return text.toString();
	}

	/** The text message: the configured template with the notice's title, subject and link put in. */
	private String smsText(NoticeIssued notice) {
		String link = notice.link() == null ? "" : settings.baseUrl() + notice.link();
		return settings.sms()
			.template()
			.replace("{title}", notice.title())
			.replace("{subject}", notice.subject() == null ? "" : notice.subject())
			.replace("{link}", link);
	}

	/** Cuts a text to the column's width (a notice too long is delivered shortened rather than never). */
	private static String fit(String text, int max) {
		if (text == null || text.length() <= max) {
			return text;
		}
		return text.substring(0, max - 1) + "…";
	}
}
