package org.ecooversight.publicity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.ecooversight.support.BrowserTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Typical cases in a real browser: the committee office publishes one (its mistakes next to the
 * fields, a write-up naming the reporter refused), the public reads it on the portal, on a phone and
 * in English; the office withdraws it with a reason and it is gone from the portal (404), marked
 * withdrawn in the office's list. No script or style is blocked by the Content-Security-Policy.
 */
@DisplayName("典型案例（浏览器）/ typical cases in a browser")
class TypicalCaseBrowserTest extends BrowserTest {

	@Autowired
	JsonMapper json;

	@Test
	@DisplayName("委员会办公室发布曝光案例，公众在门户上看到；撤回后公众看不到，办公室列表标注已撤回")
	void theOfficePublishesThePublicReadsAndAWithdrawnCaseIsGone() throws Exception {
		String code = problemReportedBy("周桂兰", "13655556666");
		String title = "池河镇某砂石厂夜间违规生产被曝光（" + UUID.randomUUID().toString().substring(0, 6) + "）";

		Page office = as("office");
		List<String> violations = cspViolations(office);
		office.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("主导航"))
			.getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("典型案例"))
			.click();
		visible(office.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("典型案例发布")));
		assertThat(office.locator(".app-nav a.active").textContent()).isEqualTo("典型案例");
		shot("publicity-page");

		// nothing filled in: each mistake next to its field
		office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("发布到公众门户")).click();
		assertThat(office.locator("#title-error").textContent()).contains("请填写标题");
		assertThat(office.locator("#category-error").textContent()).contains("请选择案例类别");
		assertThat(office.locator("#writeUp-error").textContent()).contains("请填写公开内容");
		assertThat(office.getByLabel("标题").getAttribute("aria-invalid")).isEqualTo("true");
		shot("mistakes");

		// a write-up that names the reporter is refused, and what was typed stays
		office.getByLabel("标题").fill(title);
		office.getByLabel("曝光").check();
		office.getByLabel("关联问题编号（可选）").fill(code);
		office.getByLabel("公开内容").fill("群众周桂兰举报：池河镇某砂石厂夜间违规生产，粉尘和噪声扰民。");
		office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("发布到公众门户")).click();
		assertThat(office.locator("#writeUp-error").textContent()).contains("举报人");
		assertThat(office.getByLabel("标题").inputValue()).isEqualTo(title);
		assertThat(office.getByLabel("曝光").isChecked()).isTrue();
		shot("reporter-named");

		office.getByLabel("公开内容").fill("经群众举报，池河镇某砂石厂夜间违规生产，粉尘和噪声扰民。\n"
				+ "县生态环境分局依法立案查处，责令停产整改，并处罚款。\n\n整改情况：已安装喷淋降尘设施，夜间停止生产。");
		office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("发布到公众门户")).click();
		assertThat(office.getByRole(AriaRole.STATUS).textContent()).contains("已发布");
		assertThat(office.locator("#case-state").textContent()).isEqualTo("公开中");
		assertThat(office.locator("#record li").count()).isEqualTo(1);
		String caseUrl = office.url();
		String id = caseUrl.substring(caseUrl.lastIndexOf('/') + 1);
		shot("published");

		// the public, without signing in
		Browser.NewContextOptions phone = new Browser.NewContextOptions().setLocale("zh-CN").setViewportSize(390, 844);
		Page citizen = browser().newContext(new Browser.NewContextOptions().setLocale("zh-CN").setViewportSize(1280, 900)).newPage();
		page = citizen;
		List<String> publicViolations = cspViolations(citizen);
		citizen.navigate(url("/public"));
		citizen.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("公众服务"))
			.getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("典型案例"))
			.click();
		visible(citizen.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("生态环境典型案例")));
		assertThat(citizen.locator(".case-list h2").allTextContents()).contains(title);
		shot("portal-list");
		citizen.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("曝光").setExact(false)).first().click();
		citizen.waitForURL("**/public/cases?category=EXPOSURE");
		assertThat(citizen.locator(".case-list").textContent()).contains(title);
		citizen.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
		citizen.waitForURL("**/public/cases/*");
		assertThat(citizen.locator("#write-up").textContent()).contains("喷淋降尘").doesNotContain("周桂兰")
			.doesNotContain("13655556666");
		assertThat(citizen.content()).contains(code).doesNotContain("office");
		shot("portal-case");

		Page small = browser().newContext(phone).newPage();
		page = small;
		small.navigate(url("/public/cases"));
		shot("portal-list-phone");
		small.navigate(url("/public/cases/" + id));
		shot("portal-case-phone");
		small.navigate(url("/public/cases/" + id + "?lang=en"));
		visible(small.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("← All typical cases")));
		assertThat(small.locator(".case-category").textContent()).isEqualTo("Exposure");
		shot("portal-case-phone-english");

		// the office withdraws it: a reason is required
		page = office;
		office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("撤回")).click();
		assertThat(office.locator("#reason-error").textContent()).contains("请填写撤回理由");
		office.getByLabel("撤回理由").fill("企业已整改到位并申请撤下曝光，经研究同意");
		office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("撤回")).click();
		assertThat(office.getByRole(AriaRole.STATUS).textContent()).contains("已撤回");
		assertThat(office.locator("#case-state").textContent()).isEqualTo("已撤回");
		assertThat(office.locator("#withdrawal-reason").textContent()).contains("企业已整改到位");
		assertThat(office.locator("#record li").count()).isEqualTo(2);
		shot("withdrawn");
		office.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("← 返回典型案例发布")).click();
		assertThat(office.locator("#cases tr.withdrawn").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(title))
			.textContent()).contains("已撤回");
		shot("list-with-withdrawn");
		office.navigate(url("/publicity?lang=en"));
		visible(office.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Publishing typical cases")));
		shot("publicity-page-english");
		office.navigate(url("/publicity/" + id));
		shot("withdrawn-english");
		office.navigate(url("/publicity?lang=zh-CN"));

		// and the public no longer finds it
		page = citizen;
		Response gone = citizen.navigate(url("/public/cases/" + id));
		assertThat(gone.status()).isEqualTo(404);
		visible(citizen.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("没有找到该案例")));
		assertThat(citizen.content()).doesNotContain(title);
		shot("portal-gone");
		citizen.navigate(url("/public/cases"));
		assertThat(citizen.content()).doesNotContain(title);

		assertThat(violations).isEmpty();
		assertThat(publicViolations).isEmpty();
		citizen.context().close();
		small.context().close();
	}

	@Test
	@DisplayName("县领导和部门经办人看不到典型案例发布栏目，直接访问得到 403")
	void othersAreNotOfferedTheSection() {
		for (String user : List.of("leader", "eeb")) {
			Page other = as(user);
			assertThat(other.locator(".app-nav a[href='/publicity']").count()).as(user).isZero();
			assertThat(other.navigate(url("/publicity")).status()).as(user).isEqualTo(403);
		}
	}

	/** Waits (up to Playwright's timeout) until the element is shown: after a click, the next page may still be loading. */
	private static void visible(com.microsoft.playwright.Locator locator) {
		com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(locator).isVisible();
	}

	/** Messages of the browser that report a blocked script or style (CSP), collected as they come. */
	private static List<String> cspViolations(Page page) {
		List<String> violations = new ArrayList<>();
		page.onConsoleMessage(m -> {
			if (m.text().contains("Content Security Policy")) {
				violations.add(m.text());
			}
		});
		return violations;
	}

	/** A problem of 池河镇 on the ledger, reported by name and phone through the hotline; its code. */
	private String problemReportedBy(String name, String phone) throws Exception {
		JsonNode lead = api("office", "/api/v1/leads", Map.of("channel", "HOTLINE_12369", "description",
				"池河镇某砂石厂夜间生产，粉尘和噪声扰民 " + UUID.randomUUID().toString().substring(0, 6), "townCode", "610922104",
				"pollutionTypes", List.of("AIR"), "reporter", Map.of("anonymous", false, "name", name, "phone", phone)));
		return api("taskforce", "/api/v1/leads/" + lead.path("id").asString() + "/accept", null).path("code").asString();
	}

	private JsonNode api(String user, String path, Object body) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(url(path)))
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((user + ":demo1234").getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", "application/json")
			.POST(body == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
			.build();
		HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path + " " + response.body()).isBetween(200, 201);
		return json.readTree(response.body());
	}
}
