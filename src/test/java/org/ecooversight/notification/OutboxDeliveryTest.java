package org.ecooversight.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.ecooversight.identity.User;
import org.ecooversight.shared.NoticeIssued;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * E-mails and texts leave through the outbox: an in-process SMTP server (GreenMail) and an SMS
 * gateway (the JDK's HTTP server) stand in for the real ones; the test moves the clock and drives
 * the dispatcher itself, so retries and back-off are checked without waiting. The mail and SMS
 * settings make this context its own; it is closed after the class, while the database is still
 * up (at the JVM's exit, the embedded PostgreSQL would stop under it and hold the exit up).
 */
@DirtiesContext
@DisplayName("邮件与短信发件箱 / the outbox")
class OutboxDeliveryTest extends NoticeFixtures {

	static final int SMTP_PORT = freePort();
	static final String TOKEN = "sms-test-token";
	static final List<SmsRequest> texts = new CopyOnWriteArrayList<>();
	static volatile int gatewayStatus = 200;
	static final HttpServer gateway = gateway();

	@RegisterExtension
	static final GreenMailExtension mail = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
		.withPerMethodLifecycle(true);

	@DynamicPropertySource
	static void mailServerAndGateway(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP_PORT);
		registry.add("eco.notification.base-url", () -> "https://eco.shiquan.example.gov.cn/");
		registry.add("eco.notification.sms.enabled", () -> "true");
		registry.add("eco.notification.sms.url", () -> "http://127.0.0.1:" + gateway.getAddress().getPort() + "/sms");
		registry.add("eco.notification.sms.token", () -> TOKEN);
	}

	@Autowired
	DispatchingOutbox outbox;

	record SmsRequest(String authorization, String contentType, String body) {
	}

	@BeforeEach
	void gatewayAccepts() {
		gatewayStatus = 200;
	}

	@AfterAll
	static void stopGateway() {
		gateway.stop(0);
	}

	@Test
	@DisplayName("通知发给单位：本单位有邮箱的用户各收到一封中文邮件，有手机号的收到一条短信（带令牌）；重复投递不重复发送")
	void aNoticeToAUnitIsMailedAndTextedToItsUsersOnce() throws Exception {
		UUID unit = aUnit();
		User both = aUser(unit, anEmail(), aMobile());
		User mailOnly = aUser(unit, anEmail(), null);
		aUser(unit, null, null);
		NoticeIssued notice = issue(aReminder(List.of(unit), List.of()));
		assertThat(statuses(notice)).containsExactlyInAnyOrder("EMAIL PENDING", "EMAIL PENDING", "SMS PENDING");

		assertThat(outbox.dispatchDue()).isGreaterThanOrEqualTo(3);
		assertThat(statuses(notice)).containsExactlyInAnyOrder("EMAIL SENT", "EMAIL SENT", "SMS SENT");
		for (User user : List.of(both, mailOnly)) {
			List<MimeMessage> received = mailsTo(user.email());
			assertThat(received).hasSize(1);
			MimeMessage message = received.get(0);
			assertThat(message.getSubject()).isEqualTo("督办提醒：池河镇料场扬尘问题整改期限将至");
			assertThat(message.getContent().toString()).contains("整改期限为 2026 年 12 月 31 日", "编号：SQ-2026-000123",
					"办理入口：https://eco.shiquan.example.gov.cn" + notice.link());
			assertThat(message.getFrom()[0].toString()).contains("noreply@eco-oversight.example.gov.cn");
		}
		List<SmsRequest> sent = textsTo(both.mobile());
		assertThat(sent).hasSize(1);
		assertThat(sent.get(0).authorization()).isEqualTo("Bearer " + TOKEN);
		assertThat(sent.get(0).contentType()).startsWith("application/json");
		JsonNode text = json.readTree(sent.get(0).body());
		assertThat(text.path("text").asString()).isEqualTo("【生态环境监督】督办提醒：池河镇料场扬尘问题整改期限将至，请登录平台查看。");
		assertThat(text.path("reference").asString()).isEqualTo(outboxId(notice, "SMS"));

		// Delivered again (a retry of the publication): nothing new is queued or sent.
		issue(notice);
		clock.advance(Duration.ofHours(1));
		outbox.dispatchDue();
		assertThat(statuses(notice)).hasSize(3);
		assertThat(mailsTo(both.email())).hasSize(1);
		assertThat(textsTo(both.mobile())).hasSize(1);
	}

	@Test
	@DisplayName("邮件服务器停机：邮件保持待发送，记录次数和原因，按 1、2 分钟退避；恢复后送达且只送达一次")
	void whileTheMailServerIsDownTheMailWaitsAndIsDeliveredOnceItIsBack() throws Exception {
		mail.stop();
		User user = aUser(aUnit(), anEmail(), null);
		NoticeIssued notice = issue(aReminder(List.of(), List.of(user.username())));

		outbox.dispatchDue();
		Row row = row(notice, "EMAIL");
		assertThat(row.status()).isEqualTo("PENDING");
		assertThat(row.attempts()).isEqualTo(1);
		assertThat(row.lastError()).isNotBlank();
		assertThat(Duration.between(clock.instant(), row.nextAttemptAt())).isCloseTo(Duration.ofMinutes(1), Duration.ofMillis(1));

		outbox.dispatchDue();
		assertThat(row(notice, "EMAIL").attempts()).as("not due yet").isEqualTo(1);
		clock.advance(Duration.ofMinutes(1));
		outbox.dispatchDue();
		row = row(notice, "EMAIL");
		assertThat(row.attempts()).isEqualTo(2);
		assertThat(Duration.between(clock.instant(), row.nextAttemptAt())).isCloseTo(Duration.ofMinutes(2), Duration.ofMillis(1));

		mail.start();
		clock.advance(Duration.ofMinutes(1));
		outbox.dispatchDue();
		assertThat(mailsTo(user.email())).as("still waiting out the back-off").isEmpty();
		clock.advance(Duration.ofMinutes(1));
		outbox.dispatchDue();
		row = row(notice, "EMAIL");
		assertThat(row.status()).isEqualTo("SENT");
		assertThat(row.attempts()).isEqualTo(3);
		assertThat(row.lastError()).isNull();
		clock.advance(Duration.ofHours(6));
		outbox.dispatchDue();
		assertThat(mailsTo(user.email())).hasSize(1);
		assertThat(mailsTo(user.email()).get(0).getSubject()).isEqualTo(notice.title());
	}

	@Test
	@DisplayName("短信网关返回 500：稍后重试，网关恢复后发出一条")
	void aTextTheGatewayRefusesIsRetried() throws Exception {
		User user = aUser(aUnit(), null, aMobile());
		NoticeIssued notice = issue(aReminder(List.of(), List.of(user.username())));
		gatewayStatus = 500;
		outbox.dispatchDue();
		Row row = row(notice, "SMS");
		assertThat(row.status()).isEqualTo("PENDING");
		assertThat(row.lastError()).contains("500");

		gatewayStatus = 200;
		clock.advance(Duration.ofMinutes(1));
		outbox.dispatchDue();
		assertThat(row(notice, "SMS").status()).isEqualTo("SENT");
		assertThat(textsTo(user.mobile())).hasSize(2);
		assertThat(json.readTree(textsTo(user.mobile()).get(1).body()).path("to").asString()).isEqualTo(user.mobile());
	}

	@Test
	@DisplayName("连续 8 次发送失败（退避 1、2、4……64 分钟）后标记为发送失败，保留并仅对系统管理员可见")
	void afterTheLastAttemptAMessageIsFailedAndShownToTheSystemAdministrator() throws Exception {
		User user = aUser(aUnit(), null, aMobile());
		NoticeIssued notice = issue(aReminder(List.of(), List.of(user.username())));
		gatewayStatus = 503;
		for (int attempt = 1; attempt < 8; attempt++) {
			outbox.dispatchDue();
			Row row = row(notice, "SMS");
			assertThat(row.status()).isEqualTo("PENDING");
			assertThat(row.attempts()).isEqualTo(attempt);
			Duration wait = Duration.ofMinutes(1L << (attempt - 1));
			assertThat(Duration.between(clock.instant(), row.nextAttemptAt())).isCloseTo(wait, Duration.ofMillis(1));
			clock.advance(wait);
		}
		outbox.dispatchDue();
		Row failed = row(notice, "SMS");
		assertThat(failed.status()).isEqualTo("FAILED");
		assertThat(failed.attempts()).isEqualTo(8);
		assertThat(textsTo(user.mobile())).hasSize(8);
		clock.advance(Duration.ofDays(1));
		outbox.dispatchDue();
		assertThat(textsTo(user.mobile())).as("given up").hasSize(8);

		Response listed = get("sysadmin", "/api/v1/notifications/outbox?status=FAILED&size=100");
		assertThat(listed.status()).isEqualTo(200);
		assertThat(listed.raw()).contains(failed.id().toString(), "SMS gateway answered 503", "发送失败");
		assertThat(get(user.username(), "/api/v1/notifications/outbox?status=FAILED").status()).isEqualTo(403);
		assertThat(get("taskforce", "/api/v1/notifications/outbox").status()).isEqualTo(403);
	}

	@Test
	@DisplayName("两个实例同时发送发件箱：每条短信只发一次")
	void twoDispatchersAtOnceSendEachMessageOnce() throws Exception {
		UUID unit = aUnit();
		List<User> users = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			users.add(aUser(unit, null, aMobile()));
		}
		NoticeIssued notice = issue(aReminder(List.of(unit), List.of()));
		ExecutorService instances = Executors.newFixedThreadPool(2);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Integer>> sent = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				sent.add(instances.submit(() -> {
					start.await();
					return outbox.dispatchDue();
				}));
			}
			start.countDown();
			int total = 0;
			for (Future<Integer> each : sent) {
				total += each.get(30, TimeUnit.SECONDS);
			}
			assertThat(total).isGreaterThanOrEqualTo(12);
		}
		finally {
			instances.shutdownNow();
		}
		assertThat(statuses(notice)).hasSize(12).containsOnly("SMS SENT");
		for (User user : users) {
			assertThat(textsTo(user.mobile())).as(user.mobile()).hasSize(1);
		}
	}

	record Row(UUID id, String status, int attempts, Instant nextAttemptAt, String lastError) {
	}

	private Row row(NoticeIssued notice, String channel) {
		return jdbc.sql("select id, status, attempts, next_attempt_at, last_error from notification_outbox where notice_id = ? and channel = ?")
			.params(notice.noticeId(), channel)
			.query((rs, i) -> new Row(rs.getObject("id", UUID.class), rs.getString("status"), rs.getInt("attempts"),
					rs.getTimestamp("next_attempt_at").toInstant(), rs.getString("last_error")))
			.single();
	}

	private List<String> statuses(NoticeIssued notice) {
		return jdbc.sql("select channel, status from notification_outbox where notice_id = ?")
			.param(notice.noticeId())
			.query((rs, i) -> rs.getString(1) + " " + rs.getString(2))
			.list();
	}

	private String outboxId(NoticeIssued notice, String channel) {
		return row(notice, channel).id().toString();
	}

	private static List<MimeMessage> mailsTo(String address) {
		return Arrays.stream(mail.getReceivedMessages()).filter(m -> {
			try {
				return Arrays.stream(m.getRecipients(RecipientType.TO)).anyMatch(a -> a.toString().equals(address));
			}
			catch (MessagingException e) {
				throw new IllegalStateException(e);
			}
		}).toList();
	}

	private List<SmsRequest> textsTo(String mobile) {
		return texts.stream().filter(t -> json.readTree(t.body()).path("to").asString().equals(mobile)).toList();
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The SMS gateway: records each request and answers with the status the test chose. */
	private static HttpServer gateway() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			server.createContext("/sms", exchange -> {
				String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
				texts.add(new SmsRequest(exchange.getRequestHeaders().getFirst("Authorization"),
						exchange.getRequestHeaders().getFirst("Content-Type"), body));
				exchange.sendResponseHeaders(gatewayStatus, -1);
				exchange.close();
			});
			server.start();
			return server;
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
