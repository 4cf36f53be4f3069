package org.ecooversight.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.ecooversight.support.PlatformTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The reporter rates the handling once it is closed; the rating is recorded for the assessment. */
@DisplayName("群众评价 / the reporter's rating")
class PublicRatingTest extends PlatformTest {

	@Test
	@DisplayName("办结后凭查询码评价一次：满意、基本满意、不满意；办结前和重复评价被拒绝")
	void aClosedReportIsRatedOnce() throws Exception {
		Response lead = post(null, "/api/v1/public/leads", Map.of("description", unique("城关镇某厂粉尘"), "townCode",
				CHENGGUAN, "pollutionTypes", List.of("AIR")));
		String code = lead.text("trackingCode");
		String problem = post("taskforce", "/api/v1/leads/" + lead.text("id") + "/accept", null).text("id");
		String path = "/api/v1/public/leads/" + code + "/rating";
		assertThat(post(null, path, Map.of("rating", "SATISFIED")).status()).as("not closed yet").isEqualTo(409);

		assign(problem);
		passEvaluation(problem, "eeb");
		act("taskforce", problem, "close", Map.of("acceptanceNote", "已整改", "inspectors", List.of("王某"),
				"publicReply", "已整改到位"));
		assertThat(post(null, path, Map.of("rating", "SO_SO")).status()).isEqualTo(400);
		Response rated = post(null, path, Map.of("rating", "NOT_SATISFIED", "comment", "夜间仍有粉尘"));
		assertThat(rated.status()).isEqualTo(200);
		assertThat(rated.text("ratingLabel")).isEqualTo("不满意");
		assertThat(post(null, path, Map.of("rating", "SATISFIED")).status()).as("rated once").isEqualTo(409);
		assertThat(jdbc.sql("select rating from lead where id = cast(? as uuid)").param(lead.text("id")).query(String.class)
			.single()).isEqualTo("NOT_SATISFIED");
		assertThat(get("taskforce", "/api/v1/problems/" + problem + "/events").raw()).doesNotContain("HandlingRated");
		assertThat(jdbc.sql("select count(*) from audit_event where event_type = 'HandlingRated' and stream_id = cast(? as uuid)")
			.param(lead.text("id")).query(Long.class).single()).isEqualTo(1);
	}
}
