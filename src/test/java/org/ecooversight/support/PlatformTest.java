package org.ecooversight.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ecooversight.shared.ChinaTime;
import org.junit.jupiter.api.Tag;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The platform started whole, on the test database (H2, and PostgreSQL for the "data" run), with
 * the demo jurisdiction seeded and a clock the test moves. Helpers speak HTTP as the users do,
 * signed in with the demo accounts.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Tag("data")
public abstract class PlatformTest {

	/** Demo towns (石泉县): 城关镇, 池河镇, 后柳镇. */
	public static final String CHENGGUAN = "610922100";
	public static final String CHIHE = "610922104";
	public static final String HOULIU = "610922105";

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected JsonMapper json;

	@Autowired
	protected MutableClock clock;

	@Autowired
	protected JdbcClient jdbc;

	protected LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), ChinaTime.ZONE);
	}

	/** Sends a request as a demo user (null: not signed in) and returns the response. */
	protected Response call(String user, AbstractMockHttpServletRequestBuilder<?> request, Object body) throws Exception {
		if (user != null) {
			request.with(httpBasic(user, "demo1234"));
		}
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
		}
		MvcResult result = mvc.perform(request).andReturn();
		String content = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		JsonNode node = content.isBlank() ? json.nullNode() : json.readTree(content);
		return new Response(result.getResponse().getStatus(), node, result.getResponse().getHeader("ETag"), content);
	}

	protected Response post(String user, String path, Object body) throws Exception {
		return call(user, MockMvcRequestBuilders.post(path), body);
	}

	protected Response get(String user, String path) throws Exception {
		return call(user, MockMvcRequestBuilders.get(path), null);
	}

	public record Response(int status, JsonNode body, String etag, String raw) {

		public String text(String field) {
			return body.path(field).asString();
		}

		@Override
		public String toString() {
			return status + " " + raw;
		}
	}

	/** A lead as a 12369 hotline operator types it in. */
	protected Map<String, Object> hotlineCall(String town, String description, String... pollutionTypes) {
		return Map.of("channel", "HOTLINE_12369", "description", description, "townCode", town, "address",
				"石泉县某村", "pollutionTypes", List.of(pollutionTypes), "reporter",
				Map.of("anonymous", false, "name", "举报人（演示）", "phone", "13800000000"));
	}

	/** Receives a lead through the intake desk; returns its id. */
	protected String receive(Map<String, Object> lead) throws Exception {
		Response r = post("office", "/api/v1/leads", lead);
		if (r.status() != 201) {
			throw new AssertionError("lead not received: " + r);
		}
		return r.text("id");
	}

	/** Receives and accepts a lead; returns the problem's id. */
	protected String acceptedProblem(String town, String description, String... pollutionTypes) throws Exception {
		String lead = receive(hotlineCall(town, description, pollutionTypes));
		Response r = post("taskforce", "/api/v1/leads/" + lead + "/accept", null);
		if (r.status() != 201) {
			throw new AssertionError("lead not accepted: " + r);
		}
		return r.text("id");
	}

	protected Response act(String user, String problem, String action, Object body) throws Exception {
		return post(user, "/api/v1/problems/" + problem + "/" + action, body);
	}

	protected Response assign(String problem) throws Exception {
		return act("taskforce", problem, "assign",
				Map.of("requirements", "立即停止违法行为，落实防尘措施，限期整改到位", "deadline", today().plusDays(15).toString()));
	}

	/** A 池河镇 dust problem assigned, rectified and passed by the evaluation: ready for the acceptance check. */
	protected String passedEvaluation() throws Exception {
		String problem = acceptedProblem(CHIHE, unique("池河镇料场扬尘"), "AIR");
		assign(problem);
		passEvaluation(problem, "eeb");
		return problem;
	}

	/** The lead unit's user asks for closure and the task force passes the evaluation. */
	protected void passEvaluation(String problem, String leadUnitUser) throws Exception {
		act(leadUnitUser, problem, "closure-request", Map.of("summary", "已整改"));
		act("taskforce", problem, "evaluation", Map.of("measuresScore", 90, "progressScore", 90, "effectScore", 90,
				"verdict", "PASS", "opinion", "合格"));
	}

	protected String status(String problem) throws Exception {
		return get("taskforce", "/api/v1/problems/" + problem).text("status");
	}

	protected static String unique(String text) {
		return text + "（" + UUID.randomUUID().toString().substring(0, 8) + "）";
	}
}
