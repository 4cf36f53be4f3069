package org.ecooversight.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.ecooversight.intake.Channel;
import org.ecooversight.intake.Lead;
import org.ecooversight.intake.ReceivingLead;
import org.ecooversight.intake.ReceivingLead.ReceiveLead;
import org.ecooversight.intake.ReporterContact;
import org.ecooversight.ledger.AcceptingLead;
import org.ecooversight.ledger.AcceptingLead.AcceptLead;
import org.ecooversight.ledger.AssigningProblem;
import org.ecooversight.ledger.AssigningProblem.AssignProblem;
import org.ecooversight.ledger.ClosingProblem;
import org.ecooversight.ledger.ClosingProblem.CloseProblem;
import org.ecooversight.ledger.DecliningLead;
import org.ecooversight.ledger.DecliningLead.DeclineLead;
import org.ecooversight.ledger.EvaluatingRectification;
import org.ecooversight.ledger.EvaluatingRectification.EvaluateRectification;
import org.ecooversight.ledger.OpeningLongTermEntry;
import org.ecooversight.ledger.OpeningLongTermEntry.OpenLongTermEntry;
import org.ecooversight.ledger.OpeningLongTermEntry.PlannedMilestone;
import org.ecooversight.ledger.ProblemId;
import org.ecooversight.ledger.ReportingProgress;
import org.ecooversight.ledger.ReportingProgress.ReportProgress;
import org.ecooversight.ledger.RequestingClosure;
import org.ecooversight.ledger.RequestingClosure.RequestClosure;
import org.ecooversight.ledger.Verdict;
import org.ecooversight.organisation.Organisation;
import org.ecooversight.shared.Actor;
import org.ecooversight.shared.ChinaTime;
import org.ecooversight.shared.Role;
import org.springframework.stereotype.Component;

/**
 * A few problems of the demo county in different stages, taken there through the platform's own
 * use cases (so each has its full record): a hotline complaint under rectification, a construction
 * site assigned, a tailings pond on a long-term entry, a problem across two domains awaiting the
 * government's designation, a closed livestock case, a central-inspection transfer, a declined
 * report and a public report not yet decided. Descriptions are invented.
 */
@Component
class DemoLedger {

	private final ReceivingLead receiving;
	private final AcceptingLead accepting;
	private final AssigningProblem assigning;
	private final ReportingProgress reporting;
	private final OpeningLongTermEntry longTerm;
	private final RequestingClosure closure;
	private final EvaluatingRectification evaluating;
	private final ClosingProblem closing;
	private final DecliningLead declining;
	private final Organisation organisation;
	private final Clock clock;

	DemoLedger(ReceivingLead receiving, AcceptingLead accepting, AssigningProblem assigning,
			ReportingProgress reporting, OpeningLongTermEntry longTerm, RequestingClosure closure,
			EvaluatingRectification evaluating, ClosingProblem closing, DecliningLead declining,
			Organisation organisation, Clock clock) {
		this.receiving = receiving;
		this.accepting = accepting;
		this.assigning = assigning;
		this.reporting = reporting;
		this.longTerm = longTerm;
		this.closure = closure;
		this.evaluating = evaluating;
		this.closing = closing;
		this.declining = declining;
		this.organisation = organisation;
		this.clock = clock;
	}

	void seed() {
		Actor office = actor("office", "SQ-EPC-OFFICE", Role.COMMITTEE_OFFICE);
		Actor taskForce = actor("taskforce", "SQ-TASKFORCE", Role.TASK_FORCE_MEMBER);
		Actor branch = actor("eeb", "SQ-EEB", Role.DEPARTMENT_HANDLER);
		Actor chihe = actor("chihe", "SQ-T610922104-GOV", Role.TOWN_HANDLER);
		Actor natres = actor("natres", "SQ-NR", Role.DEPARTMENT_HANDLER);
		Actor agri = actor("agri", "SQ-AGRI", Role.DEPARTMENT_HANDLER);
		LocalDate today = LocalDate.now(clock.withZone(ChinaTime.ZONE));

		// 12369: dust from a quarry at night, under rectification.
		ProblemId dust = accept(receive(office, Channel.HOTLINE_12369, null, "池河镇某石料厂夜间生产，粉尘很大，附近村民无法晾晒衣物（演示）",
				"610922104", "池河镇某村三组", List.of("AIR"), new ReporterContact("王某（演示）", "13800000001", null)), taskForce);
		assigning.assign(new AssignProblem(dust, "立即落实料场覆盖、喷淋降尘措施，夜间停止破碎作业，15日内整改到位", today.plusDays(15), null), null, taskForce);
		reporting.report(new ReportProgress(dust, "已约谈企业负责人，料堆已全部覆盖，夜间破碎作业已停止", 60), List.of(), null, chihe);

		// Routine inspection: construction dust in the county seat, assigned.
		ProblemId site = accept(receive(office, Channel.ROUTINE_INSPECTION, null, "城关镇某建设工地未设置围挡，裸土未覆盖，车辆带泥上路（演示）",
				"610922100", "城关镇江南新区", List.of("CONSTRUCTION_DUST"), null), taskForce);
		assigning.assign(new AssignProblem(site, "按“六个百分百”要求落实扬尘防治措施", today.plusDays(10), null), null, taskForce);

		// Special patrol: a tailings pond that cannot be restored at once: a long-term entry.
		ProblemId pond = accept(receive(office, Channel.SPECIAL_PATROL, null, "后柳镇历史遗留尾矿库未完成生态修复，存在水土流失（演示）",
				"610922105", "后柳镇某沟", List.of("MINING"), null), taskForce);
		assigning.assign(new AssignProblem(pond, "编制生态修复方案，分阶段完成治理", today.plusMonths(3), null), null, taskForce);
		longTerm.open(new OpenLongTermEntry(pond, "生态修复需跨年度实施", List.of(
				new PlannedMilestone("完成修复方案编制并通过评审", today.plusMonths(2)),
				new PlannedMilestone("完成边坡治理和植被恢复", today.plusMonths(9))), today.plusMonths(12)), null, taskForce);
		reporting.report(new ReportProgress(pond, "已委托第三方开展修复方案编制", 10), List.of(), null, natres);

		// Across two domains (construction dust and forest land): awaiting the government's designation.
		accept(receive(office, Channel.MEDIA, "安康日报读者来信（演示）", "城关镇某工地施工毁坏林地并产生扬尘（演示）", "610922100",
				"城关镇某山坡", List.of("CONSTRUCTION_DUST", "FORESTRY"), null), taskForce);

		// Livestock effluent: rectified, judged and struck off.
		ProblemId farm = accept(receive(office, Channel.HOTLINE_12369, null, "后柳镇某养殖场粪污直排河道（演示）", "610922105",
				"后柳镇某村", List.of("LIVESTOCK"), null), taskForce);
		assigning.assign(new AssignProblem(farm, "立即停止直排，完善粪污收集储存设施", today.plusDays(20), null), null, taskForce);
		closure.request(new RequestClosure(farm, "已建成干湿分离和储粪池，粪污全部资源化利用"), List.of(), null, agri);
		evaluating.evaluate(new EvaluateRectification(farm, 90, 88, 92, Verdict.PASS, "措施到位、效果明显"), null, taskForce);
		closing.close(new CloseProblem(farm, "现场核查，未发现直排", "您反映的养殖场粪污直排问题已整改到位。", List.of("专班成员（演示）")),
				List.of(), null, taskForce);

		// Central inspection transfer (third round, Shaanxi, by phone).
		accept(receive(office, Channel.CENTRAL_INSPECTION, "D3SN202611180027", "池河镇河道内有人非法采砂（演示）", "610922104",
				"池河镇某河段", List.of("RIVER"), null), taskForce);

		// Declined: not an environmental matter, with a reply.
		Lead noise = receive(office, Channel.HOTLINE_12369, null, "城关镇某小区邻居装修噪声扰民（演示）", "610922100", "城关镇某小区",
				List.of("NOISE"), new ReporterContact("李某（演示）", "13800000002", null));
		declining.decline(new DeclineLead(noise.id(), "属社会生活噪声，由公安机关依法处理", "您反映的装修噪声问题属公安机关职责，已告知县公安局依法处理。"), office);

		// A public report not yet decided.
		receive(Actor.PUBLIC, Channel.PUBLIC_WEB, null, "喜河镇某烟囱冒黑烟（演示）", "610922106", null, List.of("AIR"), null);
	}

	private Lead receive(Actor actor, Channel channel, String reference, String description, String town, String address,
			List<String> types, ReporterContact reporter) {
		return receiving.receive(new ReceiveLead(channel, reference, description, town, address, null, null, types, null,
				null, reporter == null, reporter, null), List.of(), null, actor).lead();
	}

	private ProblemId accept(Lead lead, Actor actor) {
		return accepting.accept(new AcceptLead(lead.id(), null, null, null), actor).id();
	}

	private Actor actor(String username, String unitCode, Role role) {
		UUID unit = organisation.unitByCode(unitCode).orElseThrow().id().value();
		return new Actor(username, unit, Set.of(role));
	}
}
