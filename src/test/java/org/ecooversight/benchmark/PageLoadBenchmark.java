package org.ecooversight.benchmark;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ecooversight.ledger.ProblemId;
import org.ecooversight.shared.ChinaTime;
import org.ecooversight.support.AssignedProblems;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The pages under load (not a timed test: it asserts nothing about speed). It fills the ledger with
 * {@code bench.pages.problems} problems (50,000) through the use cases, then {@code bench.pages.users}
 * (20) signed-in users on loopback request the ledger page (filtered and paged) and problem pages,
 * and it prints p50, p95 and p99 per page.
 * <p>
 * Run: {@code ./mvnw -Pbenchmark test -Dtest=PageLoadBenchmark}.
 */
@Tag("benchmark")
class PageLoadBenchmark {

	static final int PROBLEMS = Integer.getInteger("bench.pages.problems", 50_000);
	static final int USERS = Integer.getInteger("bench.pages.users", 20);
	static final int REQUESTS = Integer.getInteger("bench.pages.requests", 100);

	static final java.util.Map<String, List<Long>> byPage = new java.util.concurrent.ConcurrentHashMap<>();

	@Test
	void run() throws Exception {
		Path h2 = Files.createTempDirectory("eco-pages-h2");
		try (ConfigurableApplicationContext app = LifecycleBenchmark.start(BenchmarkDatabases.h2File(h2), "sa", "", true,
				"--db-scheduler.enabled=false")) {
			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			long t0 = System.nanoTime();
			List<ProblemId> ids = AssignedProblems.seed(app, PROBLEMS, LocalDate.now(ChinaTime.ZONE).plusDays(30), 4);
			System.out.printf("seeded %d problems in %.0f s%n", ids.size(), (System.nanoTime() - t0) / 1e9);
			LifecycleBenchmark.drain(app);

			String base = "http://localhost:" + port;
			List<String> pages = List.of("/problems", "/problems?town=610922104&page=3", "/problems?q=%E6%89%AC%E5%B0%98",
					"/problems?status=ASSIGNED&colour=NONE", "/problems?sort=deadline&dir=asc&page=10",
					"/problems?town=610922104&sort=code&dir=desc");
			ExecutorService users = Executors.newFixedThreadPool(USERS);
			List<Long> list = Collections.synchronizedList(new ArrayList<>());
			List<Long> detail = Collections.synchronizedList(new ArrayList<>());
			// warm-up
			run(users, base, pages, ids, 5, new ArrayList<>(), new ArrayList<>());
			byPage.clear();
			long start = System.nanoTime();
			run(users, base, pages, ids, REQUESTS, list, detail);
			double seconds = (System.nanoTime() - start) / 1e9;
			users.shutdown();
			System.out.println();
			System.out.printf("Pages under load: %d problems, %d users, %d requests each (half ledger pages, half problem pages), %d cores%n",
					PROBLEMS, USERS, REQUESTS, Runtime.getRuntime().availableProcessors());
			System.out.println("| page | requests | p50 | p95 | p99 | max |");
			System.out.println("| --- | --- | --- | --- | --- | --- |");
			print("ledger (/problems, filters, paging)", list);
			print("a problem (/problems/{id})", detail);
			byPage.forEach((path, samples) -> print("  " + java.net.URLDecoder.decode(path, StandardCharsets.UTF_8), samples));
			System.out.printf("throughput: %.0f pages/s%n", (list.size() + detail.size()) / seconds);
		}
	}

	private static void run(ExecutorService users, String base, List<String> pages, List<ProblemId> ids, int requests,
			List<Long> list, List<Long> detail) throws Exception {
		List<Future<?>> done = new ArrayList<>();
		for (int u = 0; u < USERS; u++) {
			int user = u;
			done.add(users.submit(() -> {
				HttpClient client = signedIn(base, "taskforce");
				for (int i = 0; i < requests; i++) {
					boolean ledger = i % 2 == 0;
					String path = ledger ? pages.get((i / 2 + user) % pages.size())
							: "/problems/" + ids.get((user * requests + i) % ids.size()).value();
					long t = System.nanoTime();
					HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
							HttpResponse.BodyHandlers.ofString());
					long micros = (System.nanoTime() - t) / 1000;
					if (response.statusCode() != 200) {
						throw new IllegalStateException(path + " answered " + response.statusCode());
					}
					(ledger ? list : detail).add(micros);
					if (ledger) {
						byPage.computeIfAbsent(path, k -> Collections.synchronizedList(new ArrayList<>())).add(micros);
					}
				}
				return null;
			}));
		}
		for (Future<?> f : done) {
			f.get();
		}
	}

	/** A browser-like client that signed in through the sign-in form (session cookie, CSRF token). */
	static HttpClient signedIn(String base, String user) throws Exception {
		HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String login = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(login);
		if (!csrf.find()) {
			throw new IllegalStateException("no CSRF token on the sign-in page");
		}
		String form = "username=" + user + "&password=demo1234&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.discarding());
		return client;
	}

	private static void print(String name, List<Long> samples) {
		List<Long> sorted = new ArrayList<>(samples);
		Collections.sort(sorted);
		System.out.printf("| %s | %d | %.1f ms | %.1f ms | %.1f ms | %.1f ms |%n", name, sorted.size(), at(sorted, 0.50),
				at(sorted, 0.95), at(sorted, 0.99), sorted.get(sorted.size() - 1) / 1000.0);
	}

	private static double at(List<Long> sorted, double q) {
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1)) / 1000.0;
	}
}
