package org.ecooversight.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.ecooversight.EcoOversightApplication;
import org.ecooversight.intake.Channel;
import org.ecooversight.intake.ReceivingLead;
import org.ecooversight.intake.ReceivingLead.ReceiveLead;
import org.ecooversight.intake.ReporterContact;
import org.ecooversight.ledger.AcceptingLead;
import org.ecooversight.ledger.AcceptingLead.AcceptLead;
import org.ecooversight.ledger.AssigningProblem;
import org.ecooversight.ledger.AssigningProblem.AssignProblem;
import org.ecooversight.ledger.ClosingProblem;
import org.ecooversight.ledger.ClosingProblem.CloseProblem;
import org.ecooversight.ledger.EvaluatingRectification;
import org.ecooversight.ledger.EvaluatingRectification.EvaluateRectification;
import org.ecooversight.ledger.ProblemId;
import org.ecooversight.ledger.ReportingProgress;
import org.ecooversight.ledger.ReportingProgress.ReportProgress;
import org.ecooversight.ledger.RequestingClosure;
import org.ecooversight.ledger.RequestingClosure.RequestClosure;
import org.ecooversight.ledger.Verdict;
import org.ecooversight.organisation.Organisation;
import org.ecooversight.shared.Actor;
import org.ecooversight.shared.Role;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The lifecycle benchmark (not a timed test: it asserts nothing about speed). It drives N full
 * lifecycles (intake, accept, assign, progress report, closure request, evaluation, close; every
 * step recorded in the hash-chained record) through the application layer on the embedded default
 * (H2 file database) and on PostgreSQL, and through HTTP, and prints a table. Both databases are as
 * durable as users run them ({@link BenchmarkDatabases}): H2 with application.yml's own options,
 * PostgreSQL with synchronous commits.
 * <p>
 * Run: {@code ./mvnw -Pbenchmark test} (N with {@code -Dbench.lifecycles=2000}, threads with
 * {@code -Dbench.threads=4}).
 */
@Tag("benchmark")
class LifecycleBenchmark {

	static final int LIFECYCLES = Integer.getInteger("bench.lifecycles", 2000);
	static final int THREADS = Integer.getInteger("bench.threads", 4);
	static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
	static final int WARM_UP = Integer.getInteger("bench.warmup", 6000);
	static final int HTTP_LIFECYCLES = Integer.getInteger("bench.http.lifecycles", LIFECYCLES / 2);
	static final String[] STEPS = { "intake", "accept", "assign", "progress", "closure-request", "evaluation", "close" };
	static final String CHIHE = "610922104";

	@Test
	void run() throws Exception {
		List<Result> results = new ArrayList<>();
		List<String> runs = List.of(System.getProperty("bench.runs", "h2,pg,http").split(","));
		if (runs.contains("h2")) {
			Path h2 = Files.createTempDirectory("eco-bench-h2");
			results.add(applicationLayer("application layer, H2 file (embedded default)", BenchmarkDatabases.h2File(h2), "sa", ""));
		}
		if (runs.contains("pg")) {
			try (EmbeddedPostgres pg = BenchmarkDatabases.postgres()) {
				results.add(applicationLayer("application layer, PostgreSQL 17 (embedded)",
						pg.getJdbcUrl("postgres", "postgres"), "postgres", ""));
			}
		}
		if (runs.contains("http")) {
			Path h2http = Files.createTempDirectory("eco-bench-http");
			results.add(http("HTTP API (Basic auth), H2 file", BenchmarkDatabases.h2File(h2http)));
		}
		print(results);
	}

	private Result applicationLayer(String name, String url, String user, String password) throws Exception {
		try (ConfigurableApplicationContext app = start(url, user, password, false)) {
			ReceivingLead receiving = app.getBean(ReceivingLead.class);
			AcceptingLead accepting = app.getBean(AcceptingLead.class);
			AssigningProblem assigning = app.getBean(AssigningProblem.class);
			ReportingProgress reporting = app.getBean(ReportingProgress.class);
			RequestingClosure closure = app.getBean(RequestingClosure.class);
			EvaluatingRectification evaluating = app.getBean(EvaluatingRectification.class);
			ClosingProblem closing = app.getBean(ClosingProblem.class);
			Organisation organisation = app.getBean(Organisation.class);
			UUID eeb = organisation.unitByCode("SQ-EEB").orElseThrow().id().value();
			UUID taskForceUnit = organisation.unitByCode("SQ-TASKFORCE").orElseThrow().id().value();
			UUID officeUnit = organisation.unitByCode("SQ-EPC-OFFICE").orElseThrow().id().value();
			Actor office = new Actor("office", officeUnit, Set.of(Role.COMMITTEE_OFFICE));
			Actor taskForce = new Actor("taskforce", taskForceUnit, Set.of(Role.TASK_FORCE_MEMBER));
			Actor branch = new Actor("eeb", eeb, Set.of(Role.DEPARTMENT_HANDLER));
			LocalDate deadline = LocalDate.now().plusDays(15);

			Lifecycle lifecycle = (i, timer) -> {
				var lead = timer.time("intake", () -> receiving.receive(new ReceiveLead(Channel.HOTLINE_12369, null,
						"基准测试：池河镇某厂粉尘污染 " + i, CHIHE, "池河镇某村", null, null, List.of("AIR"), null, null, false,
						new ReporterContact("举报人", "13800000000", null), null), List.of(), null, office).lead());
				ProblemId problem = timer.time("accept",
						() -> accepting.accept(new AcceptLead(lead.id(), null, null, null), taskForce).id());
				timer.time("assign", () -> assigning.assign(new AssignProblem(problem, "限期整改", deadline, null), null, taskForce));
				timer.time("progress", () -> reporting.report(new ReportProgress(problem, "已整改", 100), List.of(), null, branch));
				timer.time("closure-request", () -> closure.request(new RequestClosure(problem, "整改完成"), List.of(), null, branch));
				timer.time("evaluation", () -> evaluating.evaluate(new EvaluateRectification(problem, 90, 90, 90, Verdict.PASS, "合格"), null, taskForce));
				timer.time("close", () -> closing.close(new CloseProblem(problem, "验收合格", null, List.of("专班")), List.of(), null, taskForce));
			};
			Result result = drive(name, lifecycle, LIFECYCLES);
			drain(app);
			return result;
		}
	}

	private Result http(String name, String url) throws Exception {
		try (ConfigurableApplicationContext app = start(url, "sa", "", true)) {
			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			String base = "http://127.0.0.1:" + port + "/api/v1";
			HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
			var json = tools.jackson.databind.json.JsonMapper.builder().build();
			Lifecycle lifecycle = (i, timer) -> {
				String lead = timer.time("intake", () -> id(json, post(client, base + "/leads", "office",
						"{\"channel\":\"HOTLINE_12369\",\"description\":\"基准测试 " + i + "\",\"townCode\":\"" + CHIHE
								+ "\",\"pollutionTypes\":[\"AIR\"],\"reporter\":{\"anonymous\":true}}")));
				String problem = timer.time("accept", () -> id(json, post(client, base + "/leads/" + lead + "/accept", "taskforce", "{}")));
				String p = base + "/problems/" + problem;
				timer.time("assign", () -> post(client, p + "/assign", "taskforce",
						"{\"requirements\":\"限期整改\",\"deadline\":\"" + LocalDate.now().plusDays(15) + "\"}"));
				timer.time("progress", () -> post(client, p + "/progress", "eeb", "{\"content\":\"已整改\",\"percentComplete\":100}"));
				timer.time("closure-request", () -> post(client, p + "/closure-request", "eeb", "{\"summary\":\"整改完成\"}"));
				timer.time("evaluation", () -> post(client, p + "/evaluation", "taskforce",
						"{\"measuresScore\":90,\"progressScore\":90,\"effectScore\":90,\"verdict\":\"PASS\",\"opinion\":\"合格\"}"));
				timer.time("close", () -> post(client, p + "/close", "taskforce", "{\"acceptanceNote\":\"验收合格\",\"inspectors\":[\"专班\"]}"));
			};
			Result result = drive(name, lifecycle, HTTP_LIFECYCLES);
			drain(app);
			return result;
		}
	}

	/**
	 * Waits until the cross-module reactions (duplicate candidates for every lead) have caught up,
	 * so that the next run starts on a quiet machine; prints how long the backlog took.
	 */
	static void drain(ConfigurableApplicationContext app) throws InterruptedException {
		var jdbc = app.getBean(org.springframework.jdbc.core.simple.JdbcClient.class);
		long start = System.nanoTime();
		long open;
		while ((open = jdbc.sql("select count(*) from event_publication where completion_date is null").query(Long.class).single()) > 0
				&& System.nanoTime() - start < 300e9) {
			Thread.sleep(100);
		}
		System.out.printf("async reactions %s %.1f s after the last lifecycle%n",
				open == 0 ? "caught up" : "still " + open + " outstanding", (System.nanoTime() - start) / 1e9);
	}

	private static final Map<String, String> AUTH = new ConcurrentHashMap<>();

	private static String post(HttpClient client, String url, String user, String body) {
		String auth = AUTH.computeIfAbsent(user,
				u -> "Basic " + Base64.getEncoder().encodeToString((u + ":demo1234").getBytes(StandardCharsets.UTF_8)));
		try {
			HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url))
				.header("Content-Type", "application/json")
				.header("Authorization", auth)
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() >= 300) {
				throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
			}
			return response.body();
		}
		catch (java.io.IOException | InterruptedException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String id(tools.jackson.databind.json.JsonMapper json, String body) {
		return json.readTree(body).path("id").asString();
	}

	static ConfigurableApplicationContext start(String url, String user, String password, boolean web, String... extra) {
		Map<String, Object> props = new LinkedHashMap<>();
		props.put("spring.datasource.url", url);
		props.put("spring.datasource.username", user);
		props.put("spring.datasource.password", password);
		props.put("spring.datasource.hikari.maximum-pool-size", THREADS * 2);
		props.put("server.port", 0);
		props.put("logging.level.root", "WARN");
		props.put("spring.main.banner-mode", "off");
		// As command-line arguments: they outrank application.yml (default properties would not).
		List<String> argList = new ArrayList<>(props.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toList());
		argList.addAll(List.of(extra));
		String[] args = argList.toArray(String[]::new);
		return new SpringApplicationBuilder(EcoOversightApplication.class).profiles("benchmark")
			.web(web ? org.springframework.boot.WebApplicationType.SERVLET : org.springframework.boot.WebApplicationType.NONE)
			.run(args);
	}

	interface Lifecycle {

		void run(int i, Timer timer) throws Exception;
	}

	/** Records each step's latency. */
	static final class Timer {

		final Map<String, ConcurrentLinkedQueue<Long>> samples;

		Timer(Map<String, ConcurrentLinkedQueue<Long>> samples) {
			this.samples = samples;
		}

		<T> T time(String step, java.util.concurrent.Callable<T> work) throws Exception {
			long start = System.nanoTime();
			T result = work.call();
			samples.get(step).add(System.nanoTime() - start);
			return result;
		}
	}

	private Result drive(String name, Lifecycle lifecycle, int lifecycles) throws Exception {
		// Warm-up, not counted: the JIT keeps compiling for the first few thousand lifecycles (the
		// rate climbs from about 340/s to 580/s on H2 over the first 12,000), so the rounds start
		// only after WARM_UP lifecycles, run on the same threads as the measurement.
		Map<String, ConcurrentLinkedQueue<Long>> warm = samples();
		int warmUp = lifecycles == HTTP_LIFECYCLES ? WARM_UP / 5 : WARM_UP;
		AtomicInteger warmed = new AtomicInteger();
		ExecutorService warmPool = Executors.newFixedThreadPool(THREADS);
		List<Future<?>> warmers = new ArrayList<>();
		for (int t = 0; t < THREADS; t++) {
			warmers.add(warmPool.submit(() -> {
				int i;
				while ((i = warmed.getAndIncrement()) < warmUp) {
					lifecycle.run(-1 - i, new Timer(warm));
				}
				return null;
			}));
		}
		for (Future<?> warmer : warmers) {
			warmer.get();
		}
		warmPool.shutdown();
		System.gc();
		List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter(p -> p.getType() == MemoryType.HEAP)
			.toList();
		heap.forEach(MemoryPoolMXBean::resetPeakUsage);
		Map<String, ConcurrentLinkedQueue<Long>> samples = samples();
		// Several rounds, each timed on its own: the table shows the median round, so that a moment
		// of noise on a shared machine does not decide the figure (min and max are shown beside it).
		int perRound = Math.max(1, lifecycles / ROUNDS);
		List<Double> rates = new ArrayList<>();
		double total = 0;
		int done = 0;
		for (int round = 0; round < ROUNDS; round++) {
			int count = round == ROUNDS - 1 ? lifecycles - done : perRound;
			int offset = done;
			AtomicInteger next = new AtomicInteger();
			ExecutorService pool = Executors.newFixedThreadPool(THREADS);
			long start = System.nanoTime();
			List<Future<?>> workers = new ArrayList<>();
			for (int t = 0; t < THREADS; t++) {
				workers.add(pool.submit(() -> {
					int i;
					while ((i = next.getAndIncrement()) < count) {
						lifecycle.run(offset + i, new Timer(samples));
					}
					return null;
				}));
			}
			for (Future<?> worker : workers) {
				worker.get();
			}
			double seconds = (System.nanoTime() - start) / 1e9;
			pool.shutdown();
			pool.awaitTermination(10, TimeUnit.SECONDS);
			rates.add(count / seconds);
			total += seconds;
			done += count;
		}
		long peakHeap = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
		return new Result(name, lifecycles, total, samples, peakHeap, rates);
	}

	private static Map<String, ConcurrentLinkedQueue<Long>> samples() {
		Map<String, ConcurrentLinkedQueue<Long>> samples = new LinkedHashMap<>();
		for (String step : STEPS) {
			samples.put(step, new ConcurrentLinkedQueue<>());
		}
		return samples;
	}

	record Result(String name, int lifecycles, double seconds, Map<String, ConcurrentLinkedQueue<Long>> samples,
			long peakHeapBytes, List<Double> roundRates) {

		double median() {
			List<Double> sorted = new ArrayList<>(roundRates);
			sorted.sort(Double::compare);
			return sorted.get(sorted.size() / 2);
		}

		double min() {
			return roundRates.stream().mapToDouble(Double::doubleValue).min().orElse(0);
		}

		double max() {
			return roundRates.stream().mapToDouble(Double::doubleValue).max().orElse(0);
		}

		double percentileMillis(String step, double p) {
			List<Long> sorted = new ArrayList<>(samples.get(step));
			sorted.sort(Long::compare);
			if (sorted.isEmpty()) {
				return 0;
			}
			int index = (int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1);
			return sorted.get(Math.max(0, index)) / 1e6;
		}
	}

	private static void print(List<Result> results) {
		StringBuilder out = new StringBuilder();
		out.append("\nLifecycle benchmark: ").append(LIFECYCLES).append(" lifecycles (HTTP: ").append(HTTP_LIFECYCLES).append("), ").append(THREADS)
			.append(" threads, ").append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ")
			.append(System.getProperty("java.version")).append("\n\n");
		out.append(String.format("| %-46s | %12s | %11s | %13s | %13s |%n", "run", "lifecycles/s", "(min-max)",
				"transitions/s", "peak heap MB"));
		out.append("|").append("-".repeat(48)).append("|").append("-".repeat(14)).append("|").append("-".repeat(13))
			.append("|").append("-".repeat(15)).append("|").append("-".repeat(15)).append("|\n");
		for (Result r : results) {
			out.append(String.format("| %-46s | %12.0f | %11s | %13.0f | %13.0f |%n", r.name(), r.median(),
					String.format("%.0f-%.0f", r.min(), r.max()), r.median() * STEPS.length, r.peakHeapBytes() / 1048576.0));
		}
		out.append("\nlifecycles/s: the median of ").append(ROUNDS).append(" rounds (-Dbench.rounds); rounds in order:");
		results.forEach(r -> out.append(" ").append(shortName(r.name())).append(" ").append(r.roundRates().stream().map(x -> String.format("%.0f", x)).toList()));
		out.append("\n");
		out.append("\nLatency per transition, milliseconds (p50 / p99)\n\n");
		out.append(String.format("| %-16s |", "transition"));
		for (Result r : results) {
			out.append(String.format(" %-24s |", shortName(r.name())));
		}
		out.append("\n|").append("-".repeat(18)).append("|");
		results.forEach(r -> out.append("-".repeat(26)).append("|"));
		out.append("\n");
		for (String step : STEPS) {
			out.append(String.format("| %-16s |", step));
			for (Result r : results) {
				out.append(String.format(" %10.2f / %-11.2f |", r.percentileMillis(step, 0.5), r.percentileMillis(step, 0.99)));
			}
			out.append("\n");
		}
		System.out.println(out);
		try {
			Path report = Path.of("target", "benchmark", "lifecycles.md");
			Files.createDirectories(report.getParent());
			Files.writeString(report, out.toString());
		}
		catch (java.io.IOException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String shortName(String name) {
		return name.contains("HTTP") ? "HTTP, H2" : name.contains("PostgreSQL") ? "app, PostgreSQL" : "app, H2";
	}
}
