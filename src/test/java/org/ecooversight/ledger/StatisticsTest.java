package org.ecooversight.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ecooversight.shared.ChinaTime;
import org.ecooversight.support.PlatformTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

/**
 * The dashboard's figures (统计分析) add up: five hotline problems in the spring of 2025 (a period no
 * other test uses), one closed on time, one closed late, one overdue, one found back at the
 * look-back, one only accepted; counted by type, town, channel and month, with the on-time rate
 * per lead unit and per town.
 */
@DisplayName("统计分析 / dashboard figures")
class StatisticsTest extends PlatformTest {

	static final String PERIOD = "from=2025-03-01&to=2025-05-31";

	@Autowired
	MarkingLookBacksDue lookBacks;

	@Autowired
	UserDetailsService users;

	private Instant saved;

	@BeforeEach
	void springOf2025() {
		saved = clock.instant();
		at(LocalDate.of(2025, 3, 3));
	}

	@AfterEach
	void backToNow() {
		clock.set(saved);
	}

	@Test
	@DisplayName("按类型、镇、渠道、月份计数；按期整改率 = 期限内销号 ÷ 已销号；逾期与反弹分别计数")
	void theFiguresCountWhatHappenedInThePeriod() throws Exception {
		// 3 March: four problems accepted and assigned, due 18 March.
		String onTime = assigned(CHIHE, "池河镇石料厂粉尘", "AIR");
		String late = assigned(CHENGGUAN, "城关镇砖厂烟尘", "AIR");
		String overdue = assigned(HOULIU, "后柳镇非法采砂", "MINING");
		String rebound = assigned(CHENGGUAN, "城关镇搅拌站扬尘", "AIR");
		// 10 March: two struck off in time.
		at(LocalDate.of(2025, 3, 10));
		close(onTime, "eeb");
		close(rebound, "eeb");
		// 25 March: one struck off a week after its deadline.
		at(LocalDate.of(2025, 3, 25));
		close(late, "eeb");
		// 2 April: one only accepted.
		at(LocalDate.of(2025, 4, 2));
		acceptedProblem(CHIHE, unique("池河镇河道垃圾"), "AIR");
		// 10 June: the look-back finds one problem back; it is reopened and no longer counts as closed.
		at(LocalDate.of(2025, 6, 10));
		lookBacks.sweep();
		assertThat(act("taskforce", rebound, "look-back/rebound", Map.of("note", "回头看发现扬尘反弹")).text("status"))
			.isEqualTo("REOPENED");

		JsonNode f = dashboard("leader", PERIOD).body();
		assertThat(f.path("problems").asLong()).isEqualTo(5);
		assertThat(f.path("closed").asLong()).isEqualTo(2);
		assertThat(f.path("closedOnTime").asLong()).isEqualTo(1);
		assertThat(f.path("onTimeRate").asDouble()).isEqualTo(0.5);
		assertThat(f.path("closedLate").asLong()).isEqualTo(1);
		assertThat(f.path("overdue").asLong()).isEqualTo(1);
		assertThat(f.path("reboundProblems").asLong()).isEqualTo(1);
		assertThat(f.path("rebounds").asLong()).isEqualTo(1);

		assertThat(counts(f.path("byPollutionType"))).containsExactly("AIR 大气污染 4", "MINING 矿产资源开发 1");
		List<String> towns = counts(f.path("byTown"));
		assertThat(towns.subList(0, 3)).containsExactly("610922100 城关镇 2", "610922104 池河镇 2", "610922105 后柳镇 1");
		assertThat(towns).as("every town of Shiquan, those without problems as 0").hasSize(11);
		assertThat(towns.subList(3, 11)).allMatch(t -> t.endsWith(" 0"));
		assertThat(counts(f.path("byChannel"))).containsExactly("HOTLINE_12369 12369环保热线 5");
		assertThat(counts(f.path("byMonth"))).containsExactly("2025-03 2025年3月 4", "2025-04 2025年4月 1",
				"2025-05 2025年5月 0");

		// Towns: 池河镇 all on time, 城关镇 none on time (one late, one reopened), 后柳镇 nothing closed and one overdue.
		assertThat(performance(f.path("towns"))).containsExactly(
				"池河镇 problems 2 closed 1 onTime 1 rate 1.0 overdue 0 rebounds 0",
				"城关镇 problems 2 closed 1 onTime 0 rate 0.0 overdue 0 rebounds 1",
				"后柳镇 problems 1 closed 0 onTime 0 rate - overdue 1 rebounds 0");
		// Lead units: the eco-environment branch regulates air, natural resources mining.
		String eeb = get("taskforce", "/api/v1/problems/" + onTime).body().path("leadUnit").path("id").asString();
		String natres = get("taskforce", "/api/v1/problems/" + overdue).body().path("leadUnit").path("id").asString();
		assertThat(eeb).isNotEqualTo(natres);
		JsonNode units = f.path("units");
		assertThat(units).hasSize(2);
		assertThat(units.get(0).path("key").asString()).isEqualTo(eeb);
		assertThat(units.get(0).path("label").asString()).contains("生态环境");
		assertThat(performance(units)).containsExactly(
				units.get(0).path("label").asString() + " problems 4 closed 2 onTime 1 rate 0.5 overdue 0 rebounds 1",
				units.get(1).path("label").asString() + " problems 1 closed 0 onTime 0 rate - overdue 1 rebounds 0");
		assertThat(units.get(1).path("key").asString()).isEqualTo(natres);

		// A period is its days in China time: March alone holds four, a day before it none.
		assertThat(dashboard("office", "from=2025-03-01&to=2025-03-31").body().path("problems").asLong()).isEqualTo(4);
		assertThat(dashboard("taskforce", "from=2025-02-01&to=2025-03-02").body().path("problems").asLong()).isZero();
	}

	@Test
	@DisplayName("镇、部门经办人和纪检人员看不到统计分析；期间倒置被拒绝")
	void onlyThoseWhoSteerTheWorkReadTheFigures() throws Exception {
		assertThat(dashboard("chihe", PERIOD).status()).isEqualTo(403);
		assertThat(dashboard("eeb", PERIOD).status()).isEqualTo(403);
		assertThat(dashboard("discipline", PERIOD).status()).isEqualTo(403);
		assertThat(dashboard("tfleader", PERIOD).status()).isEqualTo(200);
		assertThat(dashboard("leader", "from=2025-05-01&to=2025-04-01").status()).isEqualTo(400);
	}

	/** GET /dashboard/data as a signed-in user (the pages' session, not the API's Basic). */
	private Response dashboard(String username, String query) throws Exception {
		MvcResult result = mvc.perform(MockMvcRequestBuilders.get("/dashboard/data?" + query)
			.with(user(users.loadUserByUsername(username)))).andReturn();
		String content = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		return new Response(result.getResponse().getStatus(), content.isBlank() ? json.nullNode() : json.readTree(content),
				null, content);
	}

	private String assigned(String town, String description, String type) throws Exception {
		String problem = acceptedProblem(town, unique(description), type);
		Response r = act("taskforce", problem, "assign",
				Map.of("requirements", "限期整改", "deadline", LocalDate.of(2025, 3, 18).toString()));
		assertThat(r.status()).as(r.toString()).isEqualTo(200);
		return problem;
	}

	private void close(String problem, String leadUnitUser) throws Exception {
		passEvaluation(problem, leadUnitUser);
		Response closed = act("taskforce", problem, "close",
				Map.of("acceptanceNote", "现场核查合格", "inspectors", List.of("专班成员（演示）")));
		assertThat(closed.text("status")).as(closed.toString()).isEqualTo("CLOSED");
	}

	private void at(LocalDate day) {
		clock.set(day.atTime(10, 0).atZone(ChinaTime.ZONE).toInstant());
	}

	private static List<String> counts(JsonNode rows) {
		List<String> out = new ArrayList<>();
		rows.forEach(r -> out.add(r.path("key").asString() + " " + r.path("label").asString() + " " + r.path("count").asLong()));
		return out;
	}

	private static List<String> performance(JsonNode rows) {
		List<String> out = new ArrayList<>();
		rows.forEach(r -> out.add(r.path("label").asString() + " problems " + r.path("problems").asLong() + " closed "
				+ r.path("closed").asLong() + " onTime " + r.path("closedOnTime").asLong() + " rate "
				+ (r.path("onTimeRate").isNull() || r.path("onTimeRate").isMissingNode() ? "-" : String.valueOf(r.path("onTimeRate").asDouble())) + " overdue "
				+ r.path("overdue").asLong() + " rebounds " + r.path("rebounds").asLong()));
		return out;
	}
}
