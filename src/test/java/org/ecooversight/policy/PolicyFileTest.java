package org.ecooversight.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import java.util.stream.Collectors;

import org.ecooversight.intake.Channel;
import org.ecooversight.policy.JurisdictionPolicy.DayCount;
import org.ecooversight.policy.JurisdictionPolicy.ReminderKind;
import org.ecooversight.shared.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The policy file: the documents' values as defaults, and every mistake named by key and line. */
@DisplayName("规则配置文件 / the jurisdiction's policy file")
class PolicyFileTest {

	static final String VALID = """
			jurisdiction:
			  regionCode: "610922"
			  name: 石泉县
			rectification:
			  default: {days: 30, count: CALENDAR_DAYS}
			reminders:
			  - {kind: LETTER, when: BEFORE_DEADLINE, workingDays: 3}
			  - {kind: ONSITE, when: AFTER_DEADLINE, workingDays: 1}
			interview:
			  reportWithin: {days: 7, count: CALENDAR_DAYS}
			lookBack:
			  after: {days: 90, count: CALENDAR_DAYS}
			""";

	static JurisdictionPolicy parse(String yaml) {
		return file("test.yaml").parse(new StringReader(yaml));
	}

	static PolicyFile file(String name) {
		return new PolicyFile(name, Arrays.stream(Channel.values()).map(Enum::name).collect(Collectors.toSet()),
				Arrays.stream(Role.values()).map(Enum::name).collect(Collectors.toSet()));
	}

	@Test
	@DisplayName("石泉县的规则文件：约谈后 7 日内报告（S 五项机制3），提醒阶梯依次为函告、现场交办、座谈、建议约谈")
	void shiquansPolicyCarriesTheCountyDocumentsValues() throws Exception {
		JurisdictionPolicy shiquan = shipped("610922.yaml");
		assertThat(shiquan.interviewReport().days()).isEqualTo(7);
		assertThat(shiquan.interviewReport().count()).isEqualTo(DayCount.CALENDAR_DAYS);
		assertThat(shiquan.interviewReport().source()).contains("7日内");
		assertThat(shiquan.reminderLadder()).extracting(JurisdictionPolicy.LadderStep::kind)
			.containsExactly(ReminderKind.LETTER, ReminderKind.ONSITE, ReminderKind.CONSULTATION, ReminderKind.INTERVIEW_PROPOSAL);
		assertThat(shiquan.rectificationFor("CENTRAL_INSPECTION").count()).isEqualTo(DayCount.WORKING_DAYS);
		assertThat(shiquan.rectificationFor("MEDIA")).isEqualTo(shiquan.defaultRectification());

		JurisdictionPolicy qinghai = shipped("63.yaml");
		assertThat(qinghai.interviewReport()).isNotEqualTo(shiquan.interviewReport());
		assertThat(qinghai.extensions().approverRole()).isNotEqualTo(shiquan.extensions().approverRole());
		assertThat(qinghai.lookBack().days()).isNotEqualTo(shiquan.lookBack().days());
	}

	@Test
	@DisplayName("未知的键：指出键名和行号")
	void anUnknownKeyIsNamedWithItsLine() {
		assertThatThrownBy(() -> parse(VALID.replace("lookBack:\n  after:", "lookBack:\n  aftr:")))
			.isInstanceOf(PolicyFileException.class)
			.hasMessageContaining("test.yaml line 12")
			.hasMessageContaining("lookBack.aftr")
			.hasMessageContaining("unknown key");
	}

	@Test
	@DisplayName("负的偏移量和倒置的提醒阶梯被拒绝")
	void aNegativeOffsetAndAnInvertedLadderAreRefused() {
		assertThatThrownBy(() -> parse(VALID.replace("workingDays: 1}", "workingDays: -2}")))
			.hasMessageContaining("line 8")
			.hasMessageContaining("reminders[1].workingDays")
			.hasMessageContaining("negative");
		String inverted = VALID.replace("  - {kind: ONSITE, when: AFTER_DEADLINE, workingDays: 1}",
				"  - {kind: ONSITE, when: AFTER_DEADLINE, workingDays: 5}\n  - {kind: CONSULTATION, when: AFTER_DEADLINE, workingDays: 2}");
		assertThatThrownBy(() -> parse(inverted)).hasMessageContaining("line 9")
			.hasMessageContaining("reminders[2]")
			.hasMessageContaining("inverted");
	}

	@Test
	@DisplayName("地方节假日的日期不在所属年度：指出键和行")
	void aLocalHolidayOutsideItsYearIsRefused() {
		String yaml = VALID + "localHolidays:\n  \"2026\":\n    - {date: 2027-01-02, name: 地方节日}\n";
		assertThatThrownBy(() -> parse(yaml)).hasMessageContaining("line 15")
			.hasMessageContaining("localHolidays.2026[0].date")
			.hasMessageContaining("outside 2026");
	}

	@Test
	@DisplayName("未知的渠道、角色和缺失的必填项也被指出")
	void unknownChannelsRolesAndMissingKeysAreRefused() {
		assertThatThrownBy(() -> parse(VALID.replace("  default: {days: 30, count: CALENDAR_DAYS}",
				"  default: {days: 30, count: CALENDAR_DAYS}\n  byChannel:\n    FAX: {days: 5, count: WORKING_DAYS}")))
			.hasMessageContaining("rectification.byChannel.FAX");
		assertThatThrownBy(() -> parse(VALID + "extensions: {maxCount: 1, maxWorkingDays: 5, approver: MAYOR}\n"))
			.hasMessageContaining("extensions.approver")
			.hasMessageContaining("MAYOR");
		assertThatThrownBy(() -> parse(VALID.replace("interview:\n  reportWithin: {days: 7, count: CALENDAR_DAYS}\n", "")))
			.hasMessageContaining("interview")
			.hasMessageContaining("required");
		assertThat(parse(VALID).extensions().maxCount()).isZero();
		assertThatThrownBy(() -> parse(VALID + "supervision:\n  issuers: [TASK_FORCE_LEADER, MAYOR]\n"
				+ "  reportEvery: {days: 7, count: CALENDAR_DAYS}\n  interviewProposalAfterMissedReports: 2\n"))
			.hasMessageContaining("line 14")
			.hasMessageContaining("supervision.issuers[1]")
			.hasMessageContaining("MAYOR");
		assertThatThrownBy(() -> parse(VALID.replace("interview:\n  reportWithin: {days: 7, count: CALENDAR_DAYS}\n",
				"interview:\n  reportWithin: {days: 7, count: CALENDAR_DAYS}\n  approver: MAYOR\n")))
			.hasMessageContaining("interview.approver");
	}

	@Test
	@DisplayName("问责规则引用未知的事件、职务或责任：启动时拒绝并指出名称和行号")
	void anAccountabilityRuleNamingAnUnknownEventPostOrResponsibilityIsRefused() {
		String rule = VALID + """
				accountability:
				  organ: DISCIPLINE_COMMISSION
				  rules:
				    - id: R1
				      name: 规则
				      when: {condition: INTERVIEW_REPORT_OVERDUE}
				      pursue:
				        PRIMARY: [PARTY_SECRETARY]
				""";
		assertThat(parse(rule).accountability().rules()).hasSize(1);
		assertThat(parse(rule).accountability().rules().get(0).organ()).as("the jurisdiction's organ by default")
			.isEqualTo("DISCIPLINE_COMMISSION");
		assertThatThrownBy(() -> parse(rule.replace("      name: 规则\n", "      name: 规则\n      organ: POLICE_STATION\n")))
			.hasMessageContaining("accountability.rules[0].organ")
			.hasMessageContaining("POLICE_STATION");
		assertThatThrownBy(() -> parse(rule.replace("INTERVIEW_REPORT_OVERDUE", "MOON_IS_FULL")))
			.hasMessageContaining("line 18")
			.hasMessageContaining("accountability.rules[0].when.condition")
			.hasMessageContaining("MOON_IS_FULL");
		assertThatThrownBy(() -> parse(rule.replace("[PARTY_SECRETARY]", "[PARTY_SECRETARY, VILLAGE_ELDER]")))
			.hasMessageContaining("accountability.rules[0].pursue.PRIMARY[1]")
			.hasMessageContaining("VILLAGE_ELDER");
		assertThatThrownBy(() -> parse(rule.replace("PRIMARY:", "HEAVENLY:")))
			.hasMessageContaining("accountability.rules[0].pursue.HEAVENLY")
			.hasMessageContaining("three responsibilities");
		assertThatThrownBy(() -> parse(rule.replace("{condition: INTERVIEW_REPORT_OVERDUE}", "{condition: REPEATED_COMPLAINTS}")))
			.hasMessageContaining("needs count");
	}

	@Test
	@DisplayName("石泉县的问责规则：约谈后7日未报告、反弹、虚假整改、重复投诉、两次评判未通过、连续通报，均有出处")
	void shiquansRulesCarryTheirSources() throws Exception {
		var rules = shipped("610922.yaml").accountability().rules();
		assertThat(rules).extracting(JurisdictionPolicy.TriggerRule::condition)
			.contains(JurisdictionPolicy.TriggerCondition.INTERVIEW_REPORT_OVERDUE,
					JurisdictionPolicy.TriggerCondition.STILL_OVERDUE_AFTER_INTERVIEW,
					JurisdictionPolicy.TriggerCondition.REBOUND_FOUND, JurisdictionPolicy.TriggerCondition.FALSE_RECTIFICATION,
					JurisdictionPolicy.TriggerCondition.REPEATED_COMPLAINTS, JurisdictionPolicy.TriggerCondition.EVALUATION_FAILED,
					JurisdictionPolicy.TriggerCondition.NAMED_IN_BULLETINS);
		assertThat(rules).allMatch(r -> r.source() != null && !r.source().isBlank());
		assertThat(shipped("610922.yaml").accountability().referralChaseEvery().days()).isEqualTo(7);
		assertThat(parse(VALID).accountability().referralChaseEvery().days()).as("the default").isEqualTo(7);
		assertThat(shipped("610922.yaml").accountability().rule("INTERVIEW_REPORT_OVERDUE").pursue())
			.containsKeys("PRIMARY", "REGULATORY", "OVERSIGHT");
	}

	@Test
	@DisplayName("督办：未配置时按每周报告、两次未报即提请约谈；两个辖区的配置可以不同")
	void supervisionHasDefaultsAndDiffersBetweenJurisdictions() throws Exception {
		JurisdictionPolicy defaults = parse(VALID);
		assertThat(defaults.supervision().reportEvery().days()).isEqualTo(7);
		assertThat(defaults.supervision().issuers()).contains("COUNTY_LEADER");
		assertThat(defaults.interviewApprover()).isEqualTo("COUNTY_LEADER");
		JurisdictionPolicy shiquan = shipped("610922.yaml");
		JurisdictionPolicy qinghai = shipped("63.yaml");
		assertThat(shiquan.supervision().interviewProposalAfterMissedReports())
			.isNotEqualTo(qinghai.supervision().interviewProposalAfterMissedReports());
		assertThat(qinghai.supervision().reportEvery().count()).isEqualTo(DayCount.WORKING_DAYS);
	}

	@Test
	@DisplayName("典型案例的发布角色：默认为县生态环境保护委员会办公室和工作专班组长；只能是可查看举报人信息的角色")
	void publishersOfTypicalCasesHaveDefaultsAndAreChecked() throws Exception {
		assertThat(parse(VALID).publicity().publishers()).containsExactly("COMMITTEE_OFFICE", "TASK_FORCE_LEADER");
		JurisdictionPolicy shiquan = shipped("610922.yaml");
		assertThat(shiquan.publicity().publishers()).containsExactly("COMMITTEE_OFFICE", "TASK_FORCE_LEADER");
		assertThat(shiquan.publicity().source()).contains("宣传机制");
		assertThat(shipped("63.yaml").publicity().publishers()).containsExactly("COMMITTEE_OFFICE");
		assertThatThrownBy(() -> parse(VALID + "publicity:\n  publishers: [COMMITTEE_OFFICE, TOWN_HANDLER]\n"))
			.isInstanceOf(PolicyFileException.class)
			.hasMessageContaining("publicity.publishers[1]")
			.hasMessageContaining("cannot publish");
		assertThatThrownBy(() -> parse(VALID + "publicity:\n  publishers: []\n")).hasMessageContaining("at least one");
	}

	private static JurisdictionPolicy shipped(String name) throws Exception {
		try (var in = PolicyFileTest.class.getResourceAsStream("/policies/" + name)) {
			return file(name).parse(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
	}

}
