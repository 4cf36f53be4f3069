package org.ecooversight.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Response;
import org.ecooversight.support.BrowserTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Administration in a real browser: the three administrator roles each see their own section only. */
@DisplayName("系统管理（浏览器）/ administration in a browser, three roles apart")
class AdministrationBrowserTest extends BrowserTest {

	@Test
	@DisplayName("系统管理员：单位与现任人员、区划、责任清单、带出处的规则配置；看不到用户和审计")
	void theSystemAdministratorSeesTheOrganisationAndThePolicy() {
		signIn("sysadmin");
		page.navigate(url("/admin"));
		assertThat(page.locator("#system-admin").isVisible()).isTrue();
		assertThat(page.locator("#security-admin").count()).isZero();
		assertThat(page.locator("#audit-admin").count()).isZero();
		assertThat(page.locator("#towns li").count()).isEqualTo(11);
		assertThat(page.locator("#towns").textContent()).contains("池河镇").contains("后柳镇");
		assertThat(page.locator(".unit").first().textContent()).isNotBlank();
		assertThat(page.locator("#responsibility-map tbody tr").count()).isPositive();
		assertThat(page.locator("#system-admin").textContent()).contains("约谈后报告整改落实情况")
			.contains("S 五项机制3 7日内报告")
			.contains("约谈后未在7日内报告整改落实情况")
			.contains("函告提醒")
			.contains("可发布典型案例的角色");
		shot("system");
		section("policy-title", "system-policy-section.png");
		section("units-title", "system-units-section.png");
		page.setViewportSize(390, 844);
		page.navigate(url("/admin"));
		shot("system-phone");

		page.setViewportSize(1280, 900);
		page.navigate(url("/admin?lang=en"));
		assertThat(page.locator("h1").textContent()).isEqualTo("Administration");
		assertThat(page.locator("#system-admin").textContent()).contains("Rectification report after an interview")
			.contains("7 calendar days")
			.contains("S 五项机制3 7日内报告")
			.contains("Condition: Interview report not made in time")
			.contains("Reminder letter");
		assertThat(page.locator("#units").textContent()).contains("Party committee").contains("(since ");
		section("policy-title", "system-policy-section-en.png");
		page.navigate(url("/admin?lang=zh-CN"));
	}

	/** A screenshot of one section only (the whole page is long), next to the numbered ones. */
	private void section(String heading, String file) {
		page.locator("section[aria-labelledby=" + heading + "]")
			.screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
				.setPath(java.nio.file.Paths.get("target", "screenshots", getClass().getSimpleName(), file)));
	}

	@Test
	@DisplayName("安全管理员：用户与角色，不含口令；看不到单位、规则和审计")
	void theSecurityAdministratorSeesAccountsAndRolesOnly() {
		signIn("secadmin");
		page.navigate(url("/admin"));
		assertThat(page.locator("#accounts").textContent()).contains("discipline").contains("纪检监察干部").contains("审计管理员");
		assertThat(page.locator("#system-admin").count()).isZero();
		assertThat(page.locator("#audit-admin").count()).isZero();
		assertThat(page.content()).doesNotContain("$2a$").doesNotContain("$2b$").doesNotContain("demo1234");
		shot("security");
	}

	@Test
	@DisplayName("审计管理员：留痕记录验证结果；看不到单位和用户；其他角色打开系统管理为 403")
	void theAuditAdministratorVerifiesTheRecordAndOthersAreRefused() {
		signIn("auditadmin");
		page.navigate(url("/admin"));
		assertThat(page.locator("#verdict").textContent()).isEqualTo("记录完整：未发现篡改");
		assertThat(page.locator("#system-admin").count()).isZero();
		assertThat(page.locator("#security-admin").count()).isZero();
		shot("audit");
		page.navigate(url("/admin?lang=en"));
		assertThat(page.locator("#verdict").textContent()).isEqualTo("The record is intact: no tampering found");
		shot("audit-en");
		page.navigate(url("/admin?lang=zh-CN"));

		context.clearCookies();
		signIn("discipline");
		Response refused = page.navigate(url("/admin"));
		assertThat(refused.status()).isEqualTo(403);
		assertThat(page.locator("h1").textContent()).isEqualTo("无权访问");
		shot("refused-discipline");
		context.clearCookies();
		signIn("sysadmin");
		assertThat(page.navigate(url("/admin/verification")).status()).isEqualTo(403);
		assertThat(page.navigate(url("/accountability")).status()).isEqualTo(403);
	}
}
