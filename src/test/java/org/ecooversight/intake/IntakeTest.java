package org.ecooversight.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ecooversight.support.PlatformTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

/** 收集机制: leads through every channel, and every way a lead can be wrong. */
@DisplayName("线索收集 / intake")
class IntakeTest extends PlatformTest {

	@Test
	@DisplayName("同一 Idempotency-Key 重复提交只产生一条线索；同一键用于不同内容被拒绝")
	void theSameIdempotencyKeyTwiceGivesOneLead() throws Exception {
		String key = "hotline-" + UUID.randomUUID();
		Map<String, Object> lead = hotlineCall(CHIHE, unique("池河镇某厂排放黑烟"), "AIR");
		Response first = call("office", MockMvcRequestBuilders.post("/api/v1/leads").header("Idempotency-Key", key), lead);
		Response second = call("office", MockMvcRequestBuilders.post("/api/v1/leads").header("Idempotency-Key", key), lead);
		assertThat(first.status()).isEqualTo(201);
		assertThat(second.status()).isEqualTo(200);
		assertThat(second.text("id")).isEqualTo(first.text("id"));
		assertThat(second.text("trackingCode")).isEqualTo(first.text("trackingCode"));
		assertThat(second.body().path("repeated").asBoolean()).isTrue();
		assertThat(jdbc.sql("select count(*) from lead where idempotency_key = ?").param(key).query(Long.class).single())
			.isEqualTo(1);

		Map<String, Object> other = hotlineCall(CHIHE, "另一件事", "AIR");
		Response misuse = call("office", MockMvcRequestBuilders.post("/api/v1/leads").header("Idempotency-Key", key), other);
		assertThat(misuse.status()).isEqualTo(400);
		assertThat(misuse.body().path("errors").get(0).path("field").asString()).isEqualTo("Idempotency-Key");
	}

	@Test
	@DisplayName("中央督察交办件的编号被解析：轮次、来电/来信、省份、日期、序号、重点件")
	void aCentralInspectionReferenceIsParsedAndKept() throws Exception {
		Map<String, Object> lead = new HashMap<>(hotlineCall(CHIHE, unique("督察转办：某砂石厂无证开采"), "MINING"));
		lead.put("channel", "CENTRAL_INSPECTION");
		lead.put("channelReference", "X2HA202104270093*");
		Response r = post("office", "/api/v1/leads", lead);
		assertThat(r.status()).isEqualTo(201);
		JsonNode ref = get("office", "/api/v1/leads/" + r.text("id")).body().path("inspectionReference");
		assertThat(ref.path("medium").asString()).isEqualTo("LETTER");
		assertThat(ref.path("round").asInt()).isEqualTo(2);
		assertThat(ref.path("provinceName").asString()).isEqualTo("河南");
		assertThat(ref.path("date").asString()).isEqualTo("2021-04-27");
		assertThat(ref.path("sequence").asInt()).isEqualTo(93);
		assertThat(ref.path("priority").asBoolean()).isTrue();

		lead.put("channelReference", "D3SX202502300018");
		Response wrong = post("office", "/api/v1/leads", lead);
		assertThat(wrong.status()).isEqualTo(400);
		assertThat(wrong.body().path("errors").get(0).path("field").asString()).isEqualTo("channelReference");
	}

	@Test
	@DisplayName("错误输入逐字段说明原因，且什么也不保存")
	void badInputIsRefusedFieldByFieldAndNothingIsStored() throws Exception {
		long before = count();
		Map<String, Object> bad = new HashMap<>();
		bad.put("channel", "HOTLINE_12369");
		bad.put("description", "x".repeat(10 * 1024 * 1024));
		bad.put("townCode", "610922999");
		bad.put("longitude", 108.94);
		bad.put("latitude", 34.26);
		bad.put("pollutionTypes", List.of("AIR", "SMELL"));
		bad.put("reportedEntity", Map.of("name", "某公司", "creditCode", "91350100M000100Y44"));
		Response r = post("office", "/api/v1/leads", bad);
		assertThat(r.status()).isEqualTo(400);
		assertThat(r.text("status")).isEqualTo("400");
		List<String> fields = new ArrayList<>();
		r.body().path("errors").forEach(e -> fields.add(e.path("field").asString()));
		assertThat(fields).contains("description", "townCode", "longitude", "pollutionTypes[1]", "reportedEntity.creditCode");
		assertThat(reason(r, "reportedEntity.creditCode")).contains("check character");
		assertThat(reason(r, "townCode")).contains("610922999");
		assertThat(reason(r, "longitude")).contains("outside");
		assertThat(count()).isEqualTo(before);

		Response unknownChannel = post("office", "/api/v1/leads", Map.of("channel", "CARRIER_PIGEON", "description", "x",
				"townCode", CHIHE, "pollutionTypes", List.of("AIR")));
		assertThat(unknownChannel.status()).isEqualTo(400);
		assertThat(unknownChannel.body().path("errors").get(0).path("field").asString()).isEqualTo("channel");

		Response malformed = call("office", MockMvcRequestBuilders.post("/api/v1/leads")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"channel\": \"HOTLINE_12369\", \"description\": "), null);
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.text("title")).isEqualTo("Malformed request");

		Response missing = post("office", "/api/v1/leads", Map.of("channel", "HOTLINE_12369"));
		assertThat(missing.status()).isEqualTo(400);
		List<String> missingFields = new ArrayList<>();
		missing.body().path("errors").forEach(e -> missingFields.add(e.path("field").asString()));
		assertThat(missingFields).contains("description", "townCode", "pollutionTypes");
		assertThat(count()).isEqualTo(before);
	}

	@Test
	@DisplayName("照片按内容检查类型和大小：伪装成图片的脚本被拒绝，真实图片被保存并可核验")
	void filesAreCheckedByContent() throws Exception {
		long before = count();
		MockMultipartFile lead = new MockMultipartFile("lead", "", MediaType.APPLICATION_JSON_VALUE,
				json.writeValueAsBytes(hotlineCall(CHIHE, unique("附图：河道漂浮垃圾"), "WATER")));
		MockMultipartFile script = new MockMultipartFile("files", "photo.jpg", "image/jpeg",
				"#!/bin/sh\nrm -rf /\n".getBytes());
		Response refused = call("office", MockMvcRequestBuilders.multipart("/api/v1/leads").file(lead).file(script), null);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body().path("errors").get(0).path("field").asString()).startsWith("files[0]");
		assertThat(count()).isEqualTo(before);

		MockMultipartFile png = new MockMultipartFile("files", "河道.png", "image/png", png());
		Response stored = call("office", MockMvcRequestBuilders.multipart("/api/v1/leads").file(lead).file(png), null);
		assertThat(stored.status()).isEqualTo(201);
		JsonNode attachment = get("office", "/api/v1/leads/" + stored.text("id")).body().path("attachments").get(0);
		assertThat(attachment.path("mediaType").asString()).isEqualTo("image/png");
		assertThat(attachment.path("sm3").asString()).hasSize(64);
		var download = mvc.perform(MockMvcRequestBuilders.get("/api/v1/attachments/" + attachment.path("id").asString())
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic("office", "demo1234")))
			.andReturn()
			.getResponse();
		assertThat(download.getStatus()).isEqualTo(200);
		assertThat(download.getContentType()).isEqualTo("image/png");
		assertThat(download.getContentAsByteArray()).isEqualTo(png.getBytes());
		assertThat(download.getHeader("X-Content-SM3")).isEqualTo(attachment.path("sm3").asString());
	}

	@Test
	@DisplayName("脚本和 SQL 文本原样保存、原样作为文本返回")
	void scriptAndSqlTextAreStoredAndShownAsText() throws Exception {
		String nasty = "<script>alert('x')</script>'; DROP TABLE problem; -- " + UUID.randomUUID();
		Map<String, Object> lead = new HashMap<>(hotlineCall(CHIHE, nasty, "AIR"));
		lead.put("address", "<img src=x onerror=alert(1)>");
		lead.put("reportedEntity", Map.of("name", "Robert'); DROP TABLE lead;--"));
		Response r = post("office", "/api/v1/leads", lead);
		assertThat(r.status()).isEqualTo(201);
		JsonNode stored = get("office", "/api/v1/leads/" + r.text("id")).body();
		assertThat(stored.path("description").asString()).isEqualTo(nasty);
		assertThat(stored.path("place").path("address").asString()).isEqualTo("<img src=x onerror=alert(1)>");
		assertThat(stored.path("reportedEntity").path("name").asString()).isEqualTo("Robert'); DROP TABLE lead;--");
	}

	@Test
	@DisplayName("公众匿名举报得到查询码；查询码输错一位被识别为输错")
	void thePublicReportsAndTracks() throws Exception {
		Response receipt = post(null, "/api/v1/public/leads", Map.of("description", unique("烟囱冒黑烟"), "townCode",
				CHENGGUAN, "pollutionTypes", List.of("AIR"), "reporter", Map.of("anonymous", true)));
		assertThat(receipt.status()).isEqualTo(201);
		String code = receipt.text("trackingCode");
		assertThat(code).matches("[2-9A-HJ-NP-Z]{12}");
		Response tracked = get(null, "/api/v1/public/leads/" + code);
		assertThat(tracked.text("statusLabel")).isEqualTo("已接收");
		String mistyped = code.substring(0, 5) + (code.charAt(5) == '2' ? '3' : '2') + code.substring(6);
		Response wrong = get(null, "/api/v1/public/leads/" + mistyped);
		assertThat(wrong.status()).isEqualTo(400);
		assertThat(wrong.raw()).contains("mistyped");
		// The public channel is fixed: a member of the public cannot pose as an inspection.
		assertThat(get("office", "/api/v1/leads/" + receipt.text("id")).text("channel")).isEqualTo("PUBLIC_WEB");
	}

	private long count() {
		return jdbc.sql("select count(*) from lead").query(Long.class).single();
	}

	private static String reason(Response r, String field) {
		for (JsonNode e : r.body().path("errors")) {
			if (e.path("field").asString().equals(field)) {
				return e.path("reason").asString();
			}
		}
		return "";
	}

	static byte[] png() throws Exception {
		var image = new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB);
		var out = new java.io.ByteArrayOutputStream();
		javax.imageio.ImageIO.write(image, "png", out);
		return out.toByteArray();
	}
}
