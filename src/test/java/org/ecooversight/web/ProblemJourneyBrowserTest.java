package org.ecooversight.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.ecooversight.support.BrowserTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A problem's whole journey through the screens, each step by the user whose work it is: the public
 * reports it, the intake desk accepts it, the task force assigns it, the town reports progress with
 * a photo, the lead department asks for closure, the task force evaluates and closes it, and the
 * public sees it closed with the reply.
 */
@DisplayName("问题全流程（浏览器）/ a problem's journey through the screens")
class ProblemJourneyBrowserTest extends BrowserTest {

	@Test
	@DisplayName("群众举报 → 受理 → 交办 → 镇报告进展（附照片）→ 部门申请销号 → 专班评判、验收销号 → 群众查到已办结")
	void fromThePublicReportToThePublicReply() throws Exception {
		AtomicBoolean dialog = new AtomicBoolean();
		String script = "<script>alert('x')</script>";
		// 1. the public reports
		page.navigate(url("/public"));
		page.getByLabel("问题描述").fill("城关镇某石料厂夜间粉尘很大 " + script);
		page.getByLabel("所在镇").selectOption("610922100");
		page.getByLabel("大气污染", new Page.GetByLabelOptions().setExact(true)).check();
		page.getByLabel("匿名举报（不留联系方式，将无法回访）").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交举报")).click();
		String code = page.locator("#tracking-code").textContent().strip();
		shot("reported");

		// 2. the intake desk accepts it
		as("office");
		page.onDialog(d -> {
			dialog.set(true);
			d.dismiss();
		});
		page.navigate(url("/intake"));
		shot("intake");
		var row = page.locator("tr", new Page.LocatorOptions().setHasText(code.replace("-", "")));
		if (row.count() == 0) {
			row = page.locator("tr", new Page.LocatorOptions().setHasText(code));
		}
		row.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("受理")).click();
		assertThat(page.locator("#status").textContent()).contains("已受理");
		String problemUrl = page.url();
		assertThat(page.locator("#description").textContent()).contains(script);
		assertThat(dialog.get()).as("script in a complaint is shown as text").isFalse();
		shot("accepted");

		// 3. the task force assigns it
		as("taskforce");
		page.navigate(problemUrl);
		page.getByLabel("整改要求").fill("立即落实防尘措施，限期整改到位");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("交办")).click();
		assertThat(page.locator("#status").textContent()).contains("已交办");
		shot("assigned");

		// 4. the town reports progress with a photo
		as("chengguan");
		page.navigate(problemUrl);
		page.getByLabel("整改情况").fill("已督促企业安装喷淋设施");
		page.getByLabel("完成进度（%）").fill("80");
		page.getByLabel("现场照片").setInputFiles(photo());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("报告进展")).click();
		assertThat(page.locator(".thumbs img").count()).isPositive();
		shot("progress");

		// a town that is not responsible cannot open it by URL
		as("houliu");
		var refused = page.navigate(problemUrl);
		assertThat(refused.status()).isEqualTo(404);

		// 5. the lead department asks for closure
		as("eeb");
		page.navigate(problemUrl);
		page.getByLabel("整改完成情况").fill("喷淋和围挡已完成，夜间停止作业");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("申请销号")).click();
		assertThat(page.locator("#status").textContent()).contains("申请销号");

		// 6. the task force evaluates (a missing opinion is named at the field) and closes
		as("taskforce");
		page.navigate(problemUrl);
		page.getByLabel("整改措施（0–100）").fill("90");
		page.getByLabel("整改进度（0–100）").fill("90");
		page.getByLabel("整改效果（0–100）").fill("85");
		page.locator("#opinion").evaluate("e => e.removeAttribute('required')");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交评判")).click();
		assertThat(page.locator(".field-error").allTextContents()).as("the missing opinion, in the reader's words").containsExactly("请填写意见。");
		shot("evaluation-error");
		page.getByLabel("整改措施（0–100）").fill("90");
		page.getByLabel("整改进度（0–100）").fill("90");
		page.getByLabel("整改效果（0–100）").fill("85");
		page.getByLabel("评判意见").fill("整改到位");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交评判")).click();
		page.getByLabel("现场核查情况").fill("现场核查，喷淋设施运行正常");
		page.getByLabel("验收人员（以顿号或逗号分隔）").fill("王某、李某");
		page.getByLabel("向举报人的公开答复").fill("您反映的粉尘问题已整改到位，感谢监督。");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("验收销号")).click();
		assertThat(page.locator("#status").textContent()).contains("销号");
		assertThat(page.locator(".timeline li").count()).isGreaterThanOrEqualTo(6);
		shot("closed");

		// 7. the public sees it closed, with the reply
		page = context.newPage();
		page.navigate(url("/public/track?code=" + code));
		assertThat(page.locator("#public-reply").textContent()).contains("已整改到位");
		shot("public-reply");
		// and rates the handling, once
		page.getByLabel("基本满意").check();
		page.getByLabel("意见（可选）").fill("处理及时，希望加强夜间巡查");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交评价")).click();
		assertThat(page.locator("#rating").textContent()).isEqualTo("基本满意");
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交评价")).count()).isZero();
		shot("rated");
	}
}
