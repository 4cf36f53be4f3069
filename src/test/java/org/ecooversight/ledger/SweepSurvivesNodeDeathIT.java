package org.ecooversight.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.ecooversight.support.PackagedPlatform;
import org.ecooversight.support.PackagedPlatform.Answer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The deadline sweep survives the death of the node running it: two instances of the packaged
 * application on one PostgreSQL, some hundreds of reminders due at once; the instance holding the
 * sweep (the {@code picked_by} of its execution) is killed with SIGKILL once the sweep has issued some
 * reminders and not all, and the other instance finishes the sweep within the time application.yml's
 * heartbeat settings promise (50 s, docs/adr/0009; asserted with a margin: 90 s). Every due step is
 * then in the record exactly once.
 *
 * <p>The instances sweep every 10 minutes here ({@code eco.ledger.chase-sweep}), so that the sweep
 * runs when the test says so (after the seeding) and any reminder issued after the kill comes from
 * the take-over, not from a regular sweep.
 */
@DisplayName("节点宕机后扫描由其他节点接管 / the sweep survives the death of its node")
class SweepSurvivesNodeDeathIT {

	private static final String SWEEP = "ledger-chase-sweep";
	private static final int REMINDERS = Integer.getInteger("it.sweep.reminders", 400);
	private static final Duration PROMISED = Duration.ofSeconds(90);
	private static final Duration START = Duration.ofMinutes(3);

	@Test
	@DisplayName("持有扫描的实例在扫描中途被kill -9：另一实例在90秒内接管，每个到期提醒恰好发出一次")
	void aLiveNodeTakesOverTheSweepOfADeadOne() throws Exception {
		Path home = Files.createTempDirectory("eco-sweep");
		try (EmbeddedPostgres pg = PackagedPlatform.postgres()) {
			DataSource db = pg.getPostgresDatabase();
			Map<String, String> env = PackagedPlatform.postgresEnvironment(pg);
			Map<String, PackagedPlatform> nodes = new ConcurrentHashMap<>();
			try {
				PackagedPlatform a = node("node-a", home, env).awaitHealthy(START);
				nodes.put("node-a", a);
				// the sweep a node runs at its start has run (nothing was due); the next is 10 minutes away
				awaitSweepScheduledLater(db);
				// the second node starts while the first receives the problems
				ExecutorService starting = Executors.newSingleThreadExecutor();
				Future<PackagedPlatform> b = starting.submit(() -> node("node-b", home, env).awaitHealthy(START));
				List<String> problems = seed(a, REMINDERS);
				nodes.put("node-b", b.get());
				starting.shutdown();
				assertThat(reminders(db)).as("nothing issued before the sweep").isEmpty();

				// The sweep falls due now: whichever node polls first takes it.
				SchedulerClient scheduler = SchedulerClient.Builder.create(db).build();
				assertThat(scheduler.reschedule(TaskInstanceId.of(SWEEP, RecurringTask.INSTANCE), Instant.now())).isTrue();
				String holder = awaitSomeIssued(db);
				PackagedPlatform dying = nodes.get(holder);
				dying.kill();
				Instant death = Instant.now();
				Thread.sleep(1000);
				int issuedByTheDead = total(reminders(db));
				assertThat(issuedByTheDead).as("the kill landed mid-sweep: some reminders issued, not all")
					.isPositive()
					.isLessThan(REMINDERS);

				// The survivor finds the dead execution and finishes the sweep.
				String survivor = holder.equals("node-a") ? "node-b" : "node-a";
				Instant deadline = death.plus(PROMISED);
				while (total(reminders(db)) < REMINDERS && Instant.now().isBefore(deadline)) {
					Thread.sleep(500);
				}
				Duration took = Duration.between(death, Instant.now());
				Map<String, Integer> issued = reminders(db);
				System.out.printf("sweep of %d reminders: %d issued by %s before its death, the rest by %s %d s after it%n",
						REMINDERS, issuedByTheDead, holder, survivor, took.toSeconds());
				assertThat(total(issued)).as("reminders issued %s after the death of %s (survivor's log: %s)", took, holder,
						nodes.get(survivor).logTail())
					.isEqualTo(REMINDERS);
				assertThat(issued.keySet()).containsExactlyInAnyOrderElementsOf(problems);
				assertThat(issued.values()).as("each due step exactly once").allMatch(n -> n == 1);
				assertThat(nodes.get(survivor).isAlive()).isTrue();
			}
			finally {
				for (PackagedPlatform node : nodes.values()) {
					node.close();
				}
			}
		}
	}

	private static PackagedPlatform node(String name, Path home, Map<String, String> env) throws java.io.IOException {
		return PackagedPlatform.start("sweep-" + name, home, env, "--spring.profiles.active=postgres",
				"--db-scheduler.scheduler-name=" + name, "--eco.ledger.chase-sweep=PT10M");
	}

	/**
	 * {@code count} problems through the API as the desk and the task force handle them: a hotline
	 * lead, accepted, assigned with tomorrow as the deadline, so the ladder's first step (the letter,
	 * 3 working days before) is due at once and its next (on site, after the deadline) is not.
	 */
	private static List<String> seed(PackagedPlatform node, int count) throws Exception {
		LocalDate tomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1);
		ExecutorService desk = Executors.newFixedThreadPool(8);
		try {
			List<Future<String>> futures = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				int n = i;
				futures.add(desk.submit(() -> {
					Answer lead = node.post("/api/v1/leads", "office", "sweep-" + n,
							"{\"channel\":\"HOTLINE_12369\",\"description\":\"池河镇某料场扬尘（接管测试第" + n
									+ "件）\",\"townCode\":\"610922104\",\"pollutionTypes\":[\"AIR\"],\"reporter\":{\"anonymous\":true}}");
					assertThat(lead.status()).as(lead.body()).isEqualTo(201);
					Answer problem = node.post("/api/v1/leads/" + lead.text("id") + "/accept", "taskforce", null, "{}");
					assertThat(problem.status()).as(problem.body()).isBetween(200, 201);
					String id = problem.text("id");
					Answer assigned = node.post("/api/v1/problems/" + id + "/assign", "taskforce", null,
							"{\"requirements\":\"限期整改\",\"deadline\":\"" + tomorrow + "\"}");
					assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
					return id;
				}));
			}
			List<String> ids = new ArrayList<>();
			for (Future<String> f : futures) {
				ids.add(f.get());
			}
			return ids;
		}
		finally {
			desk.shutdown();
		}
	}

	private static void awaitSweepScheduledLater(DataSource db) throws Exception {
		Instant deadline = Instant.now().plus(START);
		while (Instant.now().isBefore(deadline)) {
			try (Connection c = db.getConnection();
					PreparedStatement q = c.prepareStatement(
							"select execution_time from scheduled_tasks where task_name = ? and picked = false")) {
				q.setString(1, SWEEP);
				try (ResultSet rs = q.executeQuery()) {
					if (rs.next() && rs.getTimestamp(1).toInstant().isAfter(Instant.now().plus(Duration.ofMinutes(5)))) {
						return;
					}
				}
			}
			Thread.sleep(200);
		}
		throw new AssertionError("the sweep at the start of the first node did not run");
	}

	/** Waits until the sweep has issued a first reminder; returns the node holding it. */
	private static String awaitSomeIssued(DataSource db) throws Exception {
		Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
		String holder = null;
		while (Instant.now().isBefore(deadline)) {
			try (Connection c = db.getConnection()) {
				try (PreparedStatement q = c.prepareStatement("select picked_by from scheduled_tasks where task_name = ? and picked = true")) {
					q.setString(1, SWEEP);
					try (ResultSet rs = q.executeQuery()) {
						holder = rs.next() ? rs.getString(1) : null;
					}
				}
				if (holder != null && count(c) > 0) {
					return holder;
				}
			}
			Thread.sleep(20);
		}
		throw new AssertionError("the sweep did not start, or issued everything before it could be caught (held by "
				+ holder + "); raise -Dit.sweep.reminders");
	}

	private static int count(Connection c) throws Exception {
		try (PreparedStatement q = c.prepareStatement("select count(*) from audit_event where event_type = 'ReminderIssued'");
				ResultSet rs = q.executeQuery()) {
			rs.next();
			return rs.getInt(1);
		}
	}

	/** ReminderIssued events in the record, per problem (the problem's stream). */
	private static Map<String, Integer> reminders(DataSource db) throws Exception {
		Map<String, Integer> counts = new HashMap<>();
		try (Connection c = db.getConnection();
				PreparedStatement q = c.prepareStatement(
						"select stream_id, count(*) from audit_event where event_type = 'ReminderIssued' group by stream_id");
				ResultSet rs = q.executeQuery()) {
			while (rs.next()) {
				counts.put(rs.getString(1), rs.getInt(2));
			}
		}
		return counts;
	}

	private static int total(Map<String, Integer> counts) {
		return counts.values().stream().mapToInt(Integer::intValue).sum();
	}
}
