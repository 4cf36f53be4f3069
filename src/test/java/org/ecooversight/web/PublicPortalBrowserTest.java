package org.ecooversight.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;

import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.Page;
import org.ecooversight.support.BrowserTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The public portal in a real browser: a citizen reports a problem with a photo and looks it up. */
@DisplayName("公众门户（浏览器）/ the public portal in a browser")
class PublicPortalBrowserTest extends BrowserTest {

	@Test
	@DisplayName("群众举报冒黑烟的烟囱，上传照片，得到查询码并查到办理状态")
	void aCitizenReportsAProblemAndLooksItUp() throws Exception {
		page.navigate(url("/public"));
		shot("form");
		page.getByLabel("问题描述").fill("城关镇某砖厂烟囱每天傍晚冒黑烟，气味刺鼻");
		page.getByLabel("所在镇").selectOption("610922100");
		page.getByLabel("详细地点").fill("城关镇某村三组");
		// a pin on the county map (no tile server: the outline is the platform's own data)
		page.locator("#pin-map[data-ready=true]").waitFor();
		page.locator("#pin-map path").first().click();
		assertThat(page.locator("#longitude").inputValue()).isNotBlank();
		assertThat(page.locator("#pin-text").textContent()).contains("经度");
		page.getByLabel("大气污染", new Page.GetByLabelOptions().setExact(true)).check();
		page.getByLabel("现场照片（最多 3 张）").setInputFiles(photo());
		page.getByLabel("姓名").fill("王先生");
		page.getByLabel("手机号码").fill("13900000001");
		shot("filled");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交举报")).click();
		String code = page.locator("#tracking-code").textContent().strip();
		assertThat(code).matches("[A-Z0-9-]{8,14}");
		shot("received");

		page.getByText("查看办理进展").click();
		assertThat(page.locator("#status-label").textContent()).isNotBlank();
		assertThat(page.content()).doesNotContain("王先生").doesNotContain("13900000001");
		shot("tracked");

		page.navigate(url("/public/track?code=XXXX-XXXX"));
		assertThat(page.getByRole(AriaRole.ALERT).textContent()).contains("查询码");
	}

	@Test
	@DisplayName("举报内容中的脚本按文字显示，缺项在字段旁提示")
	void scriptInAComplaintIsShownAsTextAndMissingFieldsAreNamed() {
		AtomicBoolean dialog = new AtomicBoolean();
		page.onDialog(d -> {
			dialog.set(true);
			d.dismiss();
		});
		page.navigate(url("/public"));
		String script = "<script>alert('x')</script><img src=x onerror=alert(1)>";
		page.getByLabel("问题描述").fill(script);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交举报")).click();
		assertThat(page.getByLabel("问题描述").inputValue()).isEqualTo(script);
		assertThat(page.locator(".field-error").allTextContents()).anyMatch(t -> t.contains("镇"));
		assertThat(dialog.get()).isFalse();
		shot("errors");
	}

	@Test
	@DisplayName("公众门户的英文页面和手机宽度：举报表、字段旁的错误、查询、公示")
	void thePortalInEnglishAndOnAPhone() {
		page.navigate(url("/public?lang=en"));
		page.locator("#pin-map[data-ready=true]").waitFor();
		assertThat(page.locator("html").getAttribute("lang")).isEqualTo("en");
		assertThat(page.getByLabel("Air pollution").count()).isEqualTo(1);
		page.locator("#pin-map path").first().click();
		assertThat(page.locator("#pin-text").textContent()).startsWith("Place marked: longitude ");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit report")).click();
		assertThat(page.locator(".field-error").allTextContents()).contains("Please describe the problem",
				"Please choose the town where the problem is", "Please choose at least one type of problem");
		shot("report-errors-english");
		page.navigate(url("/public/track?code=XXXX-XXXX"));
		assertThat(page.getByRole(AriaRole.ALERT).textContent()).contains("tracking code");
		page.navigate(url("/public/disclosure"));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Problems closed")).count()).isEqualTo(1);
		assertThat(page.locator("tbody").last().textContent()).doesNotContain("已验收销号")
			.as("the built-in result in English too")
			.doesNotContain("已整改到位并验收销号");
		shot("disclosure-english");

		page.setViewportSize(390, 844);
		page.navigate(url("/public?lang=zh-CN"));
		page.locator("#pin-map[data-ready=true]").waitFor();
		shot("report-phone");
		page.navigate(url("/public/track"));
		shot("track-phone");
		page.navigate(url("/public/disclosure"));
		shot("disclosure-phone");
	}

	@Test
	@DisplayName("整改公示：挂牌督办和已办结问题，只列编号、镇、类型、状态和答复")
	void theDisclosureListShowsWhatThePolicyAllows() {
		page.navigate(url("/public/disclosure"));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("挂牌督办问题")).count()).isEqualTo(1);
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("已办结问题")).count()).isEqualTo(1);
		assertThat(page.locator("tbody tr").count()).isGreaterThanOrEqualTo(2);
		assertThat(page.content()).doesNotContain("举报人（演示）").doesNotContain("13800000000");
		shot("disclosure");
	}
}
