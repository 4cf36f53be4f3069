package org.ecooversight.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.ecooversight.support.PackagedPlatform;
import org.ecooversight.support.PackagedPlatform.Answer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A 2xx answer means it is on disk: the packaged application, receiving a burst of leads from the
 * intake desk and from the public on 8 threads, is killed with SIGKILL in the middle of it and started
 * again on the same data. Every lead answered 201 is there (the desk reads it, the citizen's tracking
 * code finds it), a retry under the same Idempotency-Key gives back the same lead, and the record
 * still verifies. On the embedded default (H2 file, the URL application.yml ships, in a fresh working
 * directory) and on PostgreSQL.
 */
@DisplayName("已受理即已落盘 / kill -9 during an intake burst loses nothing acknowledged")
class AcknowledgedIntakeSurvivesKillIT {

	private static final Duration START = Duration.ofMinutes(3);
	private static final int THREADS = 8;
	/** Acknowledged leads before the kill (a burst of a few seconds). */
	private static final int BEFORE_KILL = Integer.getInteger("it.crash.acknowledged", 120);
	private static final String[] ARGS = { "--eco.portal.reports-per-hour=100000" };

	@Test
	@DisplayName("内置H2文件库：kill -9 后所有已回201的线索都在，重试返回原线索，留痕验证完好")
	void onTheEmbeddedDefault() throws Exception {
		Path home = Files.createTempDirectory("eco-crash-h2");
		scenario("crash-h2", () -> PackagedPlatform.start(next("crash-h2"), home, Map.of(), ARGS));
	}

	@Test
	@DisplayName("PostgreSQL：kill -9 后所有已回201的线索都在，重试返回原线索，留痕验证完好")
	void onPostgres() throws Exception {
		Path home = Files.createTempDirectory("eco-crash-pg");
		try (EmbeddedPostgres pg = PackagedPlatform.postgres()) {
			scenario("crash-pg", () -> PackagedPlatform.start(next("crash-pg"), home, PackagedPlatform.postgresEnvironment(pg),
					concat(ARGS, "--spring.profiles.active=postgres")));
		}
	}

	interface Launch {

		PackagedPlatform start() throws IOException;
	}

	/** One request of the burst and what became of it. */
	record Submission(String key, boolean fromPublic, String body) {

		String path() {
			return fromPublic ? "/api/v1/public/leads" : "/api/v1/leads";
		}

		String user() {
			return fromPublic ? null : "office";
		}
	}

	record Acknowledged(Submission submission, String leadId, String trackingCode, long atNanos) {
	}

	private void scenario(String name, Launch launch) throws Exception {
		Queue<Acknowledged> acknowledged = new ConcurrentLinkedQueue<>();
		Queue<Submission> cutOff = new ConcurrentLinkedQueue<>();
		AtomicInteger inFlight = new AtomicInteger();
		AtomicBoolean killed = new AtomicBoolean();
		AtomicLong killedAt = new AtomicLong();
		int inFlightAtKill;
		try (PackagedPlatform first = launch.start().awaitHealthy(START)) {
			ExecutorService clients = Executors.newFixedThreadPool(THREADS);
			List<Future<?>> burst = new ArrayList<>();
			AtomicInteger sequence = new AtomicInteger();
			for (int t = 0; t < THREADS; t++) {
				burst.add(clients.submit(() -> {
					while (!killed.get()) {
						int n = sequence.incrementAndGet();
						Submission s = submission(name, n);
						inFlight.incrementAndGet();
						try {
							Answer answer = first.post(s.path(), s.user(), s.key(), s.body());
							assertThat(answer.status()).as("%s: %s", s, answer.body()).isEqualTo(201);
							acknowledged.add(new Acknowledged(s, answer.text("id"), answer.text("trackingCode"), System.nanoTime()));
						}
						catch (IOException cut) {
							// the process died under this request: whether it was stored is unknown to the client
							cutOff.add(s);
							return null;
						}
						finally {
							inFlight.decrementAndGet();
						}
					}
					return null;
				}));
			}
			long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
			while (acknowledged.size() < BEFORE_KILL || inFlight.get() == 0) {
				assertThat(System.nanoTime()).as("%d leads acknowledged within 2 minutes", BEFORE_KILL).isLessThan(deadline);
				Thread.sleep(1);
			}
			inFlightAtKill = inFlight.get();
			killedAt.set(System.nanoTime());
			first.kill();
			killed.set(true);
			for (Future<?> client : burst) {
				client.get(2, TimeUnit.MINUTES);
			}
			clients.shutdown();
		}
		// The kill landed while requests were being answered: some in flight, the last 201 only just sent
		// (well inside the half second H2 used to keep commits in memory).
		assertThat(inFlightAtKill).as("requests in flight at the kill").isPositive();
		long lastAcknowledgement = acknowledged.stream()
			.filter(a -> a.atNanos() <= killedAt.get())
			.mapToLong(Acknowledged::atNanos)
			.max()
			.orElseThrow();
		assertThat(Duration.ofNanos(killedAt.get() - lastAcknowledgement)).isLessThan(Duration.ofMillis(500));

		try (PackagedPlatform restarted = launch.start().awaitHealthy(START)) {
			for (Acknowledged a : acknowledged) {
				Submission s = a.submission();
				if (s.fromPublic()) {
					assertThat(restarted.get("/api/v1/public/leads/" + a.trackingCode(), null).status())
						.as("the citizen's tracking code %s after the restart", a.trackingCode())
						.isEqualTo(200);
				}
				else {
					Answer lead = restarted.get("/api/v1/leads/" + a.leadId(), "office");
					assertThat(lead.status()).as("lead %s, answered 201 before the kill", a.leadId()).isEqualTo(200);
					assertThat(lead.text("trackingCode")).isEqualTo(a.trackingCode());
				}
				Answer retry = restarted.post(s.path(), s.user(), s.key(), s.body());
				assertThat(retry.status()).as("a retry of %s", s.key()).isEqualTo(200);
				assertThat(retry.text("id")).as("a retry of %s gives back the original lead", s.key()).isEqualTo(a.leadId());
			}
			// A request cut off by the kill may or may not have been stored: retried, it is stored once.
			for (Submission s : cutOff) {
				Answer retry = restarted.post(s.path(), s.user(), s.key(), s.body());
				assertThat(retry.status()).as("a retry of %s cut off by the kill: %s", s.key(), retry.body()).isIn(200, 201);
				Answer again = restarted.post(s.path(), s.user(), s.key(), s.body());
				assertThat(again.status()).isEqualTo(200);
				assertThat(again.text("id")).isEqualTo(retry.text("id"));
			}
			Answer verification = restarted.get("/api/v1/audit/verification", "auditadmin");
			assertThat(verification.status()).isEqualTo(200);
			assertThat(verification.text("status")).as(verification.body()).isEqualTo("INTACT");
		}
		System.out.printf("%s: %d acknowledged before the kill, %d cut off by it, %d in flight at the kill%n", name,
				acknowledged.size(), cutOff.size(), inFlightAtKill);
	}

	private static Submission submission(String run, int n) {
		String key = run + "-" + n + "-" + UUID.randomUUID().toString().substring(0, 8);
		boolean fromPublic = n % 3 == 0;
		String body = "{\"channel\":\"HOTLINE_12369\",\"description\":\"崩溃测试：池河镇某石料厂夜间粉尘 " + key
				+ "\",\"townCode\":\"610922104\",\"pollutionTypes\":[\"AIR\"],\"reporter\":{\"anonymous\":true}}";
		return new Submission(key, fromPublic, body);
	}

	private static final Map<String, AtomicInteger> STARTS = new java.util.concurrent.ConcurrentHashMap<>();

	/** crash-h2-1 for the first process, crash-h2-2 for the restart: one log each. */
	private static String next(String name) {
		return name + "-" + STARTS.computeIfAbsent(name, k -> new AtomicInteger()).incrementAndGet();
	}

	private static String[] concat(String[] a, String... b) {
		String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, all, a.length, b.length);
		return all;
	}
}
