package org.ecooversight.accountability.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.ecooversight.support.BrowserTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The discipline organ's workspace in a real browser: a town refers a problem (through the API), the
 * discipline officer finds it in the queue, opens a case, decides an outcome for a party of the three
 * responsibilities, names a further party and refers the matter on; nobody else reaches the workspace.
 */
@DisplayName("问责工作（浏览器）/ the discipline organ's workspace in a browser")
class DisciplineWorkspaceBrowserTest extends BrowserTest {

	private static final String REPORTER_NAME = "举报人（演示）";
	private static final String REPORTER_PHONE = "13800000000";

	@Autowired
	JsonMapper json;

	@Autowired
	java.time.Clock clock;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	@DisplayName("纪检干部研判镇移送的线索并立案，对当事人作出处理（缺理由时字段旁提示），追加当事人，再移送执法部门")
	void theOfficerOpensACaseDecidesAnOutcomeAndRefersTheMatter() throws Exception {
		String reason = "池河镇移送：企业拒不整改，相关部门监管不力（" + UUID.randomUUID().toString().substring(0, 8) + "）";
		String problem = assignedProblemInChihe();
		api("chihe", "/api/v1/accountability/triggers", Map.of("problemId", problem, "reason", reason));

		List<String> refusedByThePolicy = new java.util.ArrayList<>();
		page.onConsoleMessage(m -> {
			if (m.text().contains("Content Security Policy")) {
				refusedByThePolicy.add(m.text());
			}
		});
		signIn("discipline");
		page.navigate(url("/accountability"));
		page.waitForLoadState();
		assertThat(page.locator(".counts li.current").textContent()).contains("待研判");
		Locator row = page.locator("#queue tr", new Page.LocatorOptions().setHasText(reason));
		assertThat(row.textContent()).contains("部门移送");
		shot("queue");
		row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("研判")).click();

		assertThat(page.locator("main").textContent()).contains("Q 触发机制 被动触发").contains(reason)
			.contains("主体责任：党委书记、政府主要负责人");
		assertThat(page.locator("a[href='/problems/" + problem + "']").count()).isPositive();
		page.getByLabel("立案追责").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交研判意见")).click();
		assertThat(page.locator(".field-error").first().textContent()).contains("理由");
		shot("assessment-needs-a-reason");
		page.getByLabel("研判意见（理由）").fill("事实清楚，立案追责，三责同追");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交研判意见")).click();

		page.waitForURL("**/accountability/cases/*");
		page.waitForLoadState();
		assertThat(page.locator("#case-number").textContent()).contains("问责").contains("号");
		assertThat(page.locator(".flash.ok").textContent()).contains("已立案");
		assertThat(page.locator("#resp-PRIMARY").textContent()).contains("主体责任");
		assertThat(page.locator(".party").count()).isGreaterThanOrEqualTo(3);
		assertThat(page.locator(".party").first().textContent()).contains("失职发生日在任");
		String caseUrl = page.url();
		shot("case");

		Locator outcome = page.locator("details.outcome").first();
		outcome.locator("summary").click();
		outcome.getByLabel("处理措施").selectOption("TALK_REMINDER");
		outcome.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("记录处理决定")).click();
		Locator failed = page.locator("details.outcome[open]");
		assertThat(failed.locator(".field-error").textContent()).isEqualTo("请填写理由");
		assertThat(failed.getByLabel("处理措施").inputValue()).isEqualTo("TALK_REMINDER");
		shot("outcome-needs-a-reason");
		failed.getByLabel("处理理由").fill("未及时督促整改，情节较轻，予以谈话提醒");
		failed.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("记录处理决定")).click();
		assertThat(page.locator(".flash.ok").textContent()).contains("处理决定已记录");
		page.waitForLoadState();
		assertThat(page.locator(".party .badge.OUTCOME_DECIDED").first().textContent()).isEqualTo("已作出处理");
		assertThat(page.locator(".decisions").first().textContent()).contains("第一种形态 · 谈话提醒");
		shot("outcome-decided");

		// 三责同追: a further party, named through the form under the case, shows under its responsibility.
		Locator addParty = page.locator("#add-party");
		addParty.locator("summary").click();
		addParty.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("追加当事人")).click();
		addParty = page.locator("#add-party");
		assertThat(addParty.locator("details").getAttribute("open")).isNotNull();
		assertThat(addParty.locator(".field-error").textContent()).isEqualTo("请选择责任类别");
		shot("add-party-needs-a-responsibility");
		addParty.getByLabel("监管责任").check();
		addParty.getByLabel("单位").selectOption(new SelectOption().setLabel("石泉县林业局"));
		Locator holder = addParty.locator("#add-party-person option", new Locator.LocatorOptions().setHasText("局长："))
			.first();
		holder.waitFor(new Locator.WaitForOptions().setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED)); // the unit's post holders on the day of the failure, swapped in by htmx
		String forestryHead = holder.textContent().substring(holder.textContent().indexOf('：') + 1);
		addParty.getByLabel("人员").selectOption(holder.getAttribute("value"));
		shot("add-party-form");
		addParty.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("追加当事人")).click();
		assertThat(page.locator(".field-error").textContent()).isEqualTo("请说明追加该当事人的理由");
		assertThat(page.getByLabel("人员").inputValue()).isEqualTo(holder.getAttribute("value"));
		page.getByLabel("追加理由").fill("林业局对石料厂所在林地的监管失职，一并追责");
		page.locator("#add-party").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("追加当事人")).click();
		assertThat(page.locator(".flash.ok").textContent()).contains("已追加当事人");
		page.waitForLoadState();
		Locator added = page.locator("#resp-REGULATORY .party", new Page.LocatorOptions().setHasText("石泉县林业局"));
		assertThat(added.locator(".party-name").textContent()).isEqualTo(forestryHead);
		assertThat(added.textContent()).contains("局长").contains("审查中");
		added.scrollIntoViewIfNeeded();
		shot("party-added");

		page.locator("details.new-referral summary").click();
		page.getByLabel("移送对象").selectOption("LAW_ENFORCEMENT");
		page.getByLabel("接收机关名称").fill("石泉县生态环境综合执法大队");
		page.getByLabel("移送事由摘要").fill("企业拒不整改，涉嫌环境违法，移送依法查处");
		page.getByLabel("随案移送举报人身份信息").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("移送").setExact(true)).click();
		assertThat(page.locator("details.new-referral .field-error").first().textContent()).contains("纪检监察机关或司法机关");
		shot("referral-refused-reporter-identity");
		page.getByLabel("随案移送举报人身份信息").uncheck();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("移送").setExact(true)).click();
		assertThat(page.locator(".flash.ok").textContent()).contains("已移送");
		page.waitForLoadState();
		Locator referral = page.locator("article.referral").first();
		assertThat(referral.textContent()).contains("石泉县生态环境综合执法大队").contains("待反馈");
		assertThat(page.content()).doesNotContain(REPORTER_NAME).doesNotContain(REPORTER_PHONE);
		shot("referred");

		referral.locator("details summary", new Locator.LocatorOptions().setHasText("登记签收")).click();
		referral.getByLabel("签收日期").fill(today().toString());
		referral.getByLabel("签收人").fill("李某");
		referral.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("登记签收")).click();
		assertThat(page.locator(".flash.ok").textContent()).contains("签收");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("查看移送材料")).first().click();
		assertThat(page.locator("main").textContent()).contains("本移送材料不含举报人身份信息").contains("受理");
		assertThat(page.content()).doesNotContain(REPORTER_NAME).doesNotContain(REPORTER_PHONE);
		shot("package");

		page.goBack();
		page.setViewportSize(390, 844);
		page.navigate(page.url());
		shot("case-phone");
		page.navigate(url("/accountability"));
		page.getByLabel("状态", new Page.GetByLabelOptions().setExact(true)).selectOption("OPEN_CASE");
		page.waitForURL("**/accountability?status=OPEN_CASE");
		assertThat(page.locator(".counts li.current").textContent()).contains("已立案");
		assertThat(page.locator("#queue").textContent()).contains(reason);
		shot("queue-phone");

		page.setViewportSize(1280, 900);
		page.navigate(caseUrl + "?lang=en");
		assertThat(page.locator("#resp-REGULATORY h2").textContent()).contains("Regulatory responsibility");
		assertThat(page.locator("#resp-REGULATORY").textContent()).contains(forestryHead).contains("Under review");
		assertThat(page.locator("article.referral h3").first().textContent())
			.isEqualTo("Administrative law enforcement: 石泉县生态环境综合执法大队");
		assertThat(page.locator("#add-party summary").textContent()).isEqualTo("Add a party");
		shot("case-in-english");
		page.navigate(caseUrl + "?lang=zh-CN");
		assertThat(refusedByThePolicy).as("nothing the Content-Security-Policy refuses").isEmpty();
		assertThat(page.navigate(url("/accountability/cases/" + UUID.randomUUID())).status()).isEqualTo(404);
		assertThat(page.navigate(url("/accountability/triggers/not-an-id")).status()).isEqualTo(404);
	}

	@Test
	@DisplayName("县领导和镇经办人打开问责工作页面：403")
	void aCountyLeaderAndATownUserAreRefused() {
		for (String user : List.of("leader", "chihe")) {
			context.clearCookies();
			signIn(user);
			Response response = page.navigate(url("/accountability"));
			assertThat(response.status()).as(user).isEqualTo(403);
			assertThat(page.locator("h1").textContent()).isEqualTo("无权访问");
			assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("问责工作")).count()).isZero();
			assertThat(page.navigate(url("/accountability/cases")).status()).as(user).isEqualTo(403);
			shot("refused-" + user);
		}
	}

	private LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), org.ecooversight.shared.ChinaTime.ZONE);
	}

	/** A 池河镇 dust problem received by the hotline, accepted and assigned, through the API. */
	private String assignedProblemInChihe() throws Exception {
		String lead = api("office", "/api/v1/leads", Map.of("channel", "HOTLINE_12369", "description",
				"池河镇某石料厂粉尘污染（" + UUID.randomUUID() + "）", "townCode", "610922104", "address", "池河镇某村",
				"pollutionTypes", List.of("AIR"), "reporter",
				Map.of("anonymous", false, "name", REPORTER_NAME, "phone", REPORTER_PHONE))).path("id").asString();
		String problem = api("taskforce", "/api/v1/leads/" + lead + "/accept", null).path("id").asString();
		api("taskforce", "/api/v1/problems/" + problem + "/assign",
				Map.of("requirements", "立即停止违法行为，限期整改到位", "deadline", today().plusDays(15).toString()));
		return problem;
	}

	private JsonNode api(String user, String path, Object body) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((user + ":demo1234").getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", "application/json");
		request.POST(body == null ? HttpRequest.BodyPublishers.noBody()
				: HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
		HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() >= 300) {
			throw new AssertionError(path + " as " + user + ": " + response.statusCode() + " " + response.body());
		}
		return json.readTree(response.body());
	}
}
