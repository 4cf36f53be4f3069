package org.ecooversight.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The packaged application (target/eco-oversight-*.jar) run as an operator runs it: {@code java -jar}
 * in a process of its own, on a free port, its output in {@code target/it-logs/<name>.log}. For the
 * integration tests (maven-failsafe-plugin, after {@code package}) that kill it with SIGKILL and
 * start it again on the same data.
 */
public final class PackagedPlatform implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final HttpClient HTTP = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final String name;
	private final Process process;
	private final int port;
	private final Path log;

	private PackagedPlatform(String name, Process process, int port, Path log) {
		this.name = name;
		this.process = process;
		this.port = port;
		this.log = log;
	}

	/**
	 * Starts the jar in {@code workingDirectory} (where the embedded default keeps its {@code ./data})
	 * with the environment and arguments given; returns at once (see {@link #awaitHealthy}).
	 */
	public static PackagedPlatform start(String name, Path workingDirectory, Map<String, String> environment,
			String... arguments) throws IOException {
		Path jar = jar();
		int port = freePort();
		Path logs = Path.of(System.getProperty("eco.it.logs", "target/it-logs")).toAbsolutePath();
		Files.createDirectories(logs);
		Path log = logs.resolve(name + ".log");
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				// a quick start matters more here than peak speed
				"-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", jar.toString(),
				"--server.port=" + port, "--spring.main.banner-mode=off", "--eco.demo.sample-problems=false"));
		command.addAll(List.of(arguments));
		ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile())
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
		builder.environment().keySet().removeIf(key -> key.startsWith("SPRING_") || key.startsWith("ECO_"));
		builder.environment().putAll(environment);
		return new PackagedPlatform(name, builder.start(), port, log);
	}

	/** The environment that points the platform's {@code postgres} profile at {@code pg}. */
	public static Map<String, String> postgresEnvironment(EmbeddedPostgres pg) {
		return Map.of("ECO_DB_URL", pg.getJdbcUrl("postgres", "postgres"), "ECO_DB_USER", "postgres", "ECO_DB_PASSWORD", "");
	}

	/** An embedded PostgreSQL that commits as a production server does (synchronous_commit on). */
	public static EmbeddedPostgres postgres() throws IOException {
		return EmbeddedPostgres.builder().setServerConfig("synchronous_commit", "on").start();
	}

	private static Path jar() {
		Path jar = Path.of(System.getProperty("eco.packaged-jar", "target/eco-oversight-0.1.0-SNAPSHOT.jar"));
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException(jar.toAbsolutePath() + " is missing: these tests run after `package` (./mvnw verify)");
		}
		return jar.toAbsolutePath();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	public String name() {
		return name;
	}

	/** Waits until /actuator/health answers UP; fails with the end of the log if the process died or took too long. */
	public PackagedPlatform awaitHealthy(Duration within) throws Exception {
		long deadline = System.nanoTime() + within.toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new AssertionError(name + " exited with " + process.exitValue() + " while starting:\n" + logTail());
			}
			try {
				HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(uri("/actuator/health"))
					.timeout(Duration.ofSeconds(2))
					.build(), HttpResponse.BodyHandlers.ofString());
				if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
					return this;
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			Thread.sleep(250);
		}
		throw new AssertionError(name + " not healthy within " + within + ":\n" + logTail());
	}

	/** SIGKILL (Process.destroyForcibly on Linux): no shutdown hook, no flush, no goodbye to the database. */
	public void kill() throws InterruptedException {
		process.destroyForcibly();
		if (!process.waitFor(30, TimeUnit.SECONDS)) {
			throw new AssertionError(name + " still alive 30 s after SIGKILL");
		}
	}

	public boolean isAlive() {
		return process.isAlive();
	}

	@Override
	public void close() throws InterruptedException {
		if (process.isAlive()) {
			kill();
		}
	}

	public URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

	public String logTail() {
		try {
			List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size())) + "\n(" + log + ")";
		}
		catch (IOException e) {
			return "(no log: " + e + ")";
		}
	}

	/** An answer: status and body, the body as JSON where it is. */
	public record Answer(int status, String body) {

		public JsonNode json() {
			return JSON.readTree(body);
		}

		public String text(String field) {
			return json().path(field).asString();
		}
	}

	/** POSTs JSON, signed in as {@code user} (password demo1234) or anonymous when null. */
	public Answer post(String path, String user, String idempotencyKey, String json) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.timeout(Duration.ofSeconds(60))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json));
		if (user != null) {
			request.header("Authorization", basic(user));
		}
		if (idempotencyKey != null) {
			request.header("Idempotency-Key", idempotencyKey);
		}
		HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
		return new Answer(response.statusCode(), response.body());
	}

	public Answer get(String path, String user) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60)).GET();
		if (user != null) {
			request.header("Authorization", basic(user));
		}
		HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
		return new Answer(response.statusCode(), response.body());
	}

	private static String basic(String user) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":demo1234").getBytes(StandardCharsets.UTF_8));
	}
}
