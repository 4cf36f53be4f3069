package org.ecooversight.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.ecooversight.support.BrowserTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 5, item 10: Chinese by default, English through the message bundles, chosen by the user. */
@DisplayName("界面语言 / the pages' language")
class LanguageBrowserTest extends BrowserTest {

	@Test
	@DisplayName("默认中文（即使浏览器偏好英文）；用户切换为英文后各页保持英文，可切换回中文")
	void chineseByDefaultEnglishOnRequestAndKept() {
		Page english = browser().newContext(new Browser.NewContextOptions().setLocale("en-US")).newPage();
		english.navigate(url("/login"));
		assertThat(english.locator("html")).hasAttribute("lang", "zh-CN");
		assertThat(english.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录"))).isVisible();
		english.context().close();

		as("taskforce");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("我的待办"))).isVisible();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English")).first().click();
		assertThat(page.locator("html")).hasAttribute("lang", "en");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My tasks"))).isVisible();
		assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main navigation"))
			.getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Problem ledger"))).isVisible();
		assertThat(page.locator(".who")).containsText("Task force member");
		shot("home-in-english");

		page.navigate(url("/"));
		// the choice is kept for the next page
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))).isVisible();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("中文")).first().click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("我的待办"))).isVisible();
	}

	@Test
	@DisplayName("手机屏幕：镇经办人在英文界面打开问题台账和问题页，页面不需横向滚动")
	void theLedgerInEnglishOnAPhone() {
		page = browser().newContext(new Browser.NewContextOptions().setLocale("zh-CN").setViewportSize(390, 844)
			.setIsMobile(true)
			.setHasTouch(true)).newPage();
		signIn("chengguan");
		page.navigate(url("/problems?status=ASSIGNED"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English")).first().click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Problem ledger"))).isVisible();
		// the filter stays as it was
		org.assertj.core.api.Assertions.assertThat(page.url()).contains("status=ASSIGNED").contains("lang=en");
		shot("phone-ledger-en");
		String first = page.locator("tbody a").first().getAttribute("href");
		page.navigate(url(first));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Full record"))).isVisible();
		org.assertj.core.api.Assertions.assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
			.as("no sideways scrolling on a phone")
			.isLessThanOrEqualTo(391);
		shot("phone-problem-en");
		page.context().close();
	}
}
