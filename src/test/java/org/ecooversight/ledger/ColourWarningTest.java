package org.ecooversight.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.ecooversight.support.PlatformTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** 预警: blue near the deadline, yellow behind the milestone plan, red overdue; in lists and counts. */
@DisplayName("红黄蓝预警 / colour warnings")
class ColourWarningTest extends PlatformTest {

	@Test
	@DisplayName("期限临近为蓝色，逾期为红色；问题清单可按颜色筛选，按镇统计")
	void aProblemTurnsBlueNearItsDeadlineAndRedAfterIt() throws Exception {
		String marker = unique("池河镇废水预警测试");
		String problem = acceptedProblem(CHIHE, marker, "WATER");
		act("taskforce", problem, "assign", Map.of("requirements", "限期整改", "deadline", today().plusDays(30).toString()));
		assertThat(colour(problem)).isEqualTo("NONE");

		clock.advance(Duration.ofDays(29));
		assertThat(colour(problem)).isEqualTo("BLUE");
		assertThat(listed(marker, "BLUE")).isEqualTo(1);
		assertThat(listed(marker, "RED")).isZero();

		long redBefore = redInTown(CHIHE);
		clock.advance(Duration.ofDays(2));
		assertThat(colour(problem)).isEqualTo("RED");
		assertThat(get("taskforce", "/api/v1/problems/" + problem).text("colourLabel")).contains("逾期");
		assertThat(listed(marker, "RED")).isEqualTo(1);
		assertThat(redInTown(CHIHE)).isEqualTo(redBefore + 1);
		// A town sees counts for its own problems only; another town does not count this one.
		assertThat(get("houliu", "/api/v1/problems/warnings").raw()).doesNotContain(CHIHE);
	}

	@Test
	@DisplayName("长期整改台账的阶段目标逾期未完成为黄色")
	void aLongTermEntryBehindItsMilestonesIsYellow() throws Exception {
		String marker = unique("后柳镇尾矿库预警测试");
		String problem = acceptedProblem(HOULIU, marker, "MINING");
		assign(problem);
		act("taskforce", problem, "long-term-entry", Map.of("reason", "跨年度实施", "finalDeadline",
				today().plusMonths(10).toString(), "milestones",
				List.of(Map.of("title", "完成方案", "due", today().plusDays(20).toString()))));
		clock.advance(Duration.ofDays(21));
		assertThat(colour(problem)).isEqualTo("YELLOW");
		JsonNode milestone = get("taskforce", "/api/v1/problems/" + problem).body().path("longTermEntry").path("milestones").get(0);
		assertThat(milestone.path("colour").asString()).isEqualTo("RED");
		assertThat(listed(marker, "YELLOW")).isEqualTo(1);
		act("natres", problem, "milestones/" + milestone.path("id").asString() + "/complete", Map.of("note", "已完成"));
		assertThat(colour(problem)).isEqualTo("NONE");
	}

	private String colour(String problem) throws Exception {
		return get("taskforce", "/api/v1/problems/" + problem).text("colour");
	}

	private long listed(String marker, String colour) throws Exception {
		return get("taskforce", "/api/v1/problems?colour=" + colour + "&q=" + marker).body().path("total").asLong();
	}

	private long redInTown(String town) throws Exception {
		for (JsonNode row : get("taskforce", "/api/v1/problems/warnings?by=town").body()) {
			if (row.path("key").asString().equals(town)) {
				return row.path("red").asLong();
			}
		}
		return 0;
	}
}
