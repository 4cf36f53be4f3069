package org.ecooversight.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ecooversight.shared.ChinaTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Hostile input against every operation of the API description (/v3/api-docs), over a real port
 * (so that Tomcat's own parsing of multipart bodies, forms and addresses is part of it): no body,
 * JSON that is no object, a wrong type for each property, null inside lists, over-long strings,
 * unknown and garbage ids, broken and over-size multipart bodies, a wrong content type, a wrong
 * method and an unknown path; as a user whose role may call the operation and as anonymous. No
 * answer may be a 5xx, every 4xx of the API is a problem (RFC 9457), and nothing is logged with a
 * stack trace. A bounded set per operation keeps it well under a minute.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Tag("data")
@ExtendWith(OutputCaptureExtension.class)
@DisplayName("任何输入都不会得到5xx / no input gets a 5xx")
class ApiFuzzTest {

	private static final List<String> ROLES = List.of("taskforce", "office", "leader", "sysadmin", "secadmin",
			"auditadmin", "discipline", "eeb", "tfleader", "chihe");

	private static final String LONG = "长".repeat(10_001);

	private static final String MEDIUM = "x".repeat(300);

	@LocalServerPort
	int port;

	@Autowired
	Clock clock;

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final JsonMapper json = JsonMapper.builder().build();

	private final Map<String, String> ids = new LinkedHashMap<>();

	private final List<String> failures = new ArrayList<>();

	private int sent;

	private JsonNode api;

	@BeforeEach
	void describeAndSeed() throws Exception {
		api = json.readTree(send("GET", "/v3/api-docs", null, null, (byte[]) null).body());
		ids.put("calendar", "2999");
		ids.put("units", first(get("sysadmin", "/api/v1/units"), "id"));
		ids.put("persons", first(get("sysadmin", "/api/v1/persons"), "id"));
		JsonNode posts = get("sysadmin", "/api/v1/units/" + ids.get("units") + "/posts");
		ids.put("posts", first(posts, "id"));
		ids.put("tenures", posts.isArray() && !posts.isEmpty() ? first(posts.get(0).path("tenures"), "id") : null);
		// a lead waiting, and a problem assigned with an interview approved: the deepest states a body reaches
		ids.put("leads", post("office", "/api/v1/leads", hotlineCall("池河镇某料场扬尘（模糊测试）")).path("id").asString());
		ids.put("trackingCode", post("office", "/api/v1/leads", hotlineCall("池河镇某料场夜间施工（模糊测试）"))
			.path("trackingCode").asString());
		String lead = post("office", "/api/v1/leads", hotlineCall("池河镇某厂废水直排（模糊测试）")).path("id").asString();
		String problem = post("taskforce", "/api/v1/leads/" + lead + "/accept", Map.of()).path("id").asString();
		ids.put("problems", problem);
		LocalDate today = LocalDate.ofInstant(clock.instant(), ChinaTime.ZONE);
		post("taskforce", "/api/v1/problems/" + problem + "/assign",
				Map.of("requirements", "限期整改", "deadline", today.plusDays(15).toString()));
		String interview = post("taskforce", "/api/v1/problems/" + problem + "/interviews", Map.of("reason", "整改不力"))
			.path("chase").path("interviews").path(0).path("id").asString();
		ids.put("interviews", interview);
		post("leader", "/api/v1/problems/" + problem + "/interviews/" + interview + "/decision",
				Map.of("approved", true, "opinion", "同意约谈"));
		ids.put("notifications", first(get("eeb", "/api/v1/notifications").path("items"), "id"));
		ids.put("triggers", first(get("discipline", "/api/v1/accountability/triggers"), "id"));
		ids.put("accountability-cases", first(get("discipline", "/api/v1/accountability/cases"), "id"));
		ids.put("cases", first(get(null, "/api/v1/public/cases").path("items"), "id"));
		assertThat(ids.get("problems")).as("the fuzzing needs a real problem: %s", ids).isNotBlank();
		assertThat(ids.get("interviews")).as("and an approved interview on it: %s", ids).isNotBlank();
	}

	@Test
	@DisplayName("接口说明不列出 actor 参数：操作人取自登录 / the API description lists no actor parameter")
	void theDescriptionListsNoActorParameter() {
		List<String> listing = new ArrayList<>();
		api.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
			for (JsonNode parameter : operation.getValue().path("parameters")) {
				if (parameter.path("name").asString().equals("actor")) {
					listing.add(operation.getKey().toUpperCase() + " " + path.getKey());
				}
			}
			operation.getValue().path("requestBody").path("content").properties().forEach(content -> {
				if (!content.getValue().path("schema").path("properties").path("actor").isMissingNode()) {
					listing.add(operation.getKey().toUpperCase() + " " + path.getKey() + " (" + content.getKey() + ")");
				}
			});
		}));
		assertThat(listing).as("operations that list actor").isEmpty();
		assertThat(api.path("paths").size()).as("the description lists the API").isGreaterThan(50);
	}

	@Test
	@DisplayName("每个接口操作收到畸形输入：只有4xx及问题详情，日志中没有堆栈 / every operation refuses malformed input with a 4xx problem")
	void everyOperationRefusesMalformedInputWithAProblem(CapturedOutput output) throws Exception {
		long started = System.nanoTime();
		int operations = 0;
		for (var path : api.path("paths").properties()) {
			for (var operation : path.getValue().properties()) {
				fuzz(operation.getKey().toUpperCase(), path.getKey(), operation.getValue());
				operations++;
			}
		}
		// what never reaches an operation: an unknown path, and addresses Tomcat refuses itself
		check("GET", "/api/v1/no-such-thing", "office", null, null, "unknown path");
		check("POST", "/api/v1/no-such-thing", null, "application/json", "{}", "unknown path, anonymous");
		check("GET", "/api/v1/units/%00", "office", null, null, "encoded NUL in the path");
		check("GET", "/api/v1/units/..%2F..%2Fetc", "office", null, null, "encoded slash in the path");
		double seconds = (System.nanoTime() - started) / 1e9;
		System.out.printf("ApiFuzzTest: %d requests over %d operations in %.1f s%n", sent, operations, seconds);
		failures.forEach(f -> System.out.println("ApiFuzzTest failure: " + f));
		assertThat(failures).as("answers that broke the promise (%d requests over %d operations)", sent, operations)
			.isEmpty();
		assertThat(operations).isGreaterThan(50);
		assertThat(output.getAll()).as("nothing was logged with a stack trace").doesNotContain("\tat org.");
	}

	private void fuzz(String method, String template, JsonNode operation) throws Exception {
		boolean publicOperation = template.startsWith("/api/v1/public/");
		String real = path(template, null);
		JsonNode jsonSchema = resolve(operation.path("requestBody").path("content").path("application/json").path("schema"));
		JsonNode multipartSchema = resolve(
				operation.path("requestBody").path("content").path("multipart/form-data").path("schema"));
		boolean hasBody = !operation.path("requestBody").isMissingNode();
		String user = publicOperation ? null : userFor(method, real, hasBody);

		// the path's ids: unknown, garbage, over-long
		for (JsonNode parameter : operation.path("parameters")) {
			if (!parameter.path("in").asString().equals("path")) {
				continue;
			}
			String name = parameter.path("name").asString();
			for (String garbage : List.of(UUID.randomUUID().toString(), "abc", "-1", "..%2F", "%00", MEDIUM, "%E9%95%BF")) {
				String p = path(template, Map.of(name, garbage));
				check(method, p, user, hasBody ? "application/json" : null, hasBody ? "{}" : null, name + "=" + abbreviate(garbage));
			}
		}
		// the query's parameters: wrong types, over-long
		for (JsonNode parameter : operation.path("parameters")) {
			if (!parameter.path("in").asString().equals("query")) {
				continue;
			}
			String name = parameter.path("name").asString();
			for (String garbage : List.of("zz", "-1", "99999999999", MEDIUM, "%00", "2026-13-45")) {
				check(method, real + "?" + name + "=" + garbage, user, null, null, "?" + name + "=" + abbreviate(garbage));
			}
		}
		if (hasBody) {
			for (String body : new String[] { "", "null", "[]", "\"x\"", "1", "{", "{\"a\":", "{}", "{\"unknownProperty\":1}",
					"[null]" }) {
				check(method, real, user, "application/json", body, "body " + abbreviate(body));
			}
			if (jsonSchema.path("properties").isObject()) {
				ObjectNode sample = (ObjectNode) sample(jsonSchema, 0);
				for (var property : jsonSchema.path("properties").properties()) {
					for (var mutation : mutations(resolve(property.getValue()))) {
						ObjectNode body = sample.deepCopy();
						body.set(property.getKey(), mutation.getValue());
						check(method, real, user, "application/json", json.writeValueAsString(body),
								property.getKey() + ": " + mutation.getKey());
					}
				}
				check(method, real, user, "application/json", json.writeValueAsString(everyString(sample, LONG)),
						"every string over-long");
			}
			check(method, real, user, "text/plain", "abc", "wrong content type");
			check(method, real, user, "application/xml", "<a/>", "wrong content type");
		}
		if (method.equals("POST")) {
			// malformed multipart on any POST, whether it takes multipart or not
			check(method, real, user, "multipart/form-data", "abc", "multipart without boundary");
			check(method, real, user, "multipart/form-data; boundary=xyz",
					"--xyz\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nfoo", "multipart cut off");
			check(method, real, user, "multipart/form-data; boundary=xyz", "--xyz--\r\n", "multipart without parts");
			check(method, real, user, "application/x-www-form-urlencoded", "a=%ZZ&b", "broken form");
		}
		if (multipartSchema.path("properties").isObject()) {
			String jsonPart = null;
			for (var property : multipartSchema.path("properties").properties()) {
				if (!property.getValue().path("type").asString().equals("array")) {
					jsonPart = property.getKey();
				}
			}
			JsonNode partSchema = resolve(multipartSchema.path("properties").path(jsonPart));
			String sample = json.writeValueAsString(sample(partSchema, 0));
			for (String body : List.of("{", "[]", "null", "[null]", sample)) {
				check(method, real, user, "multipart part " + jsonPart + "=" + abbreviate(body),
						multipart(jsonPart, body, "files", new byte[] { 1, 2, 3 }, "application/x-msdownload"));
			}
			check(method, real, user, "multipart with an 11 MB file",
					multipart(jsonPart, sample, "files", new byte[11 * 1024 * 1024], "image/png"));
			check(method, real, user, "multipart without the JSON part",
					multipart("other", sample, "files", new byte[] { 1 }, "image/png"));
		}
		// the wrong method, an unknown path below the operation's, and no sign-in
		check(method.equals("PATCH") ? "PUT" : "PATCH", real, user, "application/json", "{}", "wrong method");
		check("GET", real + "/no-such-thing", user, null, null, "unknown path");
		check(method, real, null, hasBody ? "application/json" : null, hasBody ? "{}" : null, "anonymous");
	}

	/** The first demo user whose role is not refused the operation outright. */
	private String userFor(String method, String path, boolean hasBody) throws Exception {
		for (String user : ROLES) {
			HttpResponse<String> r = send(method, path, user, hasBody ? "application/json" : null, hasBody ? "{}" : null);
			record(method, path, user, "role probe {}", r);
			if (r.statusCode() != 403 && r.statusCode() != 401) {
				return user;
			}
		}
		return "taskforce";
	}

	private List<Map.Entry<String, JsonNode>> mutations(JsonNode schema) {
		List<Map.Entry<String, JsonNode>> m = new ArrayList<>();
		String type = schema.path("type").asString();
		m.add(Map.entry("null", json.nullNode()));
		m.add(Map.entry("object instead", json.createObjectNode().put("x", 1)));
		switch (type) {
			case "string" -> {
				m.add(Map.entry("number instead", json.getNodeFactory().numberNode(12345)));
				m.add(Map.entry("10,001 characters", json.getNodeFactory().stringNode(LONG)));
				m.add(Map.entry("300 characters", json.getNodeFactory().stringNode(MEDIUM)));
				m.add(Map.entry("NUL and garbage", json.getNodeFactory().stringNode("a\u0000b' OR 1=1 --<script>")));
				m.add(Map.entry("empty", json.getNodeFactory().stringNode("")));
			}
			case "integer", "number" -> {
				m.add(Map.entry("text instead", json.getNodeFactory().stringNode("many")));
				m.add(Map.entry("huge", json.getNodeFactory().numberNode(new java.math.BigInteger("99999999999999999999"))));
				m.add(Map.entry("negative", json.getNodeFactory().numberNode(-1)));
			}
			case "boolean" -> m.add(Map.entry("text instead", json.getNodeFactory().stringNode("maybe")));
			case "array" -> {
				ArrayNode withNull = json.createArrayNode();
				withNull.addNull();
				m.add(Map.entry("[null]", withNull));
				ArrayNode withGarbage = json.createArrayNode();
				withGarbage.add(MEDIUM);
				withGarbage.add(json.createObjectNode());
				m.add(Map.entry("[garbage]", withGarbage));
				m.add(Map.entry("text instead", json.getNodeFactory().stringNode("x")));
			}
			default -> m.add(Map.entry("text instead", json.getNodeFactory().stringNode("x")));
		}
		return m;
	}

	/** A plausible value for a schema: the shape the operation expects, with placeholder content. */
	private JsonNode sample(JsonNode schema, int depth) {
		schema = resolve(schema);
		String type = schema.path("type").asString();
		String format = schema.path("format").asString();
		if (!schema.path("enum").isMissingNode()) {
			return schema.path("enum").get(0);
		}
		return switch (type) {
			case "string" -> json.getNodeFactory().stringNode(switch (format) {
				case "date" -> LocalDate.ofInstant(clock.instant(), ChinaTime.ZONE).plusDays(20).toString();
				case "date-time" -> clock.instant().plus(Duration.ofDays(1)).toString();
				case "uuid" -> UUID.randomUUID().toString();
				default -> "模糊测试";
			});
			case "integer", "number" -> json.getNodeFactory().numberNode(1);
			case "boolean" -> json.getNodeFactory().booleanNode(true);
			case "array" -> {
				ArrayNode array = json.createArrayNode();
				if (depth < 3) {
					array.add(sample(schema.path("items"), depth + 1));
				}
				yield array;
			}
			default -> {
				ObjectNode object = json.createObjectNode();
				if (depth < 3) {
					schema.path("properties").properties().forEach(p -> object.set(p.getKey(), sample(p.getValue(), depth + 1)));
				}
				yield object;
			}
		};
	}

	private JsonNode everyString(JsonNode node, String value) {
		if (node.isString()) {
			return json.getNodeFactory().stringNode(value);
		}
		if (node.isObject()) {
			ObjectNode copy = json.createObjectNode();
			node.properties().forEach(p -> copy.set(p.getKey(), everyString(p.getValue(), value)));
			return copy;
		}
		if (node.isArray()) {
			ArrayNode copy = json.createArrayNode();
			node.forEach(e -> copy.add(everyString(e, value)));
			return copy;
		}
		return node;
	}

	private JsonNode resolve(JsonNode schema) {
		String ref = schema.path("$ref").asString("");
		if (ref.startsWith("#/components/schemas/")) {
			return api.path("components").path("schemas").path(ref.substring("#/components/schemas/".length()));
		}
		return schema;
	}

	/** The path with real ids where the test has them (a random UUID where not), or the given values. */
	private String path(String template, Map<String, String> values) {
		String[] segments = template.split("/");
		StringBuilder path = new StringBuilder();
		for (int i = 1; i < segments.length; i++) {
			String segment = segments[i];
			if (segment.startsWith("{")) {
				String name = segment.substring(1, segment.length() - 1);
				if (values != null && values.containsKey(name)) {
					segment = values.get(name);
				}
				else {
					String collection = segments[i - 1];
					if (collection.equals("cases") && template.contains("/accountability/")) {
						collection = "accountability-cases";
					}
					if (name.equals("trackingCode")) {
						collection = "trackingCode";
					}
					String id = ids.get(collection);
					segment = id == null || id.isBlank() ? UUID.randomUUID().toString() : id;
				}
			}
			path.append('/').append(segment);
		}
		return path.toString();
	}

	private void check(String method, String path, String user, String contentType, String body, String input)
			throws Exception {
		checkBytes(method, path, user, contentType, body == null ? null : body.getBytes(StandardCharsets.UTF_8), input);
	}

	private void check(String method, String path, String user, String input, Multipart multipart) throws Exception {
		checkBytes(method, path, user, multipart.contentType(), multipart.body(), input);
	}

	private void checkBytes(String method, String path, String user, String contentType, byte[] body, String input)
			throws Exception {
		HttpResponse<String> response;
		try {
			response = send(method, path, user, contentType, body);
		}
		catch (java.io.IOException e) {
			failures.add(method + " " + path + " [" + input + "] as " + (user == null ? "anonymous" : user)
					+ ": no answer (" + e + ")");
			return;
		}
		record(method, path, user, input, response);
	}

	private void record(String method, String path, String user, String input, HttpResponse<String> response) {
		int status = response.statusCode();
		String who = user == null ? "anonymous" : user;
		if (status >= 500) {
			failures.add(method + " " + path + " [" + input + "] as " + who + " -> " + status + " "
					+ abbreviate(response.body()));
		}
		else if (status >= 400 && path.startsWith("/api/")) {
			String type = response.headers().firstValue("Content-Type").orElse("");
			if (!type.startsWith("application/problem+json")) {
				failures.add(method + " " + path + " [" + input + "] as " + who + " -> " + status + " as " + type
						+ " (not a problem): " + abbreviate(response.body()));
			}
		}
	}

	private HttpResponse<String> send(String method, String path, String user, String contentType, String body)
			throws Exception {
		return send(method, path, user, contentType, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
	}

	private HttpResponse<String> send(String method, String path, String user, String contentType, byte[] body)
			throws Exception {
		sent++;
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.timeout(Duration.ofSeconds(30))
			.header("Accept", "application/json, application/problem+json")
			.method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofByteArray(body));
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		if (user != null) {
			request.header("Authorization", "Basic "
					+ Base64.getEncoder().encodeToString((user + ":demo1234").getBytes(StandardCharsets.UTF_8)));
		}
		return http.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private JsonNode get(String user, String path) throws Exception {
		HttpResponse<String> r = send("GET", path, user, null, (byte[]) null);
		assertThat(r.statusCode()).as("GET %s: %s", path, r.body()).isEqualTo(200);
		return json.readTree(r.body());
	}

	private JsonNode post(String user, String path, Object body) throws Exception {
		HttpResponse<String> r = send("POST", path, user, "application/json", json.writeValueAsString(body));
		assertThat(r.statusCode()).as("POST %s: %s", path, r.body()).isBetween(200, 201);
		return json.readTree(r.body());
	}

	private static String first(JsonNode list, String field) {
		return list.isArray() && !list.isEmpty() ? list.get(0).path(field).asString() : null;
	}

	private static Map<String, Object> hotlineCall(String description) {
		return Map.of("channel", "HOTLINE_12369", "description", description + UUID.randomUUID().toString().substring(0, 8),
				"townCode", "610922104", "address", "石泉县某村", "pollutionTypes", List.of("AIR"), "reporter",
				Map.of("anonymous", true));
	}

	private static String abbreviate(String text) {
		String oneLine = text == null ? "" : text.replace('\n', ' ').replace('\r', ' ');
		return oneLine.length() > 160 ? oneLine.substring(0, 160) + "…(" + oneLine.length() + ")" : oneLine;
	}

	private record Multipart(String contentType, byte[] body) {
	}

	private static Multipart multipart(String jsonName, String jsonBody, String fileName, byte[] file, String fileType)
			throws java.io.IOException {
		String boundary = "fuzz" + UUID.randomUUID().toString().replace("-", "");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + jsonName
				+ "\"\r\nContent-Type: application/json\r\n\r\n" + jsonBody + "\r\n").getBytes(StandardCharsets.UTF_8));
		out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileName
				+ "\"; filename=\"site.png\"\r\nContent-Type: " + fileType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		out.write(file);
		out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return new Multipart("multipart/form-data; boundary=" + boundary, out.toByteArray());
	}
}
