package org.ecooversight.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.ecooversight.support.BrowserTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The hotline operator is told, while typing and after registering, what personal data will be masked. */
@DisplayName("受理台提示个人信息脱敏 / the desk warns of personal data in a call")
class PersonalDataBrowserTest extends BrowserTest {

	@Test
	@DisplayName("来电人报出姓名和电话：输入时提示将脱敏，登记后告知已脱敏，待受理列表只见脱敏文字")
	void theOperatorSeesWhatWillBeMasked() {
		as("office");
		page.navigate(url("/intake"));
		page.getByLabel("所在镇", new Page.GetByLabelOptions().setExact(true)).selectOption("610922104");
		page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("大气污染")).check();
		page.getByLabel("姓名", new Page.GetByLabelOptions().setExact(true)).fill("张秀兰");
		page.getByLabel("电话", new Page.GetByLabelOptions().setExact(true)).fill("13912345678");
		page.getByLabel("来电内容", new Page.GetByLabelOptions().setExact(true)).pressSequentially("我是五爱村张秀兰，电话13912345678，石料厂夜里粉尘大");

		page.locator("#personal-data li", new Page.LocatorOptions().setHasText("139****5678")).waitFor();
		assertThat(page.locator("#personal-data").textContent()).contains("手机号码", "姓名", "张**")
			.doesNotContain("13912345678");
		shot("warning-while-typing");

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登记并生成查询码")).click();
		assertThat(page.locator("#masked-kinds").textContent()).contains("姓名、手机号码");
		String code = page.locator("#received-code").textContent().strip().replace("-", "");
		assertThat(page.locator("tr", new Page.LocatorOptions().setHasText(code)).textContent())
			.contains("我是五爱村张**，电话139****5678").doesNotContain("13912345678");
		assertThat(page.content()).doesNotContain("13912345678").doesNotContain("张秀兰");
		shot("masked-after-registering");
	}
}
