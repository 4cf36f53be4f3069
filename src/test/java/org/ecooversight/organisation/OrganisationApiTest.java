package org.ecooversight.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.ecooversight.support.PlatformTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The organisation answers "who held this post on that day", and refuses what does not exist. */
@DisplayName("组织与任职 / organisation and tenures")
class OrganisationApiTest extends PlatformTest {

	@Test
	@DisplayName("池河镇党委书记 2026 年 6 月 1 日换人：按日期查询得到当时在任的人")
	void whoHeldThePostOnThatDay() throws Exception {
		JsonNode units = get("discipline", "/api/v1/units").body();
		String committee = null;
		for (JsonNode unit : units) {
			if (unit.path("code").asString().equals("SQ-T610922104-PC")) {
				committee = unit.path("id").asString();
			}
		}
		assertThat(committee).isNotNull();
		JsonNode posts = get("discipline", "/api/v1/units/" + committee + "/posts").body();
		JsonNode post = null;
		for (JsonNode p : posts) {
			if (p.path("title").asString().equals("镇党委书记")) {
				post = p;
			}
		}
		assertThat(post).as("the town party committee has a secretary's post").isNotNull();
		String secretary = post.path("id").asString();
		assertThat(post.path("tenures")).hasSize(2);

		Response before = get("discipline", "/api/v1/posts/" + secretary + "/holder?on=2026-05-01");
		Response after = get("discipline", "/api/v1/posts/" + secretary + "/holder?on=2026-07-01");
		assertThat(before.status()).as(before.toString()).isEqualTo(200);
		assertThat(before.text("personName")).isNotBlank();
		assertThat(after.text("personName")).isNotBlank().isNotEqualTo(before.text("personName"));
		assertThat(before.text("to")).isEqualTo("2026-05-31");
		assertThat(get("discipline", "/api/v1/posts/" + secretary + "/holder?on=2020-01-01").status()).isEqualTo(404);
	}

	@Test
	@DisplayName("不存在的区划代码被拒绝并说明；只有系统管理员可以维护组织和责任清单")
	void unknownDivisionCodesAreRefused() throws Exception {
		Map<String, Object> unit = Map.of("code", unique("SQ-TEST"), "name", "测试单位", "kind", "DEPARTMENT", "regionCode", "610999");
		assertThat(post("secadmin", "/api/v1/units", unit).status()).isEqualTo(403);
		Response refused = post("sysadmin", "/api/v1/units", unit);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body().path("errors").get(0).path("field").asString()).isEqualTo("regionCode");
		assertThat(refused.body().path("errors").get(0).path("reason").asString()).contains("610999");

		Response line = post("sysadmin", "/api/v1/responsibilities", Map.of("regionCode", "610922199", "domainCode", "AIR",
				"kind", "REGULATORY", "unitId", "00000000-0000-0000-0000-000000000000"));
		assertThat(line.status()).isEqualTo(400);
		assertThat(line.raw()).contains("610922199");
	}

	@Test
	@DisplayName("超长的备注、不存在或超长的领域代码在入库前被拒绝，指明字段和原因（400，不是500）")
	void overLongTextsAndUnknownDomainsAreRefusedAtTheEdge() throws Exception {
		Response note = post("sysadmin", "/api/v1/persons", Map.of("name", "张某", "note", "备".repeat(201)));
		assertThat(note.status()).as(note.toString()).isEqualTo(400);
		assertThat(note.body().path("errors").get(0).path("field").asString()).isEqualTo("note");
		assertThat(note.body().path("errors").get(0).path("reason").asString()).contains("200");

		String unit = get("sysadmin", "/api/v1/units").body().get(0).path("id").asString();
		for (String domain : new String[] { "NO-SUCH-DOMAIN", "D".repeat(41) }) {
			Response post = post("sysadmin", "/api/v1/units/" + unit + "/posts",
					Map.of("kind", "DEPARTMENT_HEAD", "title", "测试职务", "domainCode", domain));
			assertThat(post.status()).as(post.toString()).isEqualTo(400);
			assertThat(post.body().path("errors").get(0).path("field").asString()).isEqualTo("domainCode");
		}
		assertThat(jdbc.sql("select count(*) from post where title = '测试职务'").query(Integer.class).single())
			.as("nothing half-stored").isZero();
	}

	@Test
	@DisplayName("责任清单按县文件划分：住建局管建筑扬尘，自然资源局管矿产，林业局管林地，生态环境分局管污染排放")
	void theResponsibilityMapFollowsTheCountyDocument() throws Exception {
		assertThat(proposed("CONSTRUCTION_DUST")).isEqualTo("石泉县住房和城乡建设局");
		assertThat(proposed("MINING")).isEqualTo("石泉县自然资源局");
		assertThat(proposed("FORESTRY")).isEqualTo("石泉县林业局");
		assertThat(proposed("WATER")).isEqualTo("安康市生态环境局石泉分局");
		assertThat(proposed("QINLING")).isEqualTo("石泉县发展和改革局（县秦岭办）");
	}

	private String proposed(String domain) throws Exception {
		JsonNode routing = get("office", "/api/v1/responsibilities/proposal?town=" + CHIHE + "&pollutionTypes=" + domain).body();
		String lead = routing.path("leadUnit").asString();
		for (JsonNode unit : get("office", "/api/v1/units").body()) {
			if (unit.path("id").asString().equals(lead)) {
				return unit.path("name").asString();
			}
		}
		return null;
	}
}
