package org.ecooversight.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ecooversight.support.PlatformTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The life of a problem in the words of the two documents: accepted (受理), designated (确定责任单位),
 * assigned with a rectification notice (交办), rectified (整改), judged (评判), struck off (验收销号),
 * looked back at (回头看).
 */
@DisplayName("问题全流程 / the life of a problem")
class ProblemLifecycleTest extends PlatformTest {

	@Test
	@DisplayName("12369 投诉：受理、交办、整改、申请销号、评判、验收销号、回头看，每一步都在留痕记录中")
	void aHotlineComplaintGoesFromAcceptanceToLookBack() throws Exception {
		String lead = receive(hotlineCall(CHIHE, unique("池河镇某石料厂夜间粉尘污染严重"), "AIR"));

		// 受理: the responsibility map proposes the eco-environment branch (regulatory) and the town (territorial).
		Response accepted = post("taskforce", "/api/v1/leads/" + lead + "/accept", null);
		assertThat(accepted.status()).isEqualTo(201);
		String problem = accepted.text("id");
		assertThat(accepted.text("status")).isEqualTo("ACCEPTED");
		assertThat(accepted.body().path("leadUnit").path("name").asString()).isEqualTo("安康市生态环境局石泉分局");
		assertThat(accepted.body().path("coUnits").get(0).path("name").asString()).isEqualTo("石泉县池河镇人民政府");
		assertThat(accepted.text("code")).matches("SQ-\\d{4}-\\d{6}");

		// 交办: a written notice with requirements and deadline, copied to the leader in charge, the discipline commission and the assessment office.
		Response assigned = assign(problem);
		assertThat(assigned.status()).isEqualTo(200);
		assertThat(assigned.text("status")).isEqualTo("ASSIGNED");
		JsonNode notice = assigned.body().path("notices").get(0);
		assertThat(notice.path("noticeNumber").asString()).matches("石环督整〔\\d{4}〕\\d+号");
		List<String> copies = new ArrayList<>();
		notice.path("copiedTo").forEach(c -> copies.add(c.path("capacity").asString()));
		assertThat(copies).contains("纪委监委", "考核办").anyMatch(c -> c.contains("副县长"));
		assertThat(assigned.body().path("deadline").asString()).isEqualTo(today().plusDays(15).toString());

		// 整改: the lead unit and the town report progress; the lead unit asks for closure.
		assertThat(act("chihe", problem, "progress", Map.of("content", "已督促企业停产整顿，覆盖料堆", "percentComplete", 40)).status())
			.isEqualTo(200);
		assertThat(act("eeb", problem, "progress", Map.of("content", "已完成除尘设施改造", "percentComplete", 90)).text("status"))
			.isEqualTo("RECTIFYING");
		assertThat(act("eeb", problem, "closure-request", Map.of("summary", "整改完成，粉尘排放达标")).text("status"))
			.isEqualTo("CLOSURE_REQUESTED");

		// 评判: measures, progress and effect scored; a pass goes on to the acceptance check.
		Response judged = act("taskforce", problem, "evaluation", Map.of("measuresScore", 90, "progressScore", 85,
				"effectScore", 88, "verdict", "PASS", "opinion", "措施到位，效果明显"));
		assertThat(judged.text("status")).isEqualTo("PASSED_EVALUATION");

		// 验收销号, then the look-back falls due after the configured interval (90 days by default).
		Response closed = act("taskforce", problem, "close", Map.of("acceptanceNote", "现场核查，料堆已全部覆盖",
				"publicReply", "您反映的粉尘问题已整改到位。", "inspectors", List.of("专班成员（演示）")));
		assertThat(closed.text("status")).isEqualTo("CLOSED");
		clock.advance(Duration.ofDays(89));
		assertThat(sweep()).isZero();
		clock.advance(Duration.ofDays(2));
		assertThat(sweep()).isPositive();
		assertThat(status(problem)).isEqualTo("LOOK_BACK_DUE");
		assertThat(act("taskforce", problem, "look-back/pass", Map.of("note", "回头看未发现反弹")).text("status"))
			.isEqualTo("LOOK_BACK_PASSED");

		// The record tells the whole story, in order, each event chained to the one before.
		Response events = get("taskforce", "/api/v1/problems/" + problem + "/events");
		List<String> types = new ArrayList<>();
		events.body().forEach(e -> types.add(e.path("type").asString()));
		assertThat(types).containsExactly("ProblemOpened", "ProblemAssigned", "ProgressReported", "ProgressReported",
				"ClosureRequested", "RectificationEvaluated", "ProblemClosed", "LookBackFellDue", "LookBackPassed");
		for (int i = 1; i < events.body().size(); i++) {
			assertThat(events.body().get(i).path("prevHash").asString())
				.isEqualTo(events.body().get(i - 1).path("hash").asString());
		}
		assertThat(events.body().get(1).path("actor").asString()).isEqualTo("taskforce");
	}

	@Autowired
	MarkingLookBacksDue lookBacks;

	private int sweep() {
		return lookBacks.sweep();
	}

	@Test
	@DisplayName("涉及多个行业领域的问题，由同级党委政府确定责任单位后方可交办，整改期限自确定之日起算")
	void aProblemAcrossSeveralDomainsIsDesignatedByTheGovernmentBeforeAssignment() throws Exception {
		String lead = receive(hotlineCall(CHENGGUAN, unique("城关镇某工地毁林施工并扬尘"), "CONSTRUCTION_DUST", "FORESTRY"));
		Response accepted = post("office", "/api/v1/leads/" + lead + "/accept", null);
		String problem = accepted.text("id");
		assertThat(accepted.body().path("requiresDesignation").asBoolean()).isTrue();
		assertThat(accepted.body().path("allowedActions").toString()).doesNotContain("\"ASSIGN\"").contains("DESIGNATE");

		Response refused = assign(problem);
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.text("detail")).contains("ACCEPTED").contains("designate");

		// A task-force member cannot designate: that is the party committee and government's decision.
		JsonNode units = get("leader", "/api/v1/units").body();
		String housing = unitId(units, "SQ-HOUSING");
		String forestry = unitId(units, "SQ-FORESTRY");
		Map<String, Object> designation = Map.of("leadUnit", housing, "coUnits", List.of(forestry),
				"decisionReference", "石泉县人民政府专题会议纪要〔2026〕5号", "reason", "扬尘为主，毁林由林业局配合");
		assertThat(act("taskforce", problem, "designate", designation).status()).isEqualTo(403);
		Response designated = act("leader", problem, "designate", designation);
		assertThat(designated.text("status")).isEqualTo("DESIGNATED");
		assertThat(designated.body().path("designation").path("leadUnit").path("name").asString()).isEqualTo("石泉县住房和城乡建设局");

		Response assigned = assign(problem);
		assertThat(assigned.text("status")).isEqualTo("ASSIGNED");
		assertThat(assigned.body().path("leadUnit").path("name").asString()).isEqualTo("石泉县住房和城乡建设局");
	}

	@Test
	@DisplayName("一时难以整改的问题建立长期台账、逐步推进：阶段目标全部完成后方可申请销号")
	void aLongTermLedgerEntryIsClosedOnlyWhenEveryMilestoneIsMet() throws Exception {
		String problem = acceptedProblem(HOULIU, unique("后柳镇历史遗留尾矿库生态修复"), "MINING");
		assign(problem);
		Response entry = act("taskforce", problem, "long-term-entry", Map.of("reason", "生态修复需跨年度实施",
				"finalDeadline", today().plusMonths(10).toString(), "milestones",
				List.of(Map.of("title", "完成修复方案编制", "due", today().plusMonths(2).toString()),
						Map.of("title", "完成植被恢复", "due", today().plusMonths(8).toString()))));
		assertThat(entry.status()).isEqualTo(200);
		assertThat(entry.body().path("longTermEntry").path("milestones")).hasSize(2);
		assertThat(entry.body().path("deadline").asString()).isEqualTo(today().plusMonths(10).toString());

		Response tooEarly = act("natres", problem, "closure-request", Map.of("summary", "已完成"));
		assertThat(tooEarly.status()).isEqualTo(409);
		assertThat(tooEarly.text("detail")).contains("完成修复方案编制");

		for (JsonNode milestone : entry.body().path("longTermEntry").path("milestones")) {
			Response done = act("natres", problem, "milestones/" + milestone.path("id").asString() + "/complete",
					Map.of("note", "已按期完成"));
			assertThat(done.status()).isEqualTo(200);
		}
		assertThat(act("natres", problem, "closure-request", Map.of("summary", "修复完成")).text("status"))
			.isEqualTo("CLOSURE_REQUESTED");
	}

	@Test
	@DisplayName("重复举报合并入已有问题并计数；销号后的重复举报单独标明")
	void repeatReportsAreMergedAndCounted() throws Exception {
		String problem = acceptedProblem(CHIHE, unique("池河镇养殖场粪污直排河道"), "LIVESTOCK");
		String second = receive(hotlineCall(CHIHE, "又见养殖场粪污直排", "LIVESTOCK"));
		Response merged = post("office", "/api/v1/leads/" + second + "/merge", Map.of("problemId", problem, "note", "同一养殖场"));
		assertThat(merged.status()).isEqualTo(200);
		assertThat(merged.body().path("repeatCount").asInt()).isEqualTo(1);
		assertThat(merged.body().path("repeatsAfterClosure").asInt()).isZero();
		assertThat(get("office", "/api/v1/leads/" + second).text("status")).isEqualTo("MERGED");

		String third = receive(hotlineCall(CHIHE, "养殖场粪污再次直排", "LIVESTOCK"));
		assertThat(post("office", "/api/v1/leads/" + third + "/merge", Map.of("problemId", problem)).body()
			.path("repeatCount")
			.asInt()).isEqualTo(2);
		// A lead can be decided only once.
		assertThat(post("office", "/api/v1/leads/" + third + "/accept", null).status()).isEqualTo(409);
	}

	@Test
	@DisplayName("新线索到达后，台账模块通过持久化事件找出可能重复的问题，供受理时合并")
	void aNewLeadIsMatchedAgainstTheLedgerThroughAPersistedEvent() throws Exception {
		String marker = unique("池河镇迎丰村石料厂粉尘");
		String problem = acceptedProblem(CHIHE, marker + "，夜间作业粉尘很大", "AIR");
		String lead = receive(hotlineCall(CHIHE, marker + "，粉尘很大影响晾晒", "AIR"));
		String elsewhere = receive(hotlineCall(HOULIU, marker + "，粉尘很大影响晾晒", "AIR"));
		// The reaction is asynchronous: wait until the registry holds nothing unfinished about these leads
		// (other tests' publications may still be in progress on the shared database).
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(30))
			.until(() -> jdbc.sql("select count(*) from event_publication where completion_date is null"
					+ " and (serialized_event like :lead or serialized_event like :elsewhere)")
				.param("lead", "%" + lead + "%")
				.param("elsewhere", "%" + elsewhere + "%")
				.query(Long.class)
				.single() == 0);
		JsonNode candidates = get("office", "/api/v1/leads/" + lead + "/duplicate-candidates").body();
		assertThat(candidates.get(0).path("problemId").asString()).isEqualTo(problem);
		assertThat(candidates.get(0).path("reason").asString()).contains("同镇");
		assertThat(get("office", "/api/v1/leads/" + elsewhere + "/duplicate-candidates").body().toString()).doesNotContain(problem);
		assertThat(get("chihe", "/api/v1/leads/" + lead + "/duplicate-candidates").status()).isEqualTo(403);
	}

	@Test
	@DisplayName("不予受理须说明理由并答复举报人，举报人凭查询码看到答复")
	void aDeclinedLeadCarriesAReplyTheReporterCanRead() throws Exception {
		Response receipt = post(null, "/api/v1/public/leads", Map.of("description", unique("小区楼下饭店油烟"),
				"townCode", CHENGGUAN, "pollutionTypes", List.of("URBAN"), "reporter", Map.of("anonymous", true)));
		assertThat(receipt.status()).isEqualTo(201);
		String code = receipt.text("trackingCode");
		String lead = receipt.text("id");

		Response noReason = post("office", "/api/v1/leads/" + lead + "/decline", Map.of("publicReply", "不属于受理范围"));
		assertThat(noReason.status()).isEqualTo(400);
		assertThat(noReason.body().path("errors").get(0).path("field").asString()).isEqualTo("reason");

		Response declined = post("office", "/api/v1/leads/" + lead + "/decline",
				Map.of("reason", "属餐饮油烟，已转城管部门按职责处理", "publicReply", "您反映的问题已转县城管局依职责处理。"));
		assertThat(declined.text("status")).isEqualTo("DECLINED");

		Response tracked = get(null, "/api/v1/public/leads/" + code);
		assertThat(tracked.status()).isEqualTo(200);
		assertThat(tracked.text("statusLabel")).isEqualTo("不予受理");
		assertThat(tracked.text("publicReply")).isEqualTo("您反映的问题已转县城管局依职责处理。");
		assertThat(tracked.raw()).doesNotContain("属餐饮油烟");
	}

	@Test
	@DisplayName("评判发现虚假整改，退回继续整改并计入虚假整改次数")
	void aFalseRectificationIsReturned() throws Exception {
		String problem = acceptedProblem(CHENGGUAN, unique("城关镇建筑工地未落实围挡"), "CONSTRUCTION_DUST");
		assign(problem);
		act("housing", problem, "closure-request", Map.of("summary", "已整改"));
		Response judged = act("taskforce", problem, "evaluation", Map.of("measuresScore", 20, "progressScore", 10,
				"effectScore", 0, "verdict", "FALSE_RECTIFICATION", "opinion", "现场核查围挡未设置，上报材料不实"));
		assertThat(judged.text("status")).isEqualTo("RECTIFYING");
		assertThat(judged.body().path("evaluations").get(0).path("verdict").asString()).isEqualTo("FALSE_RECTIFICATION");
		assertThat(jdbc.sql("select false_rectification_count from problem where id = ?")
			.param(java.util.UUID.fromString(problem))
			.query(Integer.class)
			.single()).isEqualTo(1);
		// It cannot be closed until it passes an evaluation.
		assertThat(act("taskforce", problem, "close", Map.of("acceptanceNote", "x", "inspectors", List.of("y"))).status())
			.isEqualTo(409);
	}

	@Test
	@DisplayName("回头看发现反弹，问题连同历史重新打开，重新交办")
	void aReboundAtLookBackReopensTheProblemWithItsHistory() throws Exception {
		String problem = closedProblem();
		clock.advance(Duration.ofDays(91));
		sweep();
		Response rebound = act("taskforce", problem, "look-back/rebound", Map.of("note", "回头看发现料堆再次裸露"));
		assertThat(rebound.text("status")).isEqualTo("REOPENED");
		assertThat(rebound.body().path("rebounds")).hasSize(1);
		assertThat(rebound.body().path("notices")).hasSize(1);
		assertThat(rebound.body().path("closure").isMissingNode() || rebound.body().path("closure").isNull()).isTrue();
		Response reassigned = assign(problem);
		assertThat(reassigned.text("status")).isEqualTo("ASSIGNED");
		assertThat(reassigned.body().path("notices")).hasSize(2);
	}

	@Autowired
	org.ecooversight.calendar.HolidaySchedules calendar;

	@Test
	@DisplayName("交办未写期限时，按本辖区规则文件的渠道期限计算：中央督察交办件 15 个工作日")
	void anAssignmentWithoutADeadlineTakesTheJurisdictionsPeriodForItsChannel() throws Exception {
		Map<String, Object> lead = new java.util.HashMap<>(hotlineCall(CHIHE, unique("督察转办：池河镇河道采砂"), "RIVER"));
		lead.put("channel", "CENTRAL_INSPECTION");
		lead.put("channelReference", "D3SN202611180099");
		String problem = post("taskforce", "/api/v1/leads/" + receive(lead) + "/accept", null).text("id");
		Response assigned = act("taskforce", problem, "assign", Map.of("requirements", "立即停止非法采砂"));
		assertThat(assigned.status()).isEqualTo(200);
		assertThat(assigned.body().path("deadline").asString())
			.isEqualTo(calendar.calendar().plusWorkingDays(today(), 15).due().toString());
	}

	@Test
	@DisplayName("非法流转被拒绝，并说明当前状态和动作")
	void anIllegalTransitionIsRefusedNamingTheStateAndTheAction() throws Exception {
		String problem = acceptedProblem(CHIHE, unique("池河镇某企业废水外排"), "WATER");
		Response refused = act("taskforce", problem, "close", Map.of("acceptanceNote", "x", "inspectors", List.of("y")));
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.text("detail")).contains("ACCEPTED").contains("CLOSE").contains("验收销号");
	}

	/** A problem taken through to closure. */
	protected String closedProblem() throws Exception {
		String problem = passedEvaluation();
		Response closed = act("taskforce", problem, "close",
				Map.of("acceptanceNote", "现场核查合格", "inspectors", List.of("专班成员（演示）")));
		assertThat(closed.text("status")).isEqualTo("CLOSED");
		return problem;
	}

	static String unitId(JsonNode units, String code) {
		for (JsonNode unit : units) {
			if (unit.path("code").asString().equals(code)) {
				return unit.path("id").asString();
			}
		}
		throw new AssertionError("no unit " + code);
	}
}
