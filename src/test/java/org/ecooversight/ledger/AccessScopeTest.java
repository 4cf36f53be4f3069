package org.ecooversight.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ecooversight.support.PlatformTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A town or department sees only the problems it works on, and never who reported them; the task
 * force sees the whole jurisdiction and may open a reporter's identity only with a purpose, which
 * is recorded.
 */
@DisplayName("可见范围与举报人保密 / scope and the reporter's confidentiality")
class AccessScopeTest extends PlatformTest {

	@Test
	@DisplayName("镇经办人看不到其他镇的问题，也看不到任何举报人信息")
	void aTownUserSeesNeitherAnotherTownsProblemNorAnyReporter() throws Exception {
		String marker = unique("后柳镇河道非法采砂");
		String houliuProblem = acceptedProblem(HOULIU, marker, "RIVER");
		String chiheProblem = acceptedProblem(CHIHE, unique("池河镇河道非法采砂"), "RIVER");

		// By URL: another town's problem does not exist for 池河镇.
		assertThat(get("chihe", "/api/v1/problems/" + houliuProblem).status()).isEqualTo(404);
		assertThat(get("chihe", "/api/v1/problems/" + houliuProblem + "/events").status()).isEqualTo(404);
		assertThat(act("chihe", houliuProblem, "progress", Map.of("content", "x")).status()).isEqualTo(404);
		// In the list: only its own problems, and it cannot even count the others.
		Response list = get("chihe", "/api/v1/problems?q=" + marker);
		assertThat(list.body().path("total").asLong()).isZero();
		assertThat(get("taskforce", "/api/v1/problems?q=" + marker).body().path("total").asLong()).isEqualTo(1);
		Response own = get("chihe", "/api/v1/problems?size=500");
		for (JsonNode line : own.body().path("items")) {
			assertThat(line.path("townCode").asString()).isEqualTo(CHIHE);
		}

		// Its own problem: readable, but no field anywhere carries the reporter's identity.
		Response mine = get("chihe", "/api/v1/problems/" + chiheProblem);
		assertThat(mine.status()).isEqualTo(200);
		assertNoReporterIdentity(mine.body());
		assertNoReporterIdentity(get("chihe", "/api/v1/problems/" + chiheProblem + "/events").body());
		assertThat(mine.raw()).doesNotContain("13800000000").doesNotContain("举报人（演示）");
		assertThat(get("chihe", "/api/v1/problems/" + chiheProblem + "/events").raw()).doesNotContain("13800000000");

		// The intake desk and the reporter's identity are closed to the town.
		String lead = mine.text("leadId");
		assertThat(get("chihe", "/api/v1/leads/" + lead).status()).isEqualTo(403);
		assertThat(get("chihe", "/api/v1/leads/" + lead + "/reporter?purpose=x").status()).isEqualTo(403);
		assertThat(get("chihe", "/api/v1/leads").status()).isEqualTo(403);
	}

	@Test
	@DisplayName("专班可凭事由查看举报人联系方式，每次查看都被记录")
	void theTaskForceOpensAReporterIdentityOnlyWithAPurposeAndEveryOpeningIsRecorded() throws Exception {
		String lead = receive(hotlineCall(CHIHE, unique("池河镇某厂偷排废水"), "WATER"));
		assertThat(get("taskforce", "/api/v1/leads/" + lead).raw()).doesNotContain("13800000000");
		assertThat(get("taskforce", "/api/v1/leads/" + lead + "/reporter").status()).isEqualTo(400);
		Response opened = get("taskforce", "/api/v1/leads/" + lead + "/reporter?purpose=回访核实");
		assertThat(opened.status()).isEqualTo(200);
		assertThat(opened.text("phone")).isEqualTo("13800000000");
		List<String> viewers = jdbc.sql("select payload from audit_event where stream_id = ? and event_type = 'ReporterIdentityViewed'")
			.param(java.util.UUID.fromString(lead))
			.query(String.class)
			.list();
		assertThat(viewers).hasSize(1);
		assertThat(viewers.get(0)).contains("taskforce").contains("回访核实");
		// At rest the contact is sealed: neither the projection nor the record holds the number in clear.
		assertThat(jdbc.sql("select count(*) from audit_event where payload like '%13800000000%'").query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from lead where sealed_contact like '%13800000000%'").query(Long.class).single()).isZero();
	}

	@Test
	@DisplayName("部门只能为本单位负责的问题报告进展；不在其中的部门看不到该问题")
	void onlyResponsibleUnitsReportProgress() throws Exception {
		String problem = acceptedProblem(CHENGGUAN, unique("城关镇建筑工地夜间施工扬尘"), "CONSTRUCTION_DUST");
		assign(problem);
		assertThat(act("forestry", problem, "progress", Map.of("content", "x")).status()).isEqualTo(404);
		assertThat(act("housing", problem, "progress", Map.of("content", "已责令停工整改")).status()).isEqualTo(200);
		// A task-force member records no progress for a unit.
		assertThat(act("taskforce", problem, "progress", Map.of("content", "x")).status()).isEqualTo(403);
		// Without credentials the API answers 401 with a problem body.
		Response anonymous = get(null, "/api/v1/problems/" + problem);
		assertThat(anonymous.status()).isEqualTo(401);
		assertThat(anonymous.text("title")).isEqualTo("Unauthorized");
	}

	private static void assertNoReporterIdentity(JsonNode node) {
		List<String> names = new ArrayList<>();
		collectFieldNames(node, names);
		assertThat(names).doesNotContain("reporter", "sealedContact", "contact", "phone", "email", "anonymous");
	}

	private static void collectFieldNames(JsonNode node, List<String> names) {
		if (node.isObject()) {
			for (String name : node.propertyNames()) {
				names.add(name);
				collectFieldNames(node.get(name), names);
			}
		}
		else if (node.isArray()) {
			node.forEach(child -> collectFieldNames(child, names));
		}
	}
}
