package org.ecooversight.ledger;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import org.ecooversight.ledger.ProblemEvent.ExtensionDecided;
import org.ecooversight.ledger.ProblemEvent.ExtensionRequested;
import org.ecooversight.ledger.ProblemEvent.InterviewDecided;
import org.ecooversight.ledger.ProblemEvent.InterviewHeld;
import org.ecooversight.ledger.ProblemEvent.InterviewProposed;
import org.ecooversight.ledger.ProblemEvent.InterviewReportOverdue;
import org.ecooversight.ledger.ProblemEvent.InterviewScheduled;
import org.ecooversight.ledger.ProblemEvent.ProblemAssigned;
import org.ecooversight.ledger.ProblemEvent.ReminderIssued;
import org.ecooversight.ledger.ProblemEvent.SupervisionOrderIssued;
import org.ecooversight.ledger.ProblemEvent.SupervisionReportMissed;
import org.ecooversight.organisation.Organisation;
import org.ecooversight.organisation.Unit;
import org.ecooversight.organisation.UnitId;
import org.ecooversight.organisation.UnitKind;
import org.ecooversight.shared.ChinaTime;
import org.ecooversight.shared.Jurisdiction;
import org.ecooversight.shared.NoticeIssued;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells the people concerned what happened to a problem: the notice, each reminder, supervision
 * orders and missed reports, each stage of an interview, extension requests and decisions. Runs in
 * the transaction that recorded the event, so the notice is persisted with it (event publication
 * registry) and delivered by the notification module even across a restart. Notices name the
 * problem, never the reporter.
 */
@Component
class ProblemNotices {

	private final ApplicationEventPublisher events;
	private final JdbcClient jdbc;
	private final Organisation organisation;
	private final String jurisdiction;
	private final Problems problems;
	private final org.ecooversight.policy.Policies policies;

	ProblemNotices(ApplicationEventPublisher events, JdbcClient jdbc, Organisation organisation, Problems problems,
			org.ecooversight.policy.Policies policies, Jurisdiction jurisdiction) {
		this.policies = policies;
		this.problems = problems;
		this.events = events;
		this.jdbc = jdbc;
		this.organisation = organisation;
		this.jurisdiction = jurisdiction.regionCode();
	}

	@EventListener
	void on(ProblemEvent event) {
		if (event instanceof ProblemAssigned e) {
			List<UnitId> to = new ArrayList<>();
			to.add(e.leadUnit());
			to.addAll(e.coUnits());
			send(e.problemId(), NoticeIssued.idFor(e.problemId().value(), "assigned/" + e.noticeNumber()), "ASSIGNMENT",
					taskForce(), to, "整改通知书 " + e.noticeNumber(),
					"请按整改通知书要求于" + e.deadline() + "前完成整改。要求：" + e.requirements(), e.issuedAt());
		}
		else if (event instanceof ReminderIssued e) {
			send(e.problemId(), e.reminderId(), "REMINDER", e.senderUnitId(), e.addressees(),
					e.kind().label(), e.content() + " 请签收。", e.issuedAt());
		}
		else if (event instanceof SupervisionOrderIssued e) {
			send(e.problemId(), NoticeIssued.idFor(e.orderId(), "issued"), "SUPERVISION_ORDER", taskForce(),
					responsible(e.problemId()), e.kind().label() + " " + e.orderNumber(),
					"要求：" + e.requirements() + "。整改期限：" + e.deadline() + "。督办期间每" + e.reportEvery().days()
							+ (e.reportEvery().count() == org.ecooversight.policy.JurisdictionPolicy.DayCount.WORKING_DAYS ? "个工作日" : "日")
							+ "报告一次整改进展。",
					e.issuedAt());
		}
		else if (event instanceof SupervisionReportMissed e) {
			List<UnitId> to = responsible(e.problemId());
			to.add(taskForce());
			send(e.problemId(), NoticeIssued.idFor(e.orderId(), "missed/" + e.dueOn()), "SUPERVISION_ORDER", taskForce(),
					to, "督办报告逾期", "督办期间应于" + e.dueOn() + "报告整改进展，未按期报告（第" + e.missedCount() + "次）。",
					e.recordedAt());
		}
		else if (event instanceof InterviewProposed e) {
			send(e.problemId(), NoticeIssued.idFor(e.interviewId(), "proposed"), "INTERVIEW", taskForce(),
					List.of(unitOfRole(policies.current().interviewApprover()), taskForce()), "约谈建议待审批",
					(e.automatic() ? "按约谈提醒机制形成的约谈建议：" : "工作专班提请约谈：") + e.reason(), e.proposedAt());
		}
		else if (event instanceof ProblemEvent.InterviewReportReceived e) {
			// S, 五项机制3: the report goes to the county eco-environment committee (its office) and the task force
			send(e.problemId(), NoticeIssued.idFor(e.interviewId(), "report/" + e.unitId().value()), "INTERVIEW",
					e.unitId(), List.of(county(UnitKind.COMMITTEE_OFFICE), taskForce()),
					e.late() ? "约谈后整改报告（逾期报送）" : "约谈后整改报告", e.content(), e.receivedAt());
		}
		else if (event instanceof InterviewDecided e) {
			send(e.problemId(), NoticeIssued.idFor(e.interviewId(), "decided"), "INTERVIEW", county(UnitKind.GOVERNMENT),
					List.of(taskForce()), e.approved() ? "约谈已同意" : "约谈不予同意",
					e.opinion() == null ? "" : e.opinion(), e.decidedAt());
		}
		else if (event instanceof InterviewScheduled e) {
			send(e.problemId(), NoticeIssued.idFor(e.interviewId(), "scheduled/" + e.scheduledAt()), "INTERVIEW",
					taskForce(), interviewees(e.problemId(), e.interviewId()), "约谈通知",
					"定于" + e.scheduledFor().atZone(ChinaTime.ZONE).toLocalDateTime() + "在" + e.place() + "进行约谈，约谈人："
							+ e.interviewer() + "。请单位主要负责同志准时参加。",
					e.scheduledAt());
		}
		else if (event instanceof InterviewHeld e) {
			send(e.problemId(), NoticeIssued.idFor(e.interviewId(), "held"), "INTERVIEW", taskForce(),
					interviewees(e.problemId(), e.interviewId()), "约谈后整改报告",
					"请作出深刻检查，并于" + e.reportDue() + "前向县生态环境保护委员会报告整改落实情况（S 五项机制3）。",
					e.recordedAt());
		}
		else if (event instanceof InterviewReportOverdue e) {
			List<UnitId> to = new ArrayList<>(e.units());
			to.add(taskForce());
			to.add(county(UnitKind.COMMITTEE_OFFICE));
			send(e.problemId(), NoticeIssued.idFor(e.interviewId(), "overdue"), "INTERVIEW", taskForce(), to,
					"约谈后整改报告逾期", "约谈后整改报告应于" + e.reportDue() + "前报送，逾期未报。", e.recordedAt());
		}
		else if (event instanceof ExtensionRequested e) {
			send(e.problemId(), NoticeIssued.idFor(e.requestId(), "requested"), "EXTENSION", e.unitId(),
					List.of(unitOfRole(policies.current().extensions().approverRole()), taskForce()), "延期申请待审批", "申请延期" + e.workingDays() + "个工作日。理由：" + e.reason(),
					e.requestedAt());
		}
		else if (event instanceof ExtensionDecided e) {
			send(e.problemId(), NoticeIssued.idFor(e.requestId(), "decided"), "EXTENSION", taskForce(),
					responsible(e.problemId()), e.approved() ? "延期申请已批准" : "延期申请未批准",
					(e.approved() ? "整改期限延至" + e.newDeadline() + "。" : "整改期限仍为" + e.previousDeadline() + "。")
							+ e.opinion(),
					e.decidedAt());
		}
	}

	private void send(ProblemId problem, UUID noticeId, String category, UnitId sender, List<UnitId> to, String title,
			String body, java.time.Instant at) {
		String code = codes.get(problem);
		if (code == null) {
			code = jdbc.sql("select code from problem where id = ?").param(problem.value()).query(String.class).single();
			if (codes.size() > 100_000) {
				codes.clear();
			}
			codes.put(problem, code);
		}
		List<UUID> units = new ArrayList<>(new LinkedHashSet<>(to.stream().filter(u -> u != null).map(UnitId::value).toList()));
		if (units.isEmpty()) {
			return;
		}
		events.publishEvent(new NoticeIssued(noticeId, category, code, "/problems/" + problem.value(),
				sender == null ? null : sender.value(), units, List.of(), "【" + code + "】" + title, body, at));
	}

	private List<UnitId> responsible(ProblemId problem) {
		return new ArrayList<>(jdbc.sql("select unit_id from problem_unit where problem_id = ? and role <> 'NOTIFIED' order by role desc")
			.param(problem.value())
			.query((rs, i) -> new UnitId(rs.getObject(1, UUID.class)))
			.list());
	}

	/** The units the proposal named (read back from the record, which already holds this event). */
	private List<UnitId> interviewees(ProblemId problem, UUID interviewId) {
		return problems.find(problem)
			.flatMap(p -> p.interviews().stream().filter(i -> i.proposal().interviewId().equals(interviewId)).findFirst())
			.map(i -> i.proposal().interviewees())
			.orElseGet(() -> responsible(problem));
	}

	/** The unit whose users hold the policy's approving role: county leaders sit in the county government. */
	private UnitId unitOfRole(String role) {
		return switch (role) {
			case "COUNTY_LEADER" -> county(UnitKind.GOVERNMENT);
			case "COMMITTEE_OFFICE" -> county(UnitKind.COMMITTEE_OFFICE);
			default -> taskForce();
		};
	}

	private UnitId taskForce() {
		return county(UnitKind.TASK_FORCE);
	}

	/** The county's own units by kind, looked up once a minute (they change only by appointment). */
	private UnitId county(UnitKind kind) {
		long now = System.nanoTime();
		Cached cached = units.get(kind);
		if (cached == null || now - cached.at() > 60_000_000_000L) {
			cached = new Cached(organisation.unitOfKind(jurisdiction, kind).map(Unit::id).orElse(null), now);
			units.put(kind, cached);
		}
		return cached.unit();
	}

	/** A problem's code never changes: kept, so that a burst of reminders does not look each one up. */
	private final java.util.Map<ProblemId, String> codes = new java.util.concurrent.ConcurrentHashMap<>();

	private record Cached(UnitId unit, long at) {
	}

	private final java.util.Map<UnitKind, Cached> units = new java.util.concurrent.ConcurrentHashMap<>();
}
