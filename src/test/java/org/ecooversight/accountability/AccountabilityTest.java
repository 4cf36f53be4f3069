package org.ecooversight.accountability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.ecooversight.identity.Users;
import org.ecooversight.ledger.ChasingDeadlines;
import org.ecooversight.organisation.Organisation;
import org.ecooversight.organisation.PostKind;
import org.ecooversight.organisation.UnitKind;
import org.ecooversight.shared.Actor;
import org.ecooversight.shared.ChinaTime;
import org.ecooversight.shared.Role;
import org.ecooversight.support.PlatformTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The trigger mechanism in the policy's language (Q, 常态化监管问题责任追究触发机制; S, 五项机制3、4):
 * rules fire on the ledger's facts, referrals and active openings land in the same queue, and a
 * case pursues the three responsibilities together against the persons in post at the failure.
 */
@DisplayName("问责触发与三责同追 / accountability")
class AccountabilityTest extends PlatformTest {

	@Autowired
	ChasingDeadlines chase;

	@Autowired
	Organisation organisation;

	@Autowired
	Users users;

	@Autowired
	PursuingCases pursuing;

	@Autowired
	TriggerRules rules;

	@Test
	@DisplayName("约谈后7日内未报告：规则触发，立案后点名镇党委书记、镇长（主体责任）、部门负责人（监管责任）和镇纪委（监督责任），并列明触发事实")
	void anInterviewWithoutTheReportFiresTheRuleAndTheCaseNamesTheThreeResponsibilities() throws Exception {
		String problem = acceptedProblem(CHIHE, unique("池河镇石料厂粉尘约谈问责"), "AIR");
		assign(problem);
		LocalDate heldOn = holdInterview(problem);
		moveTo(heldOn.plusDays(8));
		chase.sweep();

		JsonNode trigger = awaitTrigger(problem, "INTERVIEW_REPORT_OVERDUE");
		assertThat(trigger.path("origin").asString()).isEqualTo("RULE");
		JsonNode full = get("discipline", "/api/v1/accountability/triggers/" + trigger.path("id").asString()).body();
		List<String> factTypes = new ArrayList<>();
		full.path("raised").path("facts").forEach(f -> factTypes.add(f.path("eventType").asString()));
		assertThat(factTypes).containsExactly("InterviewHeld", "InterviewReportOverdue");
		assertThat(full.path("raised").path("ruleSource").asString()).contains("7日内");
		assertThat(full.path("raised").path("failureDay").asString()).isEqualTo(heldOn.plusDays(7).toString());

		JsonNode c = openCase(trigger);
		LocalDate failureDay = heldOn.plusDays(7);
		assertThat(names(c, "PRIMARY")).containsExactlyInAnyOrder(holder(CHIHE, UnitKind.PARTY_COMMITTEE, PostKind.PARTY_SECRETARY, failureDay),
				holder(CHIHE, UnitKind.GOVERNMENT, PostKind.GOVERNMENT_HEAD, failureDay));
		assertThat(posts(c, "REGULATORY")).containsExactly("分局局长");
		assertThat(posts(c, "OVERSIGHT")).containsExactly("镇纪委书记");
		assertThat(c.path("parties").findValuesAsString("status")).containsOnly("UNDER_REVIEW");
	}

	@Test
	@DisplayName("失职发生后职务易人：点名失职当时在任的人，而不是现任")
	void thePersonInPostAtTheTimeOfTheFailureIsNamed() throws Exception {
		Instant saved = clock.instant();
		try {
			// 池河镇党委书记 changed hands on 2026-06-01 (demo); the failure happens in May, the trigger in June.
			clock.set(LocalDate.of(2026, 5, 6).atTime(9, 0).atZone(ChinaTime.ZONE).toInstant());
			String problem = acceptedProblem(CHIHE, unique("池河镇职务变动问责"), "AIR");
			act("taskforce", problem, "assign", Map.of("requirements", "限期整改", "deadline", "2026-05-29"));
			LocalDate heldOn = holdInterview(problem);
			assertThat(heldOn).isBefore(LocalDate.of(2026, 5, 25));
			moveTo(LocalDate.of(2026, 6, 3));
			chase.sweep();
			JsonNode c = openCase(awaitTrigger(problem, "INTERVIEW_REPORT_OVERDUE"));
			LocalDate failureDay = heldOn.plusDays(7);
			String before = holder(CHIHE, UnitKind.PARTY_COMMITTEE, PostKind.PARTY_SECRETARY, failureDay);
			String after = holder(CHIHE, UnitKind.PARTY_COMMITTEE, PostKind.PARTY_SECRETARY, LocalDate.of(2026, 6, 3));
			assertThat(before).isNotEqualTo(after);
			assertThat(names(c, "PRIMARY")).contains(before).doesNotContain(after);
		}
		finally {
			if (saved.isAfter(clock.instant())) {
				clock.set(saved);
			}
		}
	}

	@Test
	@DisplayName("约谈后30日仍逾期：到期复查时触发；约谈人次计入统计")
	void stillOverdueThirtyDaysAfterTheInterviewFires() throws Exception {
		String problem = acceptedProblem(CHIHE, unique("池河镇约谈后仍逾期"), "AIR");
		act("taskforce", problem, "assign", Map.of("requirements", "限期整改", "deadline", today().plusDays(10).toString()));
		LocalDate heldOn = holdInterview(problem);
		String interview = get("taskforce", "/api/v1/problems/" + problem).body().path("chase").path("interviews").get(0)
			.path("id").asString();
		act("eeb", problem, "interviews/" + interview + "/report", Map.of("content", "深刻检查"));
		act("chihe", problem, "interviews/" + interview + "/report", Map.of("content", "深刻检查"));
		Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
				"select count(*) from acc_watch where problem_id = ?").param(java.util.UUID.fromString(problem)).query(Long.class).single() > 0);
		JsonNode figures = get("office", "/api/v1/accountability/figures?from=" + heldOn.minusDays(1) + "&to=" + heldOn).body();
		assertThat(figures.path("interviews").findValuesAsString("unitName")).contains("安康市生态环境局石泉分局");
		// the two attendees of the interviewed units, one each (the interviewer is not counted)
		assertThat(figures.path("interviews").findValues("persons").stream().mapToLong(JsonNode::asLong).sum())
			.isGreaterThanOrEqualTo(2);

		moveTo(heldOn.plusDays(29));
		assertThat(rules.sweepWatches()).isZero();
		moveTo(heldOn.plusDays(31));
		rules.sweepWatches();
		JsonNode trigger = awaitTrigger(problem, "STILL_OVERDUE_AFTER_INTERVIEW");
		assertThat(trigger.path("reason").asString()).contains("约谈后仍逾期");
	}

	@Test
	@DisplayName("回头看发现反弹、评判认定虚假整改、两次评判未通过：各自触发其规则")
	void aReboundAFalseRectificationAndTwoFailedEvaluationsFireTheirRules() throws Exception {
		String rebound = passedEvaluation();
		act("taskforce", rebound, "close", Map.of("acceptanceNote", "已整改", "inspectors", List.of("王某")));
		act("taskforce", rebound, "look-back/rebound", Map.of("note", "又见扬尘"));
		JsonNode fired = awaitTrigger(rebound, "REBOUND_FOUND");
		JsonNode facts = get("discipline", "/api/v1/accountability/triggers/" + fired.path("id").asString()).body()
			.path("raised").path("facts");
		assertThat(facts.findValuesAsString("eventType")).containsExactly("ProblemClosed", "ReboundFound");

		String falseOne = acceptedProblem(CHIHE, unique("池河镇虚假整改"), "AIR");
		assign(falseOne);
		act("eeb", falseOne, "closure-request", Map.of("summary", "已整改"));
		act("taskforce", falseOne, "evaluation", Map.of("measuresScore", 20, "progressScore", 20, "effectScore", 10,
				"verdict", "FALSE_RECTIFICATION", "opinion", "现场仍在生产，整改材料与实际不符"));
		awaitTrigger(falseOne, "FALSE_RECTIFICATION");
		act("eeb", falseOne, "closure-request", Map.of("summary", "再次申请"));
		act("taskforce", falseOne, "evaluation", Map.of("measuresScore", 50, "progressScore", 50, "effectScore", 50,
				"verdict", "RETURN", "opinion", "仍未到位"));
		awaitTrigger(falseOne, "EVALUATION_FAILED_TWICE");
	}

	@Test
	@DisplayName("30日内同一问题被重复投诉3次：触发")
	void repeatedComplaintsWithinTheWindowFire() throws Exception {
		String problem = acceptedProblem(CHIHE, unique("池河镇夜间噪声"), "NOISE");
		for (int i = 0; i < 3; i++) {
			String lead = receive(hotlineCall(CHIHE, unique("池河镇夜间噪声再次投诉"), "NOISE"));
			assertThat(post("office", "/api/v1/leads/" + lead + "/merge", Map.of("problemId", problem)).status()).isEqualTo(200);
		}
		JsonNode trigger = awaitTrigger(problem, "REPEATED_COMPLAINTS");
		JsonNode facts = get("discipline", "/api/v1/accountability/triggers/" + trigger.path("id").asString()).body()
			.path("raised").path("facts");
		assertThat(facts).hasSize(3);
	}

	@Test
	@DisplayName("被动移送与主动发现都进入研判队列；不予追责必须说明理由")
	void aReferralAndAnActiveOpeningLandInTheQueueAndNotPursuingNeedsAReason() throws Exception {
		String problem = acceptedProblem(CHIHE, unique("池河镇移送问责"), "AIR");
		assign(problem);
		Response referred = post("chihe", "/api/v1/accountability/triggers", Map.of("problemId", problem, "reason",
				"企业拒不整改，相关部门监管不力"));
		assertThat(referred.status()).isEqualTo(201);
		assertThat(post("houliu", "/api/v1/accountability/triggers", Map.of("problemId", problem, "reason", "x"))
			.status()).as("a town refers only its own problems").isEqualTo(404);
		assertThat(post("chihe", "/api/v1/accountability/triggers", Map.of("problemId", problem)).status()).isEqualTo(400);

		String lead = receive(hotlineCall(HOULIU, unique("后柳镇线索主动发现"), "WATER"));
		Response active = post("discipline", "/api/v1/accountability/triggers", Map.of("leadId", lead, "reason",
				"信访反映干部不作为"));
		assertThat(active.status()).isEqualTo(201);

		JsonNode queue = get("discipline", "/api/v1/accountability/triggers?status=QUEUED").body();
		assertThat(origin(queue, referred.text("id"))).isEqualTo("REFERRAL");
		assertThat(origin(queue, active.text("id"))).isEqualTo("ACTIVE");

		String path = "/api/v1/accountability/triggers/" + active.text("id") + "/assessment";
		Response noReason = post("discipline", path, Map.of("decision", "NOT_PURSUED"));
		assertThat(noReason.status()).isEqualTo(400);
		assertThat(noReason.raw()).contains("reason");
		assertThat(post("discipline", path, Map.of("decision", "NOT_PURSUED", "reason", "经核查，反映问题不属实")).status())
			.isEqualTo(200);
		assertThat(post("discipline", path, Map.of("decision", "NOT_PURSUED", "reason", "again")).status()).isEqualTo(409);

		// the referral opens a case; a second referral of the same matter joins it
		JsonNode c = openCase(get("discipline", "/api/v1/accountability/triggers/" + referred.text("id")).body());
		Response second = post("taskforce", "/api/v1/accountability/triggers", Map.of("problemId", problem, "reason", "专班移送"));
		assertThat(post("discipline", "/api/v1/accountability/triggers/" + second.text("id") + "/assessment",
				Map.of("decision", "JOIN_CASE", "caseId", c.path("id").asString(), "reason", "同一问题，并案处理")).status())
			.isEqualTo(200);
		assertThat(get("discipline", "/api/v1/accountability/cases/" + c.path("id").asString()).body().path("triggers"))
			.hasSize(2);
	}

	@Test
	@DisplayName("处理：四种形态、三个区分开来、整改减责都记录理由；不在案中的人员、不存在的形态被拒绝；结案须逐人处理")
	void outcomesToleranceAndMitigationAreRecordedDecisions() throws Exception {
		JsonNode c = referredCase("池河镇处理决定");
		String base = "/api/v1/accountability/cases/" + c.path("id").asString();
		String secretary = partyId(c, "PRIMARY", "镇党委书记");
		String head = partyId(c, "PRIMARY", "镇长");

		assertThat(post("discipline", base + "/parties/" + java.util.UUID.randomUUID() + "/outcome",
				Map.of("outcome", "ADMONISHMENT", "reason", "x")).raw()).contains("partyId");
		Response noSuchForm = post("discipline", base + "/parties/" + secretary + "/outcome",
				Map.of("outcome", "FIFTH_FORM", "reason", "x"));
		assertThat(noSuchForm.status()).isEqualTo(400);
		assertThat(noSuchForm.raw()).contains("outcome");
		assertThat(post("discipline", base + "/parties/" + secretary + "/outcome", Map.of("outcome", "ADMONISHMENT"))
			.status()).isEqualTo(400);

		Response tolerance = post("discipline", base + "/parties/" + head + "/fault-tolerance", Map.of("checklist",
				Map.of("PIONEERING_NOT_WILFUL", true, "EXPLORATORY_NOT_PROHIBITED", false, "UNINTENTIONAL_NOT_SELF_SERVING", true),
				"notes", "试点项目，无私利", "tolerance", "REDUCED", "reason", "符合容错情形"));
		assertThat(tolerance.status()).isEqualTo(200);
		assertThat(post("discipline", base + "/parties/" + head + "/mitigation", Map.of("reason", "约谈后10日内完成整改"))
			.status()).isEqualTo(200);
		JsonNode decided = post("discipline", base + "/parties/" + secretary + "/outcome",
				Map.of("outcome", "ADMONISHMENT", "reason", "履行主体责任不力")).body();
		JsonNode party = party(decided, secretary);
		assertThat(party.path("form").asInt()).isEqualTo(1);
		assertThat(party.path("formLabel").asString()).isEqualTo("第一种形态");
		assertThat(party(decided, head).path("faultTolerance").path("tolerance").asString()).isEqualTo("REDUCED");

		assertThat(post("discipline", base + "/closure", Map.of("summary", "结案")).status()).isEqualTo(409);
		for (JsonNode p : decided.path("parties")) {
			if (p.path("status").asString().equals("UNDER_REVIEW")) {
				post("discipline", base + "/parties/" + p.path("id").asString() + "/clearance", Map.of("reason", "经研判无责任"));
			}
		}
		assertThat(post("discipline", base + "/closure", Map.of("summary", "结案")).status()).isEqualTo(200);

		JsonNode figures = get("leader", "/api/v1/accountability/figures?from=" + today().minusDays(60)).body();
		assertThat(figures.path("outcomes").findValuesAsString("formLabel")).contains("第一种形态");
	}

	@Test
	@DisplayName("移送：材料包含摘要、证据清单和时间线，举报人身份仅在有权接收并说明法律依据时附上；签收、结果、逾期催办")
	void referralsCarryAPackageWithoutTheReporterUnlessEntitled() throws Exception {
		JsonNode c = referredCase("池河镇移送司法");
		String base = "/api/v1/accountability/cases/" + c.path("id").asString();
		Response toPolice = post("discipline", base + "/referrals", Map.of("recipient", "LAW_ENFORCEMENT", "recipientName",
				"石泉县公安局", "summary", "涉嫌污染环境", "includeReporterIdentity", true, "legalBasis", "x"));
		assertThat(toPolice.status()).isEqualTo(400);
		assertThat(toPolice.raw()).contains("includeReporterIdentity");

		JsonNode referred = post("discipline", base + "/referrals", Map.of("recipient", "LAW_ENFORCEMENT", "recipientName",
				"石泉县公安局", "summary", "涉嫌污染环境罪")).body();
		String referral = referred.path("referrals").get(0).path("made").path("referralId").asString();
		JsonNode pack = get("discipline", base + "/referrals/" + referral + "/package").body();
		assertThat(pack.path("timeline").findValuesAsString("eventType")).contains("ProblemOpened", "ProblemAssigned");
		assertThat(pack.path("reporter").isNull() || pack.path("reporter").isMissingNode()).isTrue();
		assertThat(pack.toString()).doesNotContain("13800000000").doesNotContain("举报人（演示）");

		JsonNode toCourt = post("discipline", base + "/referrals", Map.of("recipient", "JUDICIARY", "recipientName",
				"石泉县人民检察院", "summary", "公益诉讼线索", "includeReporterIdentity", true, "legalBasis",
				"《人民检察院公益诉讼办案规则》第三十条")).body();
		String court = toCourt.path("referrals").get(1).path("made").path("referralId").asString();
		JsonNode entitled = get("discipline", base + "/referrals/" + court + "/package").body();
		assertThat(entitled.path("reporter").path("phone").asString()).isEqualTo("13800000000");

		assertThat(post("discipline", base + "/referrals/" + referral + "/receipt", Map.of("receivedOn",
				today().toString(), "receivedBy", "县公安局法制大队 王某")).status()).isEqualTo(200);
		clock.advance(Duration.ofDays(32));
		assertThat(pursuing.chaseReferrals()).isGreaterThanOrEqualTo(2);
		JsonNode chased = get("discipline", base).body();
		assertThat(chased.path("referrals").get(0).path("chases")).hasSize(1);
		// chased again at the policy's interval (Shiquan: every 7 days), not before
		clock.advance(Duration.ofDays(6));
		pursuing.chaseReferrals();
		assertThat(get("discipline", base).body().path("referrals").get(0).path("chases")).hasSize(1);
		clock.advance(Duration.ofDays(1));
		pursuing.chaseReferrals();
		assertThat(get("discipline", base).body().path("referrals").get(0).path("chases")).hasSize(2);
		assertThat(post("discipline", base + "/referrals/" + referral + "/outcome", Map.of("outcome", "已立案侦查"))
			.status()).isEqualTo(200);
		JsonNode referralFigures = get("leader", "/api/v1/accountability/figures?from=" + today().minusDays(60)).body()
			.path("referrals");
		assertThat(referralFigures.findValuesAsString("recipient")).contains("LAW_ENFORCEMENT", "JUDICIARY");
		assertThat(referralFigures.findValuesAsString("unitName")).as("per unit concerned").contains("安康市生态环境局石泉分局");
	}

	@Test
	@DisplayName("访问控制：镇、部门、县领导、纪检各得其所；案件涉及本单位的人看不到；每次读取都留痕")
	void everyRoleGetsExactlyWhatTheAccessRulesAllow() throws Exception {
		JsonNode c = referredCase("池河镇访问控制");
		String caseId = c.path("id").asString();
		String trigger = c.path("triggers").get(0).asString();
		String party = c.path("parties").get(0).path("id").asString();
		List<String> reads = List.of("/api/v1/accountability/triggers", "/api/v1/accountability/triggers/" + trigger,
				"/api/v1/accountability/cases", "/api/v1/accountability/cases/" + caseId);
		List<String> writes = List.of("/api/v1/accountability/triggers/" + trigger + "/assessment",
				"/api/v1/accountability/cases/" + caseId + "/parties",
				"/api/v1/accountability/cases/" + caseId + "/parties/" + party + "/outcome",
				"/api/v1/accountability/cases/" + caseId + "/parties/" + party + "/fault-tolerance",
				"/api/v1/accountability/cases/" + caseId + "/parties/" + party + "/mitigation",
				"/api/v1/accountability/cases/" + caseId + "/parties/" + party + "/clearance",
				"/api/v1/accountability/cases/" + caseId + "/referrals", "/api/v1/accountability/cases/" + caseId + "/closure",
				"/api/v1/accountability/cases/" + caseId + "/referrals/" + java.util.UUID.randomUUID() + "/receipt",
				"/api/v1/accountability/cases/" + caseId + "/referrals/" + java.util.UUID.randomUUID() + "/outcome");
		for (String user : List.of("chihe", "eeb", "leader", "taskforce", "office")) {
			for (String path : reads) {
				assertThat(get(user, path).status()).as(user + " GET " + path).isEqualTo(403);
			}
			for (String path : writes) {
				assertThat(post(user, path, Map.of("reason", "x")).status()).as(user + " POST " + path).isEqualTo(403);
			}
		}
		for (String path : reads) {
			assertThat(get("discipline", path).status()).as("discipline GET " + path).isEqualTo(200);
		}
		String pack = "/api/v1/accountability/cases/" + caseId + "/referrals/" + java.util.UUID.randomUUID() + "/package";
		for (String user : List.of("chihe", "eeb", "leader", "taskforce", "office")) {
			assertThat(get(user, pack).status()).as(user + " GET package").isEqualTo(403);
		}
		assertThat(get("discipline", pack).status()).as("an unknown referral").isEqualTo(404);
		// county leaders neither refer nor open matters: they see counts
		assertThat(post("leader", "/api/v1/accountability/triggers", Map.of("problemId", c.path("problemId").asString(),
				"reason", "x")).status()).isEqualTo(403);
		for (String user : List.of("leader", "office", "discipline")) {
			assertThat(get(user, "/api/v1/accountability/summary").status()).isEqualTo(200);
			assertThat(get(user, "/api/v1/accountability/figures").status()).isEqualTo(200);
		}
		for (String user : List.of("chihe", "eeb", "taskforce")) {
			assertThat(get(user, "/api/v1/accountability/summary").status()).isEqualTo(403);
			assertThat(get(user, "/api/v1/accountability/figures").status()).isEqualTo(403);
		}
		JsonNode summary = get("leader", "/api/v1/accountability/summary").body();
		assertThat(summary.path("casesOpen").asLong()).isPositive();
		assertThat(summary.toString()).doesNotContain("镇党委书记");

		// A discipline officer of the town's own party committee (a party to the case) does not see it.
		var townCommittee = organisation.unitOfKind(CHIHE, UnitKind.PARTY_COMMITTEE).orElseThrow();
		String insider = "townjw" + java.util.UUID.randomUUID().toString().substring(0, 6);
		users.create(insider, "镇纪委干部（测试）", "demo1234", townCommittee.id().value(), null,
				EnumSet.of(Role.DISCIPLINE_OFFICER), new Actor("secadmin", null, EnumSet.of(Role.SECURITY_ADMIN)));
		assertThat(get(insider, "/api/v1/accountability/cases/" + caseId).status()).isEqualTo(403);
		assertThat(get(insider, "/api/v1/accountability/cases").raw()).doesNotContain(caseId);
		assertThat(get(insider, "/api/v1/accountability/triggers/" + trigger).status()).isEqualTo(403);
		assertThat(get(insider, "/api/v1/accountability/triggers").raw()).doesNotContain(trigger);

		long before = readsRecorded();
		get("discipline", "/api/v1/accountability/cases/" + caseId);
		get("leader", "/api/v1/accountability/summary");
		assertThat(readsRecorded()).isEqualTo(before + 2);
	}

	// ---- helpers ----

	private long readsRecorded() {
		return jdbc.sql("select count(*) from audit_event where stream_type = 'ACCOUNTABILITY_READ'").query(Long.class).single();
	}

	/** A case opened from a town's referral of a newly assigned 池河镇 problem. */
	private JsonNode referredCase(String what) throws Exception {
		String problem = acceptedProblem(CHIHE, unique(what), "AIR");
		assign(problem);
		Response referred = post("chihe", "/api/v1/accountability/triggers", Map.of("problemId", problem, "reason", what));
		return openCase(get("discipline", "/api/v1/accountability/triggers/" + referred.text("id")).body());
	}

	/** Proposes, approves, schedules and holds an interview of the problem's units; returns the day it was held. */
	private LocalDate holdInterview(String problem) throws Exception {
		String interview = act("taskforce", problem, "interviews", Map.of("reason", "整改不力")).body().path("chase")
			.path("interviews").get(0).path("id").asString();
		act("leader", problem, "interviews/" + interview + "/decision", Map.of("approved", true, "opinion", "同意"));
		act("taskforce", problem, "interviews/" + interview + "/schedule", Map.of("scheduledFor",
				clock.instant().toString(), "place", "县政府会议室", "interviewer", "副县长"));
		Response held = act("taskforce", problem, "interviews/" + interview + "/held", Map.of("attendees",
				List.of(Map.of("name", "张某甲", "unit", "池河镇政府", "post", "镇长"),
						Map.of("name", "李某乙", "unit", "生态环境分局", "post", "局长")), "minutes", "要求限期整改"));
		assertThat(held.status()).as(held.raw()).isEqualTo(200);
		return LocalDate.ofInstant(clock.instant(), ChinaTime.ZONE);
	}

	private JsonNode awaitTrigger(String problem, String ruleId) {
		JsonNode[] found = new JsonNode[1];
		Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
			for (JsonNode row : get("discipline", "/api/v1/accountability/triggers").body()) {
				if (row.path("problemId").asString().equals(problem) && ruleId.equals(row.path("ruleId").asString())) {
					found[0] = row;
					return true;
				}
			}
			return false;
		});
		return found[0];
	}

	private JsonNode openCase(JsonNode trigger) throws Exception {
		Response assessed = post("discipline", "/api/v1/accountability/triggers/" + trigger.path("id").asString()
				+ "/assessment", Map.of("decision", "OPEN_CASE", "reason", "事实清楚，立案追责"));
		assertThat(assessed.status()).as(assessed.raw()).isEqualTo(200);
		return get("discipline", "/api/v1/accountability/cases/" + assessed.text("caseId")).body();
	}

	private String holder(String town, UnitKind kind, PostKind post, LocalDate day) {
		var unit = organisation.unitOfKind(town, kind).orElseThrow();
		return organisation.holdersOn(unit.id(), day)
			.stream()
			.filter(h -> h.post().kind() == post)
			.findFirst()
			.orElseThrow()
			.person()
			.name();
	}

	private static List<String> names(JsonNode c, String responsibility) {
		List<String> names = new ArrayList<>();
		c.path("parties").forEach(p -> {
			if (p.path("responsibility").asString().equals(responsibility)) {
				names.add(p.path("personName").asString());
			}
		});
		return names;
	}

	private static List<String> posts(JsonNode c, String responsibility) {
		List<String> posts = new ArrayList<>();
		c.path("parties").forEach(p -> {
			if (p.path("responsibility").asString().equals(responsibility)) {
				posts.add(p.path("postTitle").asString());
			}
		});
		return posts;
	}

	private static String partyId(JsonNode c, String responsibility, String postTitle) {
		for (JsonNode p : c.path("parties")) {
			if (p.path("responsibility").asString().equals(responsibility) && p.path("postTitle").asString().equals(postTitle)) {
				return p.path("id").asString();
			}
		}
		throw new AssertionError("no " + postTitle + " in " + c);
	}

	private static JsonNode party(JsonNode c, String id) {
		for (JsonNode p : c.path("parties")) {
			if (p.path("id").asString().equals(id)) {
				return p;
			}
		}
		throw new AssertionError("no party " + id);
	}

	private static String origin(JsonNode queue, String id) {
		for (JsonNode row : queue) {
			if (row.path("id").asString().equals(id)) {
				return row.path("origin").asString();
			}
		}
		return null;
	}

	private void moveTo(LocalDate day) {
		Instant target = day.atStartOfDay(ChinaTime.ZONE).toInstant().plusSeconds(60);
		if (target.isAfter(clock.instant())) {
			clock.set(target);
		}
	}
}
