package org.ecooversight.ledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The problem's record as served: an opening recorded before intake masked descriptions is masked when served. */
@DisplayName("问题留痕记录的对外展示 / the record as served")
class RecordAsServedTest {

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	@DisplayName("脱敏之前记录的受理立项：描述中的电话和身份证号在展示时脱敏，并标明")
	void anOpeningRecordedBeforeMaskingIsMaskedWhenServed() {
		JsonNode old = json.readTree("{\"code\":\"SQ-2025-000009\",\"description\":\"来电人电话13912345678，身份证610922199001011230\"}");

		assertThat(ProblemController.maskOldDescription("ProblemOpened", old)).isTrue();
		assertThat(old.path("description").asString()).isEqualTo("来电人电话139****5678，身份证610922********1230");
		assertThat(old.path("code").asString()).isEqualTo("SQ-2025-000009");
	}

	@Test
	@DisplayName("已在受理时脱敏的记录、其他事件原样展示")
	void whatIntakeMaskedAndOtherEventsAreServedAsRecorded() {
		JsonNode masked = json.readTree("{\"description\":\"电话139****5678\",\"descriptionMasked\":true}");
		JsonNode progress = json.readTree("{\"content\":\"已联系13912345678核实\"}");

		assertThat(ProblemController.maskOldDescription("ProblemOpened", masked)).isFalse();
		assertThat(ProblemController.maskOldDescription("ProgressReported", progress)).isFalse();
		assertThat(progress.path("content").asString()).contains("13912345678");
	}
}
