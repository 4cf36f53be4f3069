package org.ecooversight.publicity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ecooversight.support.PlatformTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

/**
 * Typical cases (Q, 宣传机制: 曝光整改不力、追责问责典型案例; S, 五项机制2 通报曝光机制): published by the
 * committee office or the task force leader, each field checked, withdrawn with a reason, both in the
 * case's own stream of the record; a withdrawn case leaves the portal; a write-up never names a
 * reporter of its related problem.
 */
@DisplayName("典型案例 / typical cases on the public portal")
class TypicalCaseTest extends PlatformTest {

	@Autowired
	UserDetailsService users;

	@Test
	@DisplayName("县生态环境保护委员会办公室发布曝光案例：关联问题，镇取问题所在镇；门户按时间倒序、按类别列出")
	void theCommitteeOfficePublishesACaseAndThePublicReadsIt() throws Exception {
		String problem = acceptedProblem(CHIHE, unique("池河镇石料厂夜间粉尘"), "AIR");
		String code = get("taskforce", "/api/v1/problems/" + problem).text("code");
		String title = unique("池河镇某石料厂夜间违规生产被曝光");
		Response published = post("office", "/api/v1/publicity/cases", body(title, "EXPOSURE", code,
				"经群众举报，池河镇某石料厂夜间违规生产，粉尘污染严重。\n县生态环境分局依法查处，责令停产整改。"));
		assertThat(published.status()).as(published.toString()).isEqualTo(201);
		String id = published.text("id");
		assertThat(published.text("townCode")).isEqualTo(CHIHE);
		assertThat(published.text("problemCode")).isEqualTo(code);
		assertThat(published.text("problemId")).isEqualTo(problem);
		assertThat(published.text("publishedOn")).isEqualTo(today().toString());
		assertThat(published.text("publishedBy")).isEqualTo("office");

		clock.advance(java.time.Duration.ofSeconds(1));
		Response leader = post("tfleader", "/api/v1/publicity/cases",
				body(unique("城关镇河长制巡河经验"), "GOOD_PRACTICE", null, "城关镇建立巡河台账，问题当日交办、限期整改。"));
		assertThat(leader.status()).as(leader.toString()).isEqualTo(201);
		assertThat(leader.body().path("townCode").isNull() || leader.body().path("townCode").isMissingNode()).isTrue();

		List<String> all = ids(get(null, "/api/v1/public/cases?size=100").body().path("items"));
		assertThat(all.indexOf(leader.text("id"))).as("newest first").isLessThan(all.indexOf(id)).isNotNegative();
		assertThat(ids(get(null, "/api/v1/public/cases?category=EXPOSURE").body().path("items"))).contains(id)
			.doesNotContain(leader.text("id"));
		Response one = get(null, "/api/v1/public/cases/" + id);
		assertThat(one.status()).isEqualTo(200);
		assertThat(one.raw()).doesNotContain("office").doesNotContain("publishedBy");

		String list = page(null, "/public/cases?category=EXPOSURE");
		assertThat(list).contains(title).contains("曝光");
		assertThat(page(null, "/public/cases/" + id)).contains(title).contains(code).contains("池河镇");
		assertThat(page(null, "/public/cases/" + id + "?lang=en")).contains("Exposure").contains("Problem " + code);
	}

	@Test
	@DisplayName("缺项、超长、台账中没有的问题编号、外县的镇、未来日期：逐项指出字段")
	void eachMistakeIsNamedByItsField() throws Exception {
		Response empty = post("office", "/api/v1/publicity/cases", Map.of());
		assertThat(empty.status()).isEqualTo(400);
		assertThat(fields(empty)).contains("title", "category", "writeUp");

		Map<String, Object> wrong = body("x".repeat(PublishingCases.TITLE_MAX + 1), "UNDERPERFORMANCE", "SQ-1999-999999",
				"字".repeat(PublishingCases.WRITE_UP_MAX + 1));
		wrong.put("townCode", "110101001");
		wrong.put("publishedOn", today().plusDays(1).toString());
		Response r = post("office", "/api/v1/publicity/cases", wrong);
		assertThat(r.status()).isEqualTo(400);
		assertThat(r.body().path("title").asString()).isEqualTo("Invalid input");
		assertThat(fields(r)).containsExactlyInAnyOrder("title", "writeUp", "townCode", "problemCode", "publishedOn");
		assertThat(reason(r, "problemCode")).contains("SQ-1999-999999");

		String problem = acceptedProblem(CHIHE, unique("池河镇河道采砂"), "RIVER");
		String code = get("taskforce", "/api/v1/problems/" + problem).text("code");
		Map<String, Object> elsewhere = body("标题", "EXPOSURE", code, "内容");
		elsewhere.put("townCode", HOULIU);
		assertThat(fields(post("office", "/api/v1/publicity/cases", elsewhere))).containsExactly("townCode");

		Map<String, Object> unknown = body("标题", "EXPOSURE", null, "内容");
		unknown.put("category", "FAMOUS");
		Response malformed = post("office", "/api/v1/publicity/cases", unknown);
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(fields(malformed)).containsExactly("category");
	}

	@Test
	@DisplayName("只有规则配置的角色（委员会办公室、专班组长）能发布和撤回；部门、县领导、专班成员被拒绝，也不提供该栏目")
	void onlyThePolicysRolesPublish() throws Exception {
		for (String other : List.of("eeb", "chihe", "leader", "taskforce", "discipline")) {
			Response r = post(other, "/api/v1/publicity/cases", body("标题", "EXPOSURE", null, "内容"));
			assertThat(r.status()).as(other).isEqualTo(403);
			assertThat(get(other, "/api/v1/publicity/cases").status()).as(other).isEqualTo(403);
		}
		String id = post("office", "/api/v1/publicity/cases", body(unique("标题"), "ACCOUNTABILITY", null, "内容")).text("id");
		assertThat(post("leader", "/api/v1/publicity/cases/" + id + "/withdrawal", Map.of("reason", "理由")).status())
			.isEqualTo(403);
		assertThat(post(null, "/api/v1/publicity/cases", body("标题", "EXPOSURE", null, "内容")).status()).isEqualTo(401);

		assertThat(page("office", "/")).contains("href=\"/publicity\"");
		assertThat(page("tfleader", "/")).contains("href=\"/publicity\"");
		assertThat(page("taskforce", "/")).doesNotContain("href=\"/publicity\"");
		assertThat(page("leader", "/")).doesNotContain("href=\"/publicity\"");
		assertThat(status("leader", "/publicity")).isEqualTo(403);
		assertThat(status("office", "/publicity")).isEqualTo(200);
	}

	@Test
	@DisplayName("撤回须说明理由；撤回后门户上查不到（404），记录中发布和撤回两条事件均在，哈希链完整")
	void aWithdrawnCaseLeavesThePortalAndStaysInTheRecord() throws Exception {
		String title = unique("后柳镇某养殖场整改不力");
		String id = post("office", "/api/v1/publicity/cases", body(title, "UNDERPERFORMANCE", null, "后柳镇某养殖场粪污直排，两次整改不到位。"))
			.text("id");
		assertThat(get(null, "/api/v1/public/cases/" + id).status()).isEqualTo(200);

		Response noReason = post("tfleader", "/api/v1/publicity/cases/" + id + "/withdrawal", Map.of("reason", " "));
		assertThat(noReason.status()).isEqualTo(400);
		assertThat(fields(noReason)).containsExactly("reason");

		Response withdrawn = post("tfleader", "/api/v1/publicity/cases/" + id + "/withdrawal",
				Map.of("reason", "涉事企业已整改到位，依申请撤回"));
		assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
		assertThat(withdrawn.text("withdrawnBy")).isEqualTo("tfleader");
		assertThat(withdrawn.text("withdrawalReason")).isEqualTo("涉事企业已整改到位，依申请撤回");
		assertThat(post("office", "/api/v1/publicity/cases/" + id + "/withdrawal", Map.of("reason", "再次")).status())
			.isEqualTo(409);

		assertThat(get(null, "/api/v1/public/cases/" + id).status()).isEqualTo(404);
		assertThat(ids(get(null, "/api/v1/public/cases?size=100").body().path("items"))).doesNotContain(id);
		MvcResult gone = mvc.perform(MockMvcRequestBuilders.get("/public/cases/" + id).accept(MediaType.TEXT_HTML)).andReturn();
		assertThat(gone.getResponse().getStatus()).isEqualTo(404);
		assertThat(gone.getResponse().getContentAsString(StandardCharsets.UTF_8)).doesNotContain(title).contains("已撤回");
		assertThat(page(null, "/public/cases")).doesNotContain(title);

		// the publishers still see it, marked, and the record keeps both events
		assertThat(ids(get("office", "/api/v1/publicity/cases").body())).contains(id);
		assertThat(page("office", "/publicity")).contains(title).contains("已撤回");
		JsonNode events = get("office", "/api/v1/publicity/cases/" + id + "/events").body();
		assertThat(events).hasSize(2);
		assertThat(events.get(0).path("type").asString()).isEqualTo("CasePublished");
		assertThat(events.get(0).path("actor").asString()).isEqualTo("office");
		assertThat(events.get(0).path("payload").path("title").asString()).isEqualTo(title);
		assertThat(events.get(1).path("type").asString()).isEqualTo("CaseWithdrawn");
		assertThat(events.get(1).path("actor").asString()).isEqualTo("tfleader");
		assertThat(events.get(1).path("payload").path("reason").asString()).isEqualTo("涉事企业已整改到位，依申请撤回");
		assertThat(events.get(1).path("prevHash").asString()).isEqualTo(events.get(0).path("hash").asString());
		assertThat(jdbc.sql("select count(*) from audit_event where stream_id = cast(? as uuid) and stream_type = 'TYPICAL_CASE'")
			.param(id).query(Long.class).single()).isEqualTo(2);
		assertThat(get("auditadmin", "/api/v1/audit/verification").text("status")).isEqualTo("INTACT");
	}

	@Test
	@DisplayName("公开内容含关联问题举报人（含合并的重复举报人）的姓名或电话时被拒绝；核对留痕在线索上；匿名举报无可核对")
	void aWriteUpNeverCarriesAReportersIdentity() throws Exception {
		String lead = receive(Map.of("channel", "HOTLINE_12369", "description", unique("池河镇化工厂偷排废水"), "townCode", CHIHE,
				"pollutionTypes", List.of("WATER"), "reporter", Map.of("anonymous", false, "name", "李秀英", "phone", "13912345678")));
		String problem = post("taskforce", "/api/v1/leads/" + lead + "/accept", null).text("id");
		String code = get("taskforce", "/api/v1/problems/" + problem).text("code");
		String repeat = receive(Map.of("channel", "PUBLIC_WEB", "description", unique("化工厂又在排废水"), "townCode", CHIHE,
				"pollutionTypes", List.of("WATER"), "reporter", Map.of("anonymous", false, "name", "赵大海", "phone", "13700001111")));
		assertThat(post("taskforce", "/api/v1/leads/" + repeat + "/merge", Map.of("problemId", problem, "note", "同一问题"))
			.status()).isBetween(200, 201);

		Response byName = post("office", "/api/v1/publicity/cases",
				body("化工厂偷排废水被查处", "EXPOSURE", code, "群众李秀英举报后，县生态环境分局连夜查处。"));
		assertThat(byName.status()).isEqualTo(400);
		assertThat(fields(byName)).containsExactly("writeUp");
		assertThat(reason(byName, "writeUp")).contains("reporter").doesNotContain("李秀英");

		Response byPhone = post("office", "/api/v1/publicity/cases",
				body("化工厂偷排废水被查处", "EXPOSURE", code, "举报电话 139-1234-5678 的群众反映后查处。"));
		assertThat(fields(byPhone)).containsExactly("writeUp");
		Response repeatInTitle = post("office", "/api/v1/publicity/cases",
				body("赵大海举报的化工厂被查处", "EXPOSURE", code, "县生态环境分局依法查处。"));
		assertThat(fields(repeatInTitle)).containsExactly("title");
		Response repeatPhone = post("office", "/api/v1/publicity/cases",
				body("化工厂偷排废水被查处", "EXPOSURE", code, "另有群众（１３７００００１１１１）多次反映。"));
		assertThat(fields(repeatPhone)).as("full-width digits").containsExactly("writeUp");

		Response clean = post("office", "/api/v1/publicity/cases",
				body("化工厂偷排废水被查处", "EXPOSURE", code, "经群众举报，县生态环境分局连夜查处，责令停产整改。"));
		assertThat(clean.status()).as(clean.toString()).isEqualTo(201);
		// every check opened the sealed contact on the publisher's authority, and the lead records it
		assertThat(jdbc.sql("select count(*) from audit_event where stream_id = cast(? as uuid) and event_type = 'ReporterIdentityViewed'")
			.param(lead).query(Long.class).single()).isEqualTo(5);
		assertThat(jdbc.sql("select payload from audit_event where stream_id = cast(? as uuid) and event_type = 'ReporterIdentityViewed'")
			.param(repeat).query(String.class).list()).allMatch(p -> p.contains("典型案例") && p.contains("office"));

		String anonymousLead = receive(Map.of("channel", "HOTLINE_12369", "description", unique("后柳镇噪声扰民"), "townCode", HOULIU,
				"pollutionTypes", List.of("NOISE"), "reporter", Map.of("anonymous", true)));
		String quiet = post("taskforce", "/api/v1/leads/" + anonymousLead + "/accept", null).text("id");
		Response anonymous = post("tfleader", "/api/v1/publicity/cases",
				body("后柳镇噪声扰民问题整改", "UNDERPERFORMANCE", get("taskforce", "/api/v1/problems/" + quiet).text("code"), "整改不力，已约谈。"));
		assertThat(anonymous.status()).isEqualTo(201);
		assertThat(jdbc.sql("select count(*) from audit_event where stream_id = cast(? as uuid) and event_type = 'ReporterIdentityViewed'")
			.param(anonymousLead).query(Long.class).single()).isZero();
	}

	@Test
	@DisplayName("发布页：错误显示在字段旁；撤回后列表标注“已撤回”")
	void thePublishFormShowsEachMistakeNextToItsField() throws Exception {
		MvcResult refused = mvc.perform(MockMvcRequestBuilders.post("/publicity")
			.with(user(users.loadUserByUsername("office")))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("title", "")
			.param("problemCode", "SQ-1999-999999")
			.param("writeUp", "内容")).andReturn();
		String html = refused.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(refused.getResponse().getStatus()).isEqualTo(200);
		assertThat(html).contains("id=\"title-error\"").contains("请填写标题")
			.contains("id=\"category-error\"").contains("请选择案例类别")
			.contains("id=\"problemCode-error\"").contains("台账中没有编号为 SQ-1999-999999 的问题")
			.doesNotContain("id=\"writeUp-error\"");
	}

	private Map<String, Object> body(String title, String category, String problemCode, String writeUp) {
		Map<String, Object> body = new HashMap<>();
		body.put("title", title);
		body.put("category", category);
		if (problemCode != null) {
			body.put("problemCode", problemCode);
		}
		body.put("writeUp", writeUp);
		return body;
	}

	private static List<String> fields(Response r) {
		return r.body().path("errors").valueStream().map(e -> e.path("field").asString()).toList();
	}

	private static String reason(Response r, String field) {
		return r.body()
			.path("errors")
			.valueStream()
			.filter(e -> e.path("field").asString().equals(field))
			.map(e -> e.path("reason").asString())
			.findFirst()
			.orElse("");
	}

	private static List<String> ids(JsonNode items) {
		return items.valueStream().map(i -> i.path("id").asString()).toList();
	}

	/** A page's HTML as a signed-in user (null: the public), in Chinese unless the path asks otherwise. */
	private String page(String username, String path) throws Exception {
		var request = MockMvcRequestBuilders.get(path).accept(MediaType.TEXT_HTML);
		if (username != null) {
			request.with(user(users.loadUserByUsername(username)));
		}
		MvcResult result = mvc.perform(request).andReturn();
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private int status(String username, String path) throws Exception {
		return mvc.perform(MockMvcRequestBuilders.get(path).accept(MediaType.TEXT_HTML)
			.with(user(users.loadUserByUsername(username)))).andReturn().getResponse().getStatus();
	}
}
