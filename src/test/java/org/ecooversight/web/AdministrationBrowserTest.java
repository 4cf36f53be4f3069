package org.ecooversight.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.ecooversight.organisation.AdministeringOrganisation;
import org.ecooversight.organisation.Organisation;
import org.ecooversight.organisation.PostKind;
import org.ecooversight.shared.Actor;
import org.ecooversight.shared.Role;
import org.ecooversight.support.BrowserTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

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

	@Autowired
	Organisation organisation;

	@Autowired
	AdministeringOrganisation administering;

	@Test
	@DisplayName("安全管理员新建账号：格式错误在字段旁提示，三员角色不能兼任；新账号可登录")
	void theSecurityAdministratorCreatesAnAccount() {
		signIn("secadmin");
		page.navigate(url("/admin"));
		String username = "clerk" + UUID.randomUUID().toString().substring(0, 6);
		page.getByLabel("账号", new Page.GetByLabelOptions().setExact(true)).fill("Bad Name");
		page.getByLabel("姓名", new Page.GetByLabelOptions().setExact(true)).fill("池河镇新经办人");
		page.getByLabel("初始密码（至少 8 位）").fill("clerk-pass-1");
		page.locator("#acc-unit").selectOption(new SelectOption().setLabel("石泉县池河镇人民政府"));
		page.getByLabel("镇经办人").check();
		page.getByLabel("安全管理员").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("创建账号")).click();
		page.locator("#new-account .field-error").first().waitFor();
		assertThat(page.locator("#new-account .field-error").allTextContents()).anyMatch(t -> t.contains("小写字母"));
		shot("account-refused");

		page.getByLabel("账号", new Page.GetByLabelOptions().setExact(true)).fill(username);
		page.getByLabel("初始密码（至少 8 位）").fill("clerk-pass-1");
		page.getByLabel("镇经办人").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("创建账号")).click();
		page.locator("#new-account .field-error").first().waitFor();
		assertThat(page.locator("#new-account .field-error").allTextContents()).as("an administrator role is held alone")
			.anyMatch(t -> t.contains("三员分立") || t.contains("单独授予"));
		page.getByLabel("初始密码（至少 8 位）").fill("clerk-pass-1");
		page.getByLabel("镇经办人").check();
		page.getByLabel("安全管理员").uncheck();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("创建账号")).click();
		page.locator("p.info").waitFor();
		assertThat(page.locator("p.info").textContent()).contains(username);
		assertThat(page.locator("#accounts").textContent()).contains(username).contains("池河镇新经办人");
		assertThat(page.content()).doesNotContain("clerk-pass-1");
		shot("account-created");

		Page clerk = browser().newContext(new Browser.NewContextOptions().setLocale("zh-CN")).newPage();
		clerk.navigate(url("/login"));
		clerk.getByLabel("用户名").fill(username);
		clerk.getByLabel("密码").fill("clerk-pass-1");
		clerk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录")).click();
		clerk.waitForURL(url("/"));
		assertThat(clerk.locator("h1").textContent()).isEqualTo("我的待办");
		clerk.context().close();
	}

	@Test
	@DisplayName("系统管理员登记任免：有人在任时须先填原任职人员最后在任日；新任人员显示为现任")
	void theSystemAdministratorChangesWhoHoldsAPost() {
		// a post of its own, so no other test's holders change
		Actor sysadmin = new Actor("sysadmin", null, EnumSet.of(Role.SYSTEM_ADMIN));
		var audit = organisation.unitByCode("SQ-AUDIT").orElseThrow();
		String title = "测试职务" + UUID.randomUUID().toString().substring(0, 6);
		administering.createPost(audit.id(), PostKind.STAFF, title, null, sysadmin);

		signIn("sysadmin");
		page.navigate(url("/admin"));
		page.locator("#ap-post").selectOption(new SelectOption().setLabel("石泉县审计局 · " + title + "（空缺）"));
		page.getByLabel("或新登记人员姓名").fill("甲测试");
		page.getByLabel("到任日期").fill("2026-01-05");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登记任免")).click();
		page.locator("p.info").waitFor();
		assertThat(page.locator("p.info").textContent()).contains("甲测试");
		assertThat(page.locator("#units").textContent()).contains(title).contains("甲测试（2026-01-05 起）");

		// the post is held: the holder's last day is asked for, next to its field
		page.locator("#ap-post").selectOption(new SelectOption().setLabel("石泉县审计局 · " + title + "（现任：甲测试）"));
		page.getByLabel("或新登记人员姓名").fill("乙测试");
		page.getByLabel("到任日期").fill("2026-09-01");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登记任免")).click();
		page.locator("#appointment .field-error").first().waitFor();
		assertThat(page.locator("#appointment .field-error").textContent()).contains("最后在任日");
		shot("appointment-refused");
		page.locator("#appointment").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
			.setPath(java.nio.file.Paths.get("target", "screenshots", getClass().getSimpleName(), "appointment-form.png")));
		// a first day that overlaps the old tenure: refused, and the old tenure is not ended either
		page.getByLabel("原任职人员最后在任日（职务空缺可不填）").fill("2026-08-31");
		page.getByLabel("到任日期").fill("2026-08-15");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登记任免")).click();
		page.locator("#appointment .field-error").first().waitFor();
		var heldPost = organisation.posts(audit.id()).stream().filter(p -> p.title().equals(title)).findFirst().orElseThrow();
		assertThat(organisation.tenures(heldPost.id()).stream().filter(t -> t.end() == null).count())
			.as("nothing half stored").isEqualTo(1);
		page.getByLabel("原任职人员最后在任日（职务空缺可不填）").fill("2026-08-31");
		page.getByLabel("到任日期").fill("2026-09-01");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登记任免")).click();
		page.locator("p.info").waitFor();
		assertThat(page.locator("#units").textContent()).contains("乙测试（2026-09-01 起）").doesNotContain("甲测试（2026-01-05 起）");
		shot("appointed");
		var post = organisation.posts(audit.id()).stream().filter(p -> p.title().equals(title)).findFirst().orElseThrow();
		assertThat(organisation.holderOn(post.id(), java.time.LocalDate.of(2026, 3, 1)).orElseThrow().person().name())
			.as("who held it on a day of the first tenure").isEqualTo("甲测试");
	}
}
