package org.ecooversight.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.ecooversight.shared.ChinaTime;
import org.ecooversight.support.BrowserTest;
import org.ecooversight.support.MutableClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Supervision orders, interviews and extensions on a problem's page, each by the role the policy names. */
@DisplayName("督办、约谈、延期（浏览器）/ the chase in a browser")
class ChaseBrowserTest extends BrowserTest {

	@Autowired
	MutableClock clock;

	@Test
	@DisplayName("县领导挂牌督办；专班提请约谈，县领导审批，专班安排并记录；单位报送整改报告；单位申请延期，专班组长审批")
	void leadersOrderAndInterviewAndUnitsReport() throws Exception {
		// a problem accepted and assigned through the screens
		as("office");
		page.navigate(url("/intake"));
		page.getByLabel("所在镇").selectOption("610922104");
		page.getByLabel("大气污染", new Page.GetByLabelOptions().setExact(true)).check();
		page.getByLabel("来电内容").fill("池河镇某砖厂烟囱冒黑烟（督办测试）");
		page.getByLabel("匿名", new Page.GetByLabelOptions().setExact(true)).check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登记并生成查询码")).click();
		String code = page.locator("#received-code").textContent().strip();
		page.locator("tr", new Page.LocatorOptions().setHasText(code.replace("-", "")))
			.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("受理")).click();
		String problem = page.url();
		as("taskforce");
		page.navigate(problem);
		page.getByLabel("整改要求").fill("限期整改");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("交办")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("督办")).count())
			.as("a task force member may not order supervision (policy: task force leader, county leader)").isZero();

		as("leader");
		page.navigate(problem);
		page.getByLabel("督办方式").selectOption("LISTED_SUPERVISION");
		page.getByLabel("督办要求").fill("挂牌督办，每周报告整改进展");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("下达督办令")).click();
		assertThat(page.content()).contains("挂牌督办 石环督办〔");
		shot("listed");

		as("taskforce");
		page.navigate(problem);
		page.getByLabel("约谈事由").fill("整改不力，群众反映强烈");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提请约谈")).click();
		as("leader");
		page.navigate(problem);
		page.getByLabel("审批意见").fill("同意约谈");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交审批")).click();
		as("taskforce");
		page.navigate(problem);
		// an interview is scheduled ahead (never in the past) and recorded as held once its time has come
		java.time.LocalDateTime inTwoHours = java.time.LocalDateTime.ofInstant(clock.instant(), ChinaTime.ZONE)
			.plusHours(2)
			.truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
		page.getByLabel("时间").fill(inTwoHours.toString());
		page.getByLabel("地点").fill("县政府三楼会议室");
		page.getByLabel("约谈人").fill("县政府分管副县长");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("安排约谈")).click();
		clock.advance(java.time.Duration.ofHours(3));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("记录约谈")).click();
		assertThat(page.locator(".field-error").allTextContents()).as("attendees and minutes are required").isNotEmpty();
		page.getByLabel("参加人员（每行一人：姓名 单位 职务）").fill("张某甲 生态环境分局 局长\n李某乙 池河镇政府 镇长");
		page.getByLabel("约谈纪要").fill("指出问题，要求限期整改");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("记录约谈")).click();
		assertThat(page.content()).contains("已约谈");
		shot("interview-held");

		as("chihe");
		page.navigate(problem);
		page.getByLabel("检查和整改落实情况").fill("镇政府作出深刻检查，已督促企业停产整改");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("报送")).click();
		assertThat(page.locator("p.info").textContent()).contains("已报送");

		as("eeb");
		page.navigate(problem);
		page.getByLabel("延期工作日数").fill("5");
		page.getByLabel("理由").fill("设备采购周期长");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("申请延期")).click();
		as("tfleader");
		page.navigate(problem);
		String before = page.locator("#deadline").textContent();
		page.getByLabel("审批意见").fill("同意延期5个工作日");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交审批")).click();
		assertThat(page.locator("#deadline").textContent()).isNotEqualTo(before);
		shot("extended");
	}
}
