package org.ecooversight.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import org.ecooversight.intake.Channel;
import org.ecooversight.policy.JurisdictionPolicy;
import org.ecooversight.policy.JurisdictionPolicy.DayCount;
import org.ecooversight.policy.JurisdictionPolicy.ReminderKind;
import org.ecooversight.policy.PolicyFile;
import org.ecooversight.shared.Actor;
import org.ecooversight.shared.ChinaTime;
import org.ecooversight.shared.InvalidInputException;
import org.ecooversight.shared.Role;
import org.ecooversight.shared.WorkingDayCalendar;
import org.ecooversight.shared.WorkingDayCalendar.SpecialDay;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rules of Shiquan's policy file (policies/610922.yaml) as the ledger applies them, one rule per
 * test, on a calendar of September 2026 with the Mid-Autumn Festival (Friday 25 September) off.
 */
@DisplayName("催办规则（石泉县） / the chase rules of Shiquan's policy")
class ChaseRulesTest {

	static final JurisdictionPolicy SHIQUAN = shiquan();
	static final WorkingDayCalendar CALENDAR = new WorkingDayCalendar(
			List.of(new SpecialDay(LocalDate.of(2026, 9, 25), false, "中秋节")), List.of(2026));
	static final ChaseRules RULES = ChaseRules.of(SHIQUAN, CALENDAR);

	/** Tuesday 15 September 2026. */
	static final LocalDate DEADLINE = LocalDate.of(2026, 9, 15);

	static Instant startOf(String day) {
		return LocalDate.parse(day).atStartOfDay(ChinaTime.ZONE).toInstant();
	}

	@ParameterizedTest(name = "期限 2026-09-15，{0} 当日应已发出 {1} 级：{2}")
	@CsvSource({
			"2026-09-09, 0, none",
			"2026-09-10, 1, LETTER",
			"2026-09-15, 1, LETTER",
			"2026-09-16, 2, ONSITE",
			"2026-09-21, 2, ONSITE",
			"2026-09-22, 3, CONSULTATION",
			"2026-09-29, 3, CONSULTATION",
			"2026-09-30, 4, INTERVIEW_PROPOSAL",
			"2026-12-31, 4, INTERVIEW_PROPOSAL" })
	@DisplayName("提醒阶梯（Q 提醒机制）：期满前3个工作日函告、期满后1个工作日现场交办、5个工作日座谈、10个工作日建议约谈，遇节假日顺延")
	void onDayNTheLadderStepDueIsX(String day, int fallenDue, String latestStep) {
		int steps = RULES.stepsFallenDue(DEADLINE, startOf(day));
		assertThat(steps).isEqualTo(fallenDue);
		assertThat(steps == 0 ? "none" : RULES.ladder().get(steps - 1).kind().name()).isEqualTo(latestStep);
	}

	@Test
	@DisplayName("提醒当日零时起即可发出，前一刻不发")
	void aStepIsTakenFromTheStartOfItsDayInChina() {
		Instant dayBegins = startOf("2026-09-10");
		assertThat(RULES.stepsFallenDue(DEADLINE, dayBegins.minusSeconds(1))).isZero();
		assertThat(RULES.stepsFallenDue(DEADLINE, dayBegins)).isEqualTo(1);
	}

	@Test
	@DisplayName("下一次提醒：已发两级，则在座谈交流之日零时；四级发完则不再提醒")
	void theNextStepFallsOnItsDayAndNoneAfterTheLast() {
		assertThat(RULES.nextStepAt(DEADLINE, 2)).isEqualTo(startOf("2026-09-22"));
		assertThat(RULES.nextStepAt(DEADLINE, 4)).isNull();
	}

	@Test
	@DisplayName("阶梯的最后一级“建议约谈”自动形成约谈建议，其余各级不形成")
	void onlyTheLastStepProposesAnInterview() {
		assertThat(RULES.ladder()).filteredOn(RULES::stepProposesInterview)
			.extracting(JurisdictionPolicy.LadderStep::kind)
			.containsExactly(ReminderKind.INTERVIEW_PROPOSAL);
	}

	@ParameterizedTest(name = "{0}、{1}：{2}")
	@CsvSource({
			"HOTLINE_12369, GENERAL, 2026-09-22",
			"MEDIA, GENERAL, 2026-10-01",
			"HOTLINE_12369, SERIOUS, 2026-09-15",
			"MEDIA, MAJOR, 2026-09-08" })
	@DisplayName("整改期限（S 五项机制1）：未载明时按渠道的期限，按严重程度的期限更短则取更短者")
	void theRectificationPeriodIsTheShorterOfChannelAndSeverity(Channel channel, Severity severity, LocalDate due) {
		assertThat(RULES.rectificationDeadline(channel, severity, LocalDate.of(2026, 9, 1))).isEqualTo(due);
	}

	@Test
	@DisplayName("督办期间报告频次：督办令载明的天数优先，否则按政策每7日一次")
	void supervisionReportsComeAsTheOrderStatesOrAsThePolicySets() {
		assertThat(RULES.supervisionReportEvery(null).days()).isEqualTo(7);
		assertThat(RULES.supervisionReportEvery(3).days()).isEqualTo(3);
		assertThat(RULES.supervisionReportEvery(3).count()).isEqualTo(DayCount.CALENDAR_DAYS);
	}

	@Test
	@DisplayName("督办令载明的报告频次须在1至90日之间")
	void aStatedReportingFrequencyIsBetweenOneAndNinetyDays() {
		for (int days : new int[] { 0, 91 }) {
			assertThatThrownBy(() -> RULES.supervisionReportEvery(days)).isInstanceOf(InvalidInputException.class)
				.satisfies(e -> assertThat(((InvalidInputException) e).errors().get(0).field()).isEqualTo("reportEveryDays"));
		}
	}

	@ParameterizedTest(name = "连续未报 {0} 次：{1}")
	@CsvSource({ "1, false", "2, true", "3, false" })
	@DisplayName("督办期间连续2次未按期报告即建议约谈，只在达到之时建议一次")
	void twoMissedReportsInARowProposeAnInterviewOnce(int missed, boolean proposes) {
		assertThat(RULES.missedReportsProposeInterview(missed)).isEqualTo(proposes);
	}

	@Test
	@DisplayName("约谈后整改报告（S 五项机制3）：约谈之日起7日内报告，第7日过完即逾期")
	void theReportAfterAnInterviewIsDueSevenDaysAfterAndLateOnceThatDayHasPassed() {
		LocalDate due = RULES.interviewReportDue(LocalDate.of(2026, 9, 1));
		assertThat(due).isEqualTo(LocalDate.of(2026, 9, 8));
		assertThat(ChaseRules.isLate(due, startOf("2026-09-09").minusSeconds(1))).isFalse();
		assertThat(ChaseRules.isLate(due, startOf("2026-09-09"))).isTrue();
	}

	@Test
	@DisplayName("延期：批准后期限按工作日顺延（遇中秋节顺延）；每次最多15个工作日，只可延期一次")
	void anExtensionMovesTheDeadlineByWorkingDaysWithinThePolicysLimits() {
		assertThat(RULES.extendedDeadline(LocalDate.of(2026, 9, 22), 3)).isEqualTo(LocalDate.of(2026, 9, 28));
		assertThat(RULES.maxExtensionWorkingDays()).isEqualTo(15);
		assertThat(RULES.maxExtensions()).isEqualTo(1);
	}

	@Test
	@DisplayName("谁可以：专班组长或县领导下达督办令，县领导审批约谈，专班组长审批延期")
	void whoMayIssueOrdersAndDecideInterviewsAndExtensions() {
		Actor leader = actor(Role.TASK_FORCE_LEADER);
		Actor county = actor(Role.COUNTY_LEADER);
		Actor member = actor(Role.TASK_FORCE_MEMBER);
		assertThat(List.of(RULES.mayIssueSupervisionOrder(leader), RULES.mayIssueSupervisionOrder(county),
				RULES.mayIssueSupervisionOrder(member))).containsExactly(true, true, false);
		assertThat(List.of(RULES.mayDecideInterview(county), RULES.mayDecideInterview(leader))).containsExactly(true, false);
		assertThat(List.of(RULES.mayDecideExtension(leader), RULES.mayDecideExtension(county))).containsExactly(true, false);
	}

	@Test
	@DisplayName("回头看（S 二(四)4）：销号后90日")
	void theLookBackFallsDueNinetyDaysAfterClosure() {
		assertThat(RULES.lookBackDay(LocalDate.of(2026, 9, 1))).isEqualTo(LocalDate.of(2026, 11, 30));
	}

	@Test
	@DisplayName("一次巡查按同一份日历计算：其间新增的节假日安排从下一次起生效")
	void rulesAsTheyStandKeepTheirCalendar() {
		AtomicReference<WorkingDayCalendar> inForce = new AtomicReference<>(new WorkingDayCalendar(List.of(), List.of(2026)));
		ChaseRules live = new ChaseRules(() -> SHIQUAN, inForce::get);
		ChaseRules sweep = live.asTheyStand();
		inForce.set(CALENDAR);
		assertThat(sweep.extendedDeadline(LocalDate.of(2026, 9, 22), 3)).isEqualTo(LocalDate.of(2026, 9, 25));
		assertThat(live.extendedDeadline(LocalDate.of(2026, 9, 22), 3)).isEqualTo(LocalDate.of(2026, 9, 28));
	}

	static Actor actor(Role role) {
		return new Actor("someone", null, Set.of(role));
	}

	private static JurisdictionPolicy shiquan() {
		try (var in = ChaseRulesTest.class.getResourceAsStream("/policies/610922.yaml")) {
			return new PolicyFile("610922.yaml", Arrays.stream(Channel.values()).map(Enum::name).collect(Collectors.toSet()),
					Arrays.stream(Role.values()).map(Enum::name).collect(Collectors.toSet()))
				.parse(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (java.io.IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
