package org.ecooversight.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ecooversight.calendar.HolidaySchedules;
import org.ecooversight.shared.ChinaTime;
import org.ecooversight.shared.WorkingDayCalendar;
import org.ecooversight.support.PlatformTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The provincial document's reminder mechanism (Q, 提醒机制: 函告提醒、现场交办、座谈交流、建议约谈), its
 * strict management (Q, 严管机制: 督办), the county's interview mechanism (S, 五项机制3: 约谈, 7日内报告)
 * and extensions, as the Shiquan policy file sets them: LETTER 3 working days before the deadline,
 * ONSITE 1, CONSULTATION 5 and INTERVIEW_PROPOSAL 10 working days after it.
 */
@DisplayName("提醒、督办、约谈、延期 / deadlines that chase themselves")
class DeadlineChaseTest extends PlatformTest {

	@Autowired
	ChasingDeadlines chase;

	@Autowired
	HolidaySchedules holidays;

	@Test
	@DisplayName("提醒阶梯按工作日自动推进：函告提醒、现场交办、座谈交流、建议约谈，每步只发一次，单位签收")
	void theLadderClimbsByItselfOnWorkingDaysAndEachStepIsIssuedOnce() throws Exception {
		String problem = acceptedProblem(CHIHE, unique("池河镇河道采砂废水"), "WATER");
		LocalDate deadline = today().plusDays(30);
		assertThat(act("taskforce", problem, "assign", Map.of("requirements", "限期整改", "deadline", deadline.toString()))
			.status()).isEqualTo(200);
		WorkingDayCalendar calendar = holidays.calendar();

		moveTo(calendar.minusWorkingDays(deadline, 3).due().minusDays(1));
		chase.sweep();
		assertThat(reminders(problem)).isEmpty();

		moveTo(calendar.minusWorkingDays(deadline, 3).due());
		chase.sweep();
		chase.sweep();
		assertThat(kinds(problem)).containsExactly("LETTER");
		JsonNode letter = reminders(problem).get(0);
		assertThat(letter.path("content").asString()).contains("函告提醒").contains(deadline.toString());
		assertThat(letter.path("sender").path("name").asString()).contains("工作专班");
		assertThat(letter.path("addressees").get(0).path("acknowledged").asBoolean()).isFalse();
		// the letter reaches the town's inbox (through the persisted publication registry)
		String code = view(problem).path("code").asString();
		org.awaitility.Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> get("chihe", "/api/v1/notifications?size=100").raw().contains("【" + code + "】函告提醒"));

		moveTo(calendar.plusWorkingDays(deadline, 1).due());
		chase.sweep();
		assertThat(kinds(problem)).containsExactly("LETTER", "ONSITE");
		moveTo(calendar.plusWorkingDays(deadline, 10).due());
		chase.sweep();
		chase.sweep();
		assertThat(kinds(problem)).containsExactly("LETTER", "ONSITE", "CONSULTATION", "INTERVIEW_PROPOSAL");
		JsonNode interview = view(problem).path("chase").path("interviews").get(0);
		assertThat(interview.path("automatic").asBoolean()).isTrue();
		assertThat(interview.path("stage").asString()).isEqualTo("PROPOSED");
		assertThat(eventTypes(problem).stream().filter("ReminderIssued"::equals)).hasSize(4);

		String reminder = letter.path("id").asString();
		Response ack = act("chihe", problem, "reminders/" + reminder + "/acknowledgement", null);
		assertThat(ack.status()).isEqualTo(200);
		JsonNode receipt = ack.body().path("chase").path("reminders").get(0).path("addressees");
		assertThat(receipt.findValuesAsString("name")).isNotEmpty();
		assertThat(act("chihe", problem, "reminders/" + reminder + "/acknowledgement", null).status()).isEqualTo(200);
		assertThat(eventTypes(problem).stream().filter("ReminderAcknowledged"::equals)).hasSize(1);

		// a unit that is not an addressee cannot acknowledge: it does not even see the problem
		Response stranger = act("houliu", problem, "reminders/" + reminder + "/acknowledgement", null);
		assertThat(stranger.status()).isEqualTo(404);
		Response notAUnit = act("taskforce", problem, "reminders/" + reminder + "/acknowledgement", null);
		assertThat(notAUnit.status()).isEqualTo(403);
		assertThat(notAUnit.raw()).contains("acknowledging a reminder");
	}

	@Test
	@DisplayName("期限按渠道和严重程度：重大问题的整改期限取两者中较短的")
	void aMajorProblemGetsTheShorterPeriodOfItsChannelAndItsSeverity() throws Exception {
		String lead = receive(hotlineCall(CHIHE, unique("池河镇化工厂偷排"), "WATER"));
		Response accepted = post("taskforce", "/api/v1/leads/" + lead + "/accept", Map.of("severity", "MAJOR"));
		assertThat(accepted.status()).isEqualTo(201);
		String problem = accepted.text("id");
		act("taskforce", problem, "assign", Map.of("requirements", "立即停止偷排"));
		// 12369 calls get 15 working days; major problems 5 working days (Shiquan policy)
		assertThat(view(problem).path("deadline").asString())
			.isEqualTo(holidays.calendar().plusWorkingDays(today(), 5).due().toString());
		String general = acceptedProblem(CHIHE, unique("池河镇一般问题"), "WATER");
		act("taskforce", general, "assign", Map.of("requirements", "整改"));
		assertThat(view(general).path("deadline").asString())
			.isEqualTo(holidays.calendar().plusWorkingDays(today(), 15).due().toString());
	}

	@Test
	@DisplayName("区域性问题由生态环境部门告知属地政府和主管部门")
	void aRegionWideProblemIsMadeKnownByTheEcoEnvironmentDepartment() throws Exception {
		String problem = acceptedProblem(HOULIU, unique("后柳镇沿江区域性垃圾倾倒"), "SOLID_WASTE");
		LocalDate deadline = today().plusDays(20);
		assertThat(act("taskforce", problem, "assign", Map.of("requirements", "全面排查整治", "deadline",
				deadline.toString(), "reach", "REGION_WIDE")).status()).isEqualTo(200);
		moveTo(holidays.calendar().minusWorkingDays(deadline, 3).due());
		chase.sweep();
		JsonNode letter = reminders(problem).get(0);
		assertThat(letter.path("sender").path("name").asString()).isEqualTo("安康市生态环境局石泉分局");
		List<String> to = letter.path("addressees").findValuesAsString("name");
		assertThat(to).contains("石泉县后柳镇人民政府");
		assertThat(letter.path("content").asString()).contains("区域性").contains("属地政府");
	}

	@Test
	@DisplayName("挂牌督办收紧期限、按周报告；连续两次未报告即提请约谈；无权角色和宽松期限被拒绝")
	void aSupervisionOrderTightensTheDeadlineAndMissedReportsEscalate() throws Exception {
		String problem = acceptedProblem(CHIHE, unique("池河镇养殖场粪污直排"), "WATER");
		act("taskforce", problem, "assign", Map.of("requirements", "限期整改", "deadline", today().plusDays(40).toString()));

		Response notAllowed = act("taskforce", problem, "supervision-orders", Map.of("kind", "SUPERVISION",
				"requirements", "从严督导"));
		assertThat(notAllowed.status()).isEqualTo(403);
		Response looser = act("tfleader", problem, "supervision-orders", Map.of("kind", "SUPERVISION",
				"requirements", "从严督导", "deadline", today().plusDays(60).toString()));
		assertThat(looser.status()).isEqualTo(400);
		assertThat(looser.raw()).contains("deadline");

		LocalDate tighter = today().plusDays(25);
		Response order = act("leader", problem, "supervision-orders", Map.of("kind", "LISTED_SUPERVISION",
				"requirements", "挂牌督办，每周报告", "deadline", tighter.toString(), "reportEveryDays", 7));
		assertThat(order.status()).isEqualTo(200);
		assertThat(order.text("deadline")).isEqualTo(tighter.toString());
		JsonNode issued = order.body().path("chase").path("supervisionOrders").get(0);
		assertThat(issued.path("orderNumber").asString()).startsWith("石环督办〔");
		assertThat(issued.path("active").asBoolean()).isTrue();

		clock.advance(Duration.ofDays(5));
		act("chihe", problem, "progress", Map.of("content", "已清运粪污，正在建设收集池"));
		clock.advance(Duration.ofDays(7));
		chase.sweep();
		assertThat(view(problem).path("chase").path("supervisionOrders").get(0).path("missedReports")).isEmpty();
		clock.advance(Duration.ofDays(1));
		chase.sweep();
		assertThat(view(problem).path("chase").path("supervisionOrders").get(0).path("missedReports")).hasSize(1);
		assertThat(view(problem).path("chase").path("interviews")).isEmpty();
		clock.advance(Duration.ofDays(7));
		chase.sweep();
		JsonNode after = view(problem).path("chase");
		assertThat(after.path("supervisionOrders").get(0).path("missedReports")).hasSize(2);
		assertThat(after.path("interviews").get(0).path("reason").asString()).contains("连续2次未按期报告");
	}

	@Test
	@DisplayName("督办：报告后重新计算连续未报次数；评判退回后不追溯等待评判期间的报告")
	void onlyConsecutiveMissesEscalateAndTheWaitForEvaluationIsNotAMiss() throws Exception {
		String problem = acceptedProblem(CHIHE, unique("池河镇督办连续未报"), "WATER");
		act("taskforce", problem, "assign", Map.of("requirements", "限期整改", "deadline", today().plusDays(90).toString()));
		act("leader", problem, "supervision-orders", Map.of("kind", "SUPERVISION", "requirements", "每周报告",
				"reportEveryDays", 7));
		clock.advance(Duration.ofDays(8));
		chase.sweep();
		act("chihe", problem, "progress", Map.of("content", "正在整改"));
		clock.advance(Duration.ofDays(8));
		chase.sweep();
		JsonNode chase1 = view(problem).path("chase");
		assertThat(chase1.path("supervisionOrders").get(0).path("missedReports")).hasSize(2);
		assertThat(chase1.path("interviews")).as("miss, report, miss: not two in a row").isEmpty();

		// waiting for the evaluation is not a miss; a returned rectification reports a period later
		act("eeb", problem, "closure-request", Map.of("summary", "已整改"));
		clock.advance(Duration.ofDays(20));
		chase.sweep();
		act("taskforce", problem, "evaluation", Map.of("measuresScore", 60, "progressScore", 60, "effectScore", 50,
				"verdict", "RETURN", "opinion", "仍需整改"));
		chase.sweep();
		assertThat(view(problem).path("chase").path("supervisionOrders").get(0).path("missedReports")).hasSize(2);
	}

	@Test
	@DisplayName("销号时未完成的约谈随之失效：反弹重新交办后不再记为逾期")
	void interviewsStillOpenAtClosureLapse() throws Exception {
		String problem = passedEvaluationWithInterviewHeld();
		act("taskforce", problem, "close", Map.of("acceptanceNote", "已整改", "inspectors", List.of("王某")));
		act("taskforce", problem, "look-back/rebound", Map.of("note", "又见烟尘"));
		act("taskforce", problem, "assign", Map.of("requirements", "再次整改", "deadline", today().plusDays(30).toString()));
		clock.advance(Duration.ofDays(9));
		chase.sweep();
		assertThat(eventTypes(problem)).doesNotContain("InterviewReportOverdue");
		String interview = view(problem).path("chase").path("interviews").get(0).path("id").asString();
		assertThat(act("eeb", problem, "interviews/" + interview + "/report", Map.of("content", "报告")).raw())
			.contains("lapsed");
		assertThat(act("taskforce", problem, "interviews", Map.of("reason", "反弹后整改不力")).status())
			.as("a new interview can be proposed").isEqualTo(200);
	}

	@Test
	@DisplayName("约谈不能安排在过去，也不能记录为在安排的时间之前已约谈；被约谈单位不能为空值")
	void anInterviewIsNeitherScheduledInThePastNorHeldBeforeItsTime() throws Exception {
		String problem = acceptedProblem(CHIHE, unique("池河镇石料厂粉尘"), "AIR");
		assign(problem);
		Response nullUnit = act("taskforce", problem, "interviews",
				Map.of("reason", "整改不力", "interviewees", java.util.Arrays.asList((Object) null)));
		assertThat(nullUnit.status()).as(nullUnit.toString()).isEqualTo(400);
		assertThat(nullUnit.body().path("errors").get(0).path("field").asString()).isEqualTo("interviewees[0]");
		String interview = act("taskforce", problem, "interviews", Map.of("reason", "整改不力")).body().path("chase")
			.path("interviews").get(0).path("id").asString();
		String base = "interviews/" + interview;
		assertThat(act("leader", problem, base + "/decision", Map.of("approved", true, "opinion", "同意")).status())
			.isEqualTo(200);

		Response past = act("taskforce", problem, base + "/schedule", Map.of("scheduledFor",
				clock.instant().minus(Duration.ofHours(1)).toString(), "place", "县政府会议室", "interviewer", "副县长"));
		assertThat(past.status()).as(past.toString()).isEqualTo(400);
		assertThat(past.body().path("errors").get(0).path("field").asString()).isEqualTo("scheduledFor");

		Instant at = clock.instant().plus(Duration.ofDays(2));
		assertThat(act("taskforce", problem, base + "/schedule", Map.of("scheduledFor", at.toString(), "place",
				"县政府会议室", "interviewer", "副县长")).status()).isEqualTo(200);
		clock.advance(Duration.ofDays(3));
		Response early = act("taskforce", problem, base + "/held", Map.of("heldAt", at.minus(Duration.ofHours(2)).toString(),
				"attendees", List.of(Map.of("name", "张某甲", "unit", "池河镇政府")), "minutes", "要求整改"));
		assertThat(early.status()).as(early.toString()).isEqualTo(400);
		assertThat(early.body().path("errors").get(0).path("field").asString()).isEqualTo("heldAt");
		assertThat(act("taskforce", problem, base + "/held", Map.of("heldAt", at.plus(Duration.ofHours(1)).toString(),
				"attendees", List.of(Map.of("name", "张某甲", "unit", "池河镇政府")), "minutes", "要求整改")).status())
			.as("held after its time").isEqualTo(200);
	}

	@Test
	@DisplayName("约谈：提请、县领导批准、安排、实施，7日内报告；逾期即记录；销号后不再受理报告")
	void anInterviewRunsFromProposalToTheReportOrItsAbsence() throws Exception {
		String problem = acceptedProblem(CHIHE, unique("池河镇砖厂烟尘"), "AIR");
		assign(problem);
		Response proposed = act("taskforce", problem, "interviews", Map.of("reason", "整改不力"));
		assertThat(proposed.status()).isEqualTo(200);
		String interview = proposed.body().path("chase").path("interviews").get(0).path("id").asString();
		String base = "interviews/" + interview;

		assertThat(act("taskforce", problem, base + "/decision", Map.of("approved", true, "opinion", "同意"))
			.status()).isEqualTo(403);
		assertThat(act("leader", problem, base + "/decision", Map.of("approved", true, "opinion", "同意约谈"))
			.status()).isEqualTo(200);
		assertThat(act("taskforce", problem, base + "/held", Map.of("attendees", List.of(), "minutes", "x"))
			.status()).isEqualTo(409);
		assertThat(act("taskforce", problem, base + "/schedule", Map.of("scheduledFor",
				clock.instant().plus(Duration.ofDays(2)).toString(), "place", "县政府三楼会议室", "interviewer", "县政府分管副县长"))
			.status()).isEqualTo(200);
		clock.advance(Duration.ofDays(2));
		Response held = act("taskforce", problem, base + "/held", Map.of("attendees",
				List.of(Map.of("name", "张某甲", "unit", "县生态环境分局", "post", "局长")), "minutes", "指出问题，提出要求"));
		assertThat(held.status()).isEqualTo(200);
		JsonNode heldView = held.body().path("chase").path("interviews").get(0);
		LocalDate heldOn = LocalDate.ofInstant(clock.instant(), ChinaTime.ZONE);
		assertThat(heldView.path("held").path("reportDue").asString()).isEqualTo(heldOn.plusDays(7).toString());
		assertThat(heldView.path("stage").asString()).isEqualTo("HELD");

		// the report is late: the overdue fact is recorded once, for the accountability rules
		moveTo(heldOn.plusDays(7));
		chase.sweep();
		assertThat(eventTypes(problem)).doesNotContain("InterviewReportOverdue");
		moveTo(heldOn.plusDays(8));
		chase.sweep();
		chase.sweep();
		assertThat(eventTypes(problem).stream().filter("InterviewReportOverdue"::equals)).hasSize(1);
		assertThat(view(problem).path("chase").path("interviews").get(0).path("stage").asString())
			.isEqualTo("REPORT_OVERDUE");

		Response report = act("eeb", problem, base + "/report", Map.of("content", "深刻检查，已整改"));
		assertThat(report.status()).isEqualTo(200);
		JsonNode reported = report.body().path("chase").path("interviews").get(0);
		assertThat(reported.path("reports").get(0).path("late").asBoolean()).isTrue();
		assertThat(reported.path("stage").asString()).as("the town has not reported yet").isEqualTo("REPORT_OVERDUE");
		assertThat(act("eeb", problem, base + "/report", Map.of("content", "再次报告")).status()).isEqualTo(409);
		Response town = act("chihe", problem, base + "/report", Map.of("content", "镇政府深刻检查"));
		assertThat(town.body().path("chase").path("interviews").get(0).path("stage").asString()).isEqualTo("REPORTED");
	}

	@Test
	@DisplayName("销号后的约谈报告被拒绝并说明原因")
	void anInterviewReportAfterClosureIsRefused() throws Exception {
		String problem = passedEvaluationWithInterviewHeld();
		Response closed = act("taskforce", problem, "close", Map.of("acceptanceNote", "现场核查已整改", "inspectors",
				List.of("王某", "李某"), "publicReply", "已整改"));
		assertThat(closed.status()).isEqualTo(200);
		String interview = view(problem).path("chase").path("interviews").get(0).path("id").asString();
		Response late = act("eeb", problem, "interviews/" + interview + "/report", Map.of("content", "报告"));
		assertThat(late.status()).isEqualTo(409);
		assertThat(late.raw()).contains("struck off the ledger");
	}

	@Test
	@DisplayName("延期：单位申请，专班组长审批，期限顺延，超过上限被拒绝")
	void extensionsMoveTheDeadlineWithinThePolicy() throws Exception {
		String problem = acceptedProblem(CHIHE, unique("池河镇污水管网"), "WATER");
		LocalDate deadline = today().plusDays(20);
		act("taskforce", problem, "assign", Map.of("requirements", "限期整改", "deadline", deadline.toString()));

		Response tooLong = act("eeb", problem, "extensions", Map.of("workingDays", 20, "reason", "工程量大"));
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(tooLong.raw()).contains("workingDays").contains("15");
		assertThat(act("eeb", problem, "extensions", Map.of("workingDays", 10)).status()).isEqualTo(400);

		Response asked = act("eeb", problem, "extensions", Map.of("workingDays", 10, "reason", "雨季施工受阻"));
		assertThat(asked.status()).isEqualTo(200);
		String request = asked.body().path("chase").path("extensions").get(0).path("id").asString();
		assertThat(act("taskforce", problem, "extensions/" + request + "/decision",
				Map.of("approved", true, "opinion", "同意")).status()).isEqualTo(403);
		Response granted = act("tfleader", problem, "extensions/" + request + "/decision",
				Map.of("approved", true, "opinion", "同意延期10个工作日"));
		assertThat(granted.status()).isEqualTo(200);
		LocalDate moved = holidays.calendar().plusWorkingDays(deadline, 10).due();
		assertThat(granted.text("deadline")).isEqualTo(moved.toString());

		Response again = act("eeb", problem, "extensions", Map.of("workingDays", 5, "reason", "仍需时间"));
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.raw()).contains("extensions.maxCount");
	}

	@Test
	@DisplayName("回头看发现反弹：重新交办后提醒阶梯重新开始")
	void aReboundStartsTheLadderAgain() throws Exception {
		String problem = acceptedProblem(CHIHE, unique("池河镇渣土堆放"), "SOLID_WASTE");
		LocalDate deadline = today().plusDays(20);
		act("taskforce", problem, "assign", Map.of("requirements", "清运", "deadline", deadline.toString()));
		moveTo(holidays.calendar().minusWorkingDays(deadline, 3).due());
		chase.sweep();
		assertThat(kinds(problem)).containsExactly("LETTER");
		passEvaluation(problem, "eeb");
		act("taskforce", problem, "close", Map.of("acceptanceNote", "已清运", "inspectors", List.of("王某")));
		Response rebound = act("taskforce", problem, "look-back/rebound", Map.of("note", "又见堆放"));
		assertThat(rebound.status()).as(rebound.raw()).isEqualTo(200);
		LocalDate second = today().plusDays(15);
		act("taskforce", problem, "assign", Map.of("requirements", "再次清运", "deadline", second.toString()));
		moveTo(holidays.calendar().minusWorkingDays(second, 3).due());
		chase.sweep();
		assertThat(kinds(problem)).containsExactly("LETTER", "LETTER");
	}

	private String passedEvaluationWithInterviewHeld() throws Exception {
		String problem = acceptedProblem(CHIHE, unique("池河镇石料厂扬尘"), "AIR");
		assign(problem);
		String interview = act("taskforce", problem, "interviews", Map.of("reason", "整改不力")).body().path("chase")
			.path("interviews").get(0).path("id").asString();
		act("leader", problem, "interviews/" + interview + "/decision", Map.of("approved", true, "opinion", "同意"));
		act("taskforce", problem, "interviews/" + interview + "/schedule", Map.of("scheduledFor",
				clock.instant().toString(), "place", "会议室", "interviewer", "副县长"));
		assertThat(act("taskforce", problem, "interviews/" + interview + "/held", Map.of("attendees",
				List.of(Map.of("name", "张某乙", "unit", "县生态环境分局")), "minutes", "要求整改")).status()).isEqualTo(200);
		passEvaluation(problem, "eeb");
		return problem;
	}

	/** Moves the clock forward to the start of {@code day} (China time); never back. */
	private void moveTo(LocalDate day) {
		Instant target = day.atStartOfDay(ChinaTime.ZONE).toInstant().plusSeconds(60);
		if (target.isAfter(clock.instant())) {
			clock.set(target);
		}
	}

	private JsonNode view(String problem) throws Exception {
		return get("taskforce", "/api/v1/problems/" + problem).body();
	}

	private JsonNode reminders(String problem) throws Exception {
		return view(problem).path("chase").path("reminders");
	}

	private List<String> kinds(String problem) throws Exception {
		List<String> kinds = new ArrayList<>();
		reminders(problem).forEach(r -> kinds.add(r.path("kind").asString()));
		return kinds;
	}

	private List<String> eventTypes(String problem) throws Exception {
		List<String> types = new ArrayList<>();
		get("taskforce", "/api/v1/problems/" + problem + "/events").body().forEach(e -> types.add(e.path("type").asString()));
		return types;
	}
}
