package org.ecooversight.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.ecooversight.ledger.ChasingDeadlines;
import org.ecooversight.shared.ChinaTime;
import org.ecooversight.support.AssignedProblems;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The deadline sweep's benchmark (not a timed test: it asserts nothing about speed). It fills the
 * ledger with open problems through the use cases, most with a deadline far off and some whose
 * reminder letter is due at once, then measures: the sweep when nothing is due (as the ledger
 * grows: it should not grow with it), and the sweep that issues every due reminder. Prints a table.
 * <p>
 * Run: {@code ./mvnw -Pbenchmark test -Dtest=ChaseBenchmark -Dbench.chase.open=100000 -Dbench.chase.due=10000}
 * ({@code -Dbench.runs=h2,pg}).
 */
@Tag("benchmark")
class ChaseBenchmark {

	static final int OPEN = Integer.getInteger("bench.chase.open", 100_000);
	static final int DUE = Integer.getInteger("bench.chase.due", 10_000);
	static final int THREADS = Integer.getInteger("bench.threads", 4);
	static final int IDLE_RUNS = 20;

	record Row(String database, String what, long openProblems, long due, double millis, String note) {
	}

	@Test
	void run() throws Exception {
		List<Row> rows = new ArrayList<>();
		List<String> runs = List.of(System.getProperty("bench.runs", "h2,pg").split(","));
		if (runs.contains("h2")) {
			Path h2 = Files.createTempDirectory("eco-chase-h2");
			measure("H2 file", BenchmarkDatabases.h2File(h2), "sa", rows);
		}
		if (runs.contains("pg")) {
			try (EmbeddedPostgres pg = BenchmarkDatabases.postgres()) {
				measure("PostgreSQL 17", pg.getJdbcUrl("postgres", "postgres"), "postgres", rows);
			}
		}
		System.out.println();
		System.out.printf("Deadline sweep: %d open problems, %d of them due at once; %d threads for seeding, %s sweep threads; %d cores%n",
				OPEN, DUE, THREADS, System.getProperty("bench.chase.threads", "2"), Runtime.getRuntime().availableProcessors());
		System.out.println("| database | sweep | open problems | due | time | note |");
		System.out.println("| --- | --- | --- | --- | --- | --- |");
		for (Row r : rows) {
			System.out.printf("| %s | %s | %d | %d | %.1f ms | %s |%n", r.database(), r.what(), r.openProblems(), r.due(),
					r.millis(), r.note());
		}
	}

	private void measure(String database, String url, String user, List<Row> rows) throws Exception {
		List<String> args = new ArrayList<>(List.of("--db-scheduler.enabled=false", "--eco.demo.sample-problems=false",
				"--eco.ledger.chase-threads=" + System.getProperty("bench.chase.threads", "2")));
		// further platform options, e.g. -Dbench.args=--spring.task.execution.pool.core-size=2
		Arrays.stream(System.getProperty("bench.args", "").split(" ")).filter(a -> !a.isBlank()).forEach(args::add);
		try (ConfigurableApplicationContext app = LifecycleBenchmark.start(url, user, "", false, args.toArray(String[]::new))) {
			ChasingDeadlines chase = app.getBean(ChasingDeadlines.class);
			JdbcClient jdbc = app.getBean(JdbcClient.class);
			LocalDate today = LocalDate.now(ChinaTime.ZONE);
			rows.add(idle(database, chase, jdbc));

			int far = OPEN - DUE;
			int half = far / 2;
			seed(app, half, today.plusDays(90), database, "far");
			rows.add(idle(database, chase, jdbc));
			seed(app, far - half, today.plusDays(90), database, "far");
			rows.add(idle(database, chase, jdbc));

			// the letter falls 3 working days before the deadline: due at once
			seed(app, DUE, today.plusDays(1), database, "due");
			LifecycleBenchmark.drain(app);
			long open = open(jdbc);
			long due = jdbc.sql("select count(*) from problem where next_timer_at <= current_timestamp").query(Long.class).single();
			long before = reminders(jdbc);
			long t0 = System.nanoTime();
			ChasingDeadlines.Sweep sweep = chase.sweep();
			double ms = (System.nanoTime() - t0) / 1e6;
			long issued = reminders(jdbc) - before;
			rows.add(new Row(database, "issue every due step", open, due, ms, String.format(
					"%d reminders issued (%.0f/s), %d failed", issued, issued / (ms / 1000), sweep.failed())));
			long d0 = System.nanoTime();
			LifecycleBenchmark.drain(app);
			System.out.printf("%s: the %d notices were delivered to inboxes %.1f s after the sweep%n", database, issued,
					(System.nanoTime() - d0) / 1e9);
			rows.add(idle(database, chase, jdbc));
		}
	}

	private static void seed(ConfigurableApplicationContext app, int count, LocalDate deadline, String database,
			String what) throws Exception {
		long t0 = System.nanoTime();
		AssignedProblems.seed(app, count, deadline, THREADS);
		System.out.printf("%s: seeded %d %s problems in %.1f s%n", database, count, what, (System.nanoTime() - t0) / 1e9);
	}

	/** The median of {@value #IDLE_RUNS} sweeps that find nothing due. */
	private static Row idle(String database, ChasingDeadlines chase, JdbcClient jdbc) {
		chase.sweep();
		double[] ms = new double[IDLE_RUNS];
		for (int i = 0; i < IDLE_RUNS; i++) {
			long t0 = System.nanoTime();
			chase.sweep();
			ms[i] = (System.nanoTime() - t0) / 1e6;
		}
		Arrays.sort(ms);
		return new Row(database, "nothing due (median of " + IDLE_RUNS + ")", open(jdbc), 0, ms[IDLE_RUNS / 2],
				String.format("min %.2f ms, max %.2f ms", ms[0], ms[IDLE_RUNS - 1]));
	}

	private static long open(JdbcClient jdbc) {
		return jdbc.sql("select count(*) from problem where status in ('ASSIGNED', 'RECTIFYING')").query(Long.class).single();
	}

	private static long reminders(JdbcClient jdbc) {
		return jdbc.sql("select count(*) from audit_event where event_type = 'ReminderIssued'").query(Long.class).single();
	}
}
