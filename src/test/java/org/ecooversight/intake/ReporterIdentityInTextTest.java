package org.ecooversight.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.awaitility.Awaitility;
import org.ecooversight.support.PlatformTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * 举报人身份保密: a caller who writes his name, phone, ID number and a plate into the description
 * (as callers do) is never shown to the unit reported on, on any path it reads; the task force opens
 * the text as written like the contact, and the opening is recorded.
 */
@DisplayName("描述中的举报人身份不到责任单位 / a reporter's identity in the text never reaches a unit")
@RecordApplicationEvents
class ReporterIdentityInTextTest extends PlatformTest {

	static final String NAME = "张秀兰";
	static final String PHONE = "13912345678";
	static final String ID = "610922199001011234";
	static final String PLATE = "陕G·A1234";
	static final List<String> IDENTITY = List.of(NAME, PHONE, "139 1234 5678", ID, "199001011234", PLATE, "A1234");

	@Autowired
	UserDetailsService users;

	@Autowired
	ApplicationEvents events;

	@Autowired
	DataSource dataSource;

	private String call() {
		return "我是五爱村" + NAME + "，电话" + PHONE + "，身份证号" + ID + "，车牌" + PLATE + "的渣土车夜里往池河边倾倒建筑垃圾（"
				+ UUID.randomUUID().toString().substring(0, 8).replaceAll("\\d", "x") + "）";
	}

	private Map<String, Object> lead(String description) {
		return Map.of("channel", "HOTLINE_12369", "description", description, "townCode", CHIHE, "address", "池河镇五爱村",
				"pollutionTypes", List.of("AIR"), "reporter", Map.of("anonymous", false, "name", NAME, "phone", PHONE));
	}

	@Test
	@DisplayName("受理、交办给生态环境分局后：分局的 API、问题页、台账、Excel、记录和待办里都没有姓名、电话、身份证号、车牌")
	void theUnitReportedOnSeesTheTextMaskedOnEveryPath() throws Exception {
		Response receipt = post("office", "/api/v1/leads", lead(call()));
		assertThat(receipt.status()).isEqualTo(201);
		List<String> kinds = receipt.body().path("personalData").valueStream().map(f -> f.path("kind").asString()).toList();
		assertThat(kinds).contains("NAME", "MOBILE", "ID_CARD", "PLATE");
		assertThat(receipt.raw()).contains("139****5678").doesNotContain(PHONE);
		String lead = receipt.text("id");
		assertThat(events.stream(LeadRecorded.class).filter(e -> e.leadId().value().toString().equals(lead)))
			.singleElement()
			.satisfies(e -> assertThat(e.summary()).contains("张**", "139****5678").doesNotContain(NAME, PHONE, ID));

		Response accepted = post("taskforce", "/api/v1/leads/" + lead + "/accept", null);
		assertThat(accepted.status()).isEqualTo(201);
		String problem = accepted.text("id");
		String code = accepted.text("code");
		assertThat(assign(problem).status()).isEqualTo(200);

		Response view = get("eeb", "/api/v1/problems/" + problem);
		assertThat(view.status()).isEqualTo(200);
		assertThat(view.text("description")).startsWith("我是五爱村张**，电话139****5678，身份证号610922********1234，车牌陕G·***34的渣土车");
		assertNoIdentity(view.raw(), "API problem view");
		assertNoIdentity(get("eeb", "/api/v1/problems/" + problem + "/events").raw(), "API record");
		assertNoIdentity(get("eeb", "/api/v1/problems?q=" + code).raw(), "API ledger");
		String problemPage = page("eeb", "/problems/" + problem);
		assertThat(problemPage).contains("张**，电话139****5678");
		assertNoIdentity(problemPage, "problem page");
		assertNoIdentity(page("eeb", "/problems?q=" + code), "ledger page");
		String excel = excel("eeb", "/problems/export.xlsx?q=" + code);
		assertThat(excel).contains(code).contains("139****5678");
		assertNoIdentity(excel, "Excel export");
		Awaitility.await().atMost(Duration.ofSeconds(20))
			.until(() -> get("eeb", "/api/v1/notifications").raw().contains(code));
		assertNoIdentity(get("eeb", "/api/v1/notifications").raw(), "eeb's inbox");
		assertNoIdentity(get("office", "/api/v1/leads/" + lead).raw(), "the lead as the desk reads it");
		assertThat(get("eeb", "/api/v1/leads/" + lead + "/reporter?purpose=看看").status()).isEqualTo(403);
	}

	@Test
	@DisplayName("有权查看举报人身份的人员打开原文：得到原文和联系方式，这次查阅留痕")
	void whoMayOpenTheContactOpensTheTextAsWrittenAndTheOpeningIsRecorded() throws Exception {
		String description = call();
		String lead = post("office", "/api/v1/leads", lead(description)).text("id");

		Response opened = get("office", "/api/v1/leads/" + lead + "/reporter?purpose=回访举报人");

		assertThat(opened.status()).isEqualTo(200);
		assertThat(opened.text("originalDescription")).isEqualTo(description);
		assertThat(opened.text("name")).isEqualTo(NAME);
		assertThat(opened.text("phone")).isEqualTo(PHONE);
		assertThat(jdbc.sql("select count(*) from audit_event where stream_id = cast(? as uuid) and event_type = 'ReporterIdentityViewed'")
			.param(lead).query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select payload from audit_event where stream_id = cast(? as uuid) and event_type = 'LeadReceived'")
			.param(lead).query(String.class).single()).doesNotContain(PHONE).doesNotContain(NAME);
	}

	@Test
	@DisplayName("匿名来电写进描述的电话、车牌同样脱敏；原文仍可由有权人员留痕查阅")
	void anAnonymousCallersTextIsMaskedToo() throws Exception {
		String description = "不留姓名。每晚十点陕A·D12345新能源渣土车来倒土，司机电话0915-6312345，" + UUID.randomUUID().toString().replaceAll("\\d", "x");
		Response receipt = post("office", "/api/v1/leads", Map.of("channel", "HOTLINE_12369", "description", description,
				"townCode", CHIHE, "pollutionTypes", List.of("SOLID_WASTE"), "reporter", Map.of("anonymous", true)));
		assertThat(receipt.status()).isEqualTo(201);
		String lead = receipt.text("id");

		assertThat(get("office", "/api/v1/leads/" + lead).text("description"))
			.contains("陕A·****45", "0915-*****45").doesNotContain("D12345", "6312345");
		Response opened = get("taskforce", "/api/v1/leads/" + lead + "/reporter?purpose=核实车辆");
		assertThat(opened.text("originalDescription")).isEqualTo(description);
		assertThat(opened.body().path("name").isNull() || opened.body().path("name").isMissingNode()).isTrue();
	}

	@Test
	@DisplayName("受理台：输入时提示将脱敏的个人信息，登记后告知已脱敏的种类")
	@SuppressWarnings("unchecked")
	void theIntakeDeskWarnsTheOperator() throws Exception {
		MvcResult typing = mvc.perform(MockMvcRequestBuilders.post("/intake/personal-data")
			.with(user(users.loadUserByUsername("office")))
			.with(csrf())
			.param("description", "我叫李建国，手机13912345678")
			.param("reporterName", "")
			.param("reporterPhone", "")).andReturn();
		String warning = typing.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(typing.getResponse().getStatus()).isEqualTo(200);
		assertThat(warning).contains("手机号码", "139****5678", "姓名", "李**").doesNotContain("13912345678", "李建国");

		MvcResult registered = mvc.perform(MockMvcRequestBuilders.multipart("/intake")
			.with(user(users.loadUserByUsername("office")))
			.with(csrf())
			.param("channel", "HOTLINE_12369")
			.param("townCode", CHIHE)
			.param("pollutionTypes", "AIR")
			.param("description", call())
			.param("reporterName", NAME)
			.param("reporterPhone", PHONE)).andReturn();
		assertThat(registered.getResponse().getStatus()).isEqualTo(302);
		assertThat((List<Object>) registered.getFlashMap().get("maskedKinds")).contains(PersonalData.Kind.NAME, PersonalData.Kind.MOBILE, PersonalData.Kind.ID_CARD, PersonalData.Kind.PLATE);
		String desk = mvc.perform(MockMvcRequestBuilders.get("/intake")
			.with(user(users.loadUserByUsername("office")))
			.flashAttrs(registered.getFlashMap())).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(desk).contains("id=\"masked-kinds\"").contains("姓名、手机号码、身份证号码、车牌号码");
		assertNoIdentity(desk, "intake desk");
	}

	@Test
	@DisplayName("脱敏之前存下的线索和问题：迁移只改列表用的投影表，留痕记录不动")
	void descriptionsStoredBeforeMaskingAreMaskedInTheProjections() throws Exception {
		String problem = acceptedProblem(CHIHE, unique("池河镇料场扬尘"), "AIR");
		String raw = "老数据：来电人王大山，手机13912345678，身份证610922199001011230";
		jdbc.sql("update problem set description = ? where id = cast(? as uuid)").params(raw, problem).update();

		try (Connection connection = dataSource.getConnection()) {
			assertThat(V18__Mask_personal_data_in_descriptions.maskDescriptions(connection)).isGreaterThanOrEqualTo(1);
		}

		assertThat(jdbc.sql("select description from problem where id = cast(? as uuid)").param(problem)
			.query(String.class).single()).isEqualTo("老数据：来电人王**，手机139****5678，身份证610922********1230");
	}

	private void assertNoIdentity(String text, String where) {
		for (String piece : IDENTITY) {
			assertThat(text).as(where + " must not carry " + piece).doesNotContain(piece);
		}
	}

	private String page(String username, String path) throws Exception {
		MvcResult result = mvc.perform(MockMvcRequestBuilders.get(path).accept(MediaType.TEXT_HTML)
			.with(user(users.loadUserByUsername(username)))).andReturn();
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	/** Every cell of the export, as text. */
	private String excel(String username, String path) throws Exception {
		MvcResult result = mvc.perform(MockMvcRequestBuilders.get(path).with(user(users.loadUserByUsername(username))))
			.andReturn();
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
		List<String> cells = new ArrayList<>();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
			for (Row row : book.getSheetAt(0)) {
				for (Cell cell : row) {
					cells.add(cell.toString());
				}
			}
		}
		return String.join("\n", cells);
	}
}
