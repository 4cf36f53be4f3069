package org.ecooversight.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.ecooversight.support.PlatformTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A report from the public through the API: the server decides the channel and the time it was received. */
@DisplayName("公众举报接口 / a report from the public")
class PublicLeadTest extends PlatformTest {

	@Test
	@DisplayName("公众不能自行填写受理时间或来源编号：以平台收到的时间为准，来源为网上举报")
	void aCitizenCannotBackdateAReportNorPassItOffAsAnotherChannel() throws Exception {
		Response r = post(null, "/api/v1/public/leads", Map.of("channel", "CENTRAL_INSPECTION", "channelReference",
				"D3SX202505280018", "receivedAt", "2020-01-01T00:00:00Z", "description", unique("池河镇河道夜间倾倒建筑垃圾"),
				"townCode", CHIHE, "pollutionTypes", List.of("SOLID_WASTE"), "reporter", Map.of("anonymous", true)));
		assertThat(r.status()).as(r.raw()).isEqualTo(201);
		String now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS).toString();
		assertThat(r.text("receivedAt")).isEqualTo(now);
		Response lead = get("office", "/api/v1/leads/" + r.text("id"));
		assertThat(lead.text("channel")).isEqualTo("PUBLIC_WEB");
		assertThat(lead.body().path("channelReference").isMissingNode() || lead.body().path("channelReference").isNull()).isTrue();
		assertThat(lead.text("receivedAt")).isEqualTo(now);
	}
}
