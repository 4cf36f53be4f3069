package org.ecooversight.notification;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.awaitility.Awaitility;
import org.ecooversight.identity.User;
import org.ecooversight.identity.Users;
import org.ecooversight.organisation.AdministeringOrganisation;
import org.ecooversight.organisation.AdministeringOrganisation.CreateUnit;
import org.ecooversight.organisation.UnitKind;
import org.ecooversight.shared.Actor;
import org.ecooversight.shared.NoticeIssued;
import org.ecooversight.shared.Role;
import org.ecooversight.support.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the notification tests need besides the platform: a unit of their own with users (so what
 * one test sends never mixes with another's), notices issued the way the modules issue them (inside
 * a transaction), and a wait for the asynchronous delivery that ends as soon as it has happened.
 */
abstract class NoticeFixtures extends PlatformTest {

	@Autowired
	private AdministeringOrganisation organisation;

	@Autowired
	private Users users;

	@Autowired
	private ApplicationEventPublisher events;

	@Autowired
	private TransactionTemplate transactions;

	/** A department of Shiquan county created for this test; returns its id. */
	protected UUID aUnit() {
		String code = "SQ-NT-" + UUID.randomUUID().toString().substring(0, 8);
		return organisation.createUnit(new CreateUnit(code, "通知测试单位" + code, "测试单位", UnitKind.DEPARTMENT, "610922", null, null),
				Actor.SYSTEM).id().value();
	}

	/** A department handler of the unit (password demo1234, as the demo accounts), with optional e-mail and mobile. */
	protected User aUser(UUID unit, String email, String mobile) {
		String username = "nt-" + UUID.randomUUID().toString().substring(0, 8);
		return users.create(username, "经办人（测试）", "demo1234", unit, null, EnumSet.of(Role.DEPARTMENT_HANDLER), email, mobile,
				Actor.SYSTEM);
	}

	protected static String anEmail() {
		return "nt" + UUID.randomUUID().toString().substring(0, 8) + "@shiquan.example.gov.cn";
	}

	protected static String aMobile() {
		return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
	}

	/** A reminder as the ledger issues it: about a problem, with a link to act on it. */
	protected NoticeIssued aReminder(List<UUID> units, List<String> usernames) {
		return new NoticeIssued(UUID.randomUUID(), "REMINDER", "SQ-2026-000123", "/problems/" + UUID.randomUUID(), null, units,
				usernames, "督办提醒：池河镇料场扬尘问题整改期限将至", "你单位承办的池河镇料场扬尘问题整改期限为 2026 年 12 月 31 日，请按期完成整改并报送进展。",
				clock.instant());
	}

	/** Issues the notice inside a transaction, as a module does, and waits until it has been delivered. */
	protected NoticeIssued issue(NoticeIssued notice) {
		transactions.executeWithoutResult(tx -> events.publishEvent(notice));
		Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.sql("select count(*) from event_publication where completion_date is null and serialized_event like ?")
				.param("%" + notice.noticeId() + "%")
				.query(Long.class)
				.single() == 0);
		return notice;
	}

	protected long inboxEntries(UUID noticeId) {
		return jdbc.sql("select count(*) from notification_inbox where notice_id = ?").param(noticeId).query(Long.class).single();
	}
}
