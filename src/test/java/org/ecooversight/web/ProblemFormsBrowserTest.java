package org.ecooversight.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.ecooversight.support.BrowserTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A problem's page beyond the plain journey: its place on the county's outline, the government's
 * designation of the responsible units for a problem spanning several domains (S: 涉及多个行业领域的,
 * 由县委县政府确定), and a long-term entry (长期整改台账) with milestones the lead unit completes.
 */
@DisplayName("问题页：位置地图、确定责任单位、长期整改台账（浏览器）")
class ProblemFormsBrowserTest extends BrowserTest {

	@Test
	@DisplayName("跨领域问题由县委县政府确定责任单位后交办；专班建立长期整改台账，格式错误在字段旁提示；牵头单位报告阶段目标完成")
	void designationLongTermEntryAndMilestones() {
		// the public reports, with a pin on the map, dust and forest damage: two regulators
		page.navigate(url("/public"));
		page.getByLabel("问题描述").fill("城关镇某工地毁林施工并扬尘（确定责任单位测试）");
		page.getByLabel("所在镇").selectOption("610922100");
		page.locator("#pin-map[data-ready=true]").waitFor();
		page.locator("#pin-map path").first().click();
		page.getByLabel("建筑施工扬尘").check();
		page.getByLabel("林地与森林资源").check();
		page.getByLabel("匿名举报（不留联系方式，将无法回访）").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交举报")).click();
		String code = page.locator("#tracking-code").textContent().strip();

		as("office");
		page.navigate(url("/intake"));
		Locator row = page.locator("tr", new Page.LocatorOptions().setHasText(code.replace("-", "")));
		if (row.count() == 0) {
			row = page.locator("tr", new Page.LocatorOptions().setHasText(code));
		}
		row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("受理")).click();
		String problem = page.url();
		assertThat(page.locator("#lead-unit").textContent()).contains("待确定");
		assertThat(page.getByText("须由县委县政府确定责任单位").isVisible()).isTrue();
		// the place on the county's outline
		page.locator("#problem-map[data-ready=true]").waitFor();
		assertThat(page.locator("#problem-map path.leaflet-interactive").count()).as("outline and marker").isGreaterThanOrEqualTo(2);
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("交办")).count())
			.as("not assigned before designation").isZero();
		shot("needs-designation");

		// the committee office records the government's designation; a missing decision is named at its field
		page.getByLabel("牵头单位").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("石泉县住房和城乡建设局"));
		page.getByLabel("配合单位（可多选）").selectOption(new com.microsoft.playwright.options.SelectOption[] {
				new com.microsoft.playwright.options.SelectOption().setLabel("石泉县林业局"),
				new com.microsoft.playwright.options.SelectOption().setLabel("石泉县城关镇人民政府") });
		page.getByLabel("决定文号或会议纪要").fill(" ");
		page.locator("#des-ref").evaluate("e => e.removeAttribute('required')");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("确定责任单位")).click();
		assertThat(page.locator("form:has(#des-ref) .field-error").textContent()).contains("决定的文号");
		shot("designation-error");
		page.getByLabel("决定文号或会议纪要").fill("石泉县人民政府专题会议纪要〔2026〕9号");
		page.getByLabel("理由").first().fill("扬尘为主，毁林由林业局配合");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("确定责任单位")).click();
		assertThat(page.locator("#status").textContent()).isEqualTo("已确定责任单位");
		assertThat(page.locator("#lead-unit").textContent()).isEqualTo("石泉县住房和城乡建设局");
		shot("designated");

		// the task force assigns, then opens a long-term entry; a line without a date is refused at the field
		as("taskforce");
		page.navigate(problem);
		page.getByLabel("整改要求").fill("停止毁林施工，落实扬尘防治措施，恢复植被");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("交办")).click();
		String deadline = page.locator("#deadline").textContent().strip();
		page.getByLabel("不能立即整改的原因").fill("植被恢复须跨越一个造林季");
		page.getByLabel("阶段目标（每行一项：完成日期 目标）").fill("完成围挡和洒水\n2099-01-01 完成补植");
		page.getByLabel("最终完成期限").fill(deadline);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("建立长期整改台账")).click();
		assertThat(page.locator("form:has(#lt-milestones) .field-error").textContent()).contains("以完成日期开头");
		shot("long-term-error");
		java.time.LocalDate due = java.time.LocalDate.parse(deadline);
		page.getByLabel("不能立即整改的原因").fill("植被恢复须跨越一个造林季");
		page.getByLabel("阶段目标（每行一项：完成日期 目标）")
			.fill(due.minusDays(10) + " 完成围挡和洒水降尘\n" + due + " 完成补植复绿");
		page.getByLabel("最终完成期限").fill(deadline);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("建立长期整改台账")).click();
		assertThat(page.locator("#long-term tbody tr").count()).isEqualTo(2);
		shot("long-term");

		// the lead unit reports the first milestone done
		as("housing");
		page.navigate(problem);
		page.locator("h3:has-text('完成阶段目标：完成围挡和洒水降尘')").waitFor();
		page.locator("form:has(h3:has-text('完成围挡和洒水降尘')) textarea").fill("围挡和雾炮已到位");
		page.locator("form:has(h3:has-text('完成围挡和洒水降尘')) button").click();
		assertThat(page.locator("#long-term tbody tr").first().textContent()).contains("已完成").contains("围挡和雾炮已到位");
		assertThat(page.locator(".timeline").textContent()).contains("确定责任单位").contains("建立长期整改台账").contains("完成阶段目标");
		shot("milestone-done");
	}

	@Test
	@DisplayName("接线员输入来电时看到同镇同类的相似问题；重复举报在受理台合并到原问题，问题页计入重复举报")
	void aRepeatReportIsSeenWhileTypingAndMergedAtTheDesk() {
		as("office");
		page.navigate(url("/intake"));
		callIn("池河镇某水泥厂夜间排放粉尘，周边车辆落满灰（合并测试）");
		String firstCode = page.locator("#received-code").textContent().strip();
		Locator first = waitingRow(firstCode);
		first.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("受理")).click();
		String problemCode = page.locator("h1 span").first().textContent().strip();
		String problem = page.url();

		// the same complaint again: while the operator types, the problem shows up as similar
		page.navigate(url("/intake"));
		page.getByLabel("所在镇").selectOption("610922104");
		page.getByLabel("大气污染", new Page.GetByLabelOptions().setExact(true)).check();
		page.getByLabel("来电内容").pressSequentially("池河镇某水泥厂夜间排放粉尘");
		page.locator("#similar a", new Page.LocatorOptions().setHasText(problemCode)).waitFor();
		shot("similar-while-typing");
		page.getByLabel("匿名", new Page.GetByLabelOptions().setExact(true)).check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登记并生成查询码")).click();
		String secondCode = page.locator("#received-code").textContent().strip();

		// the desk merges it into the problem it repeats (candidates are found once the lead is stored)
		Locator second = waitingRow(secondCode);
		for (int i = 0; i < 20 && second.locator("details.merge input[type=radio]").count() == 0; i++) {
			page.waitForTimeout(250);
			page.reload();
			second = waitingRow(secondCode);
		}
		assertThat(second.locator("details.merge").textContent()).contains(problemCode).contains("（大气污染）").doesNotContain("AIR");
		shot("merge-offered");
		second.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("合并为重复举报")).click();
		assertThat(page.url()).isEqualTo(problem);
		assertThat(page.locator("p.info").textContent()).contains("重复举报").contains(problemCode);
		assertThat(page.locator("#repeats").textContent()).contains("1");
		assertThat(page.locator(".timeline").textContent()).contains("合并重复举报");
		shot("merged");
	}

	private void callIn(String description) {
		page.getByLabel("所在镇").selectOption("610922104");
		page.getByLabel("大气污染", new Page.GetByLabelOptions().setExact(true)).check();
		page.getByLabel("来电内容").fill(description);
		page.getByLabel("匿名", new Page.GetByLabelOptions().setExact(true)).check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登记并生成查询码")).click();
	}

	private Locator waitingRow(String trackingCode) {
		Locator row = page.locator("tr", new Page.LocatorOptions().setHasText(trackingCode.replace("-", "")));
		return row.count() == 0 ? page.locator("tr", new Page.LocatorOptions().setHasText(trackingCode)) : row;
	}
}
