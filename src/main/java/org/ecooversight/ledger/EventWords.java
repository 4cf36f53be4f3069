package org.ecooversight.ledger;

import java.util.Map;

/** What each recorded event of a problem is called, on its timeline and in referral packages. */
public final class EventWords {

	private static final Map<String, String> WORDS = Map.ofEntries(Map.entry("ProblemOpened", "受理立项"),
			Map.entry("ResponsibleUnitsDesignated", "确定责任单位"), Map.entry("ProblemAssigned", "交办（整改通知书）"),
			Map.entry("ProgressReported", "报告整改进展"), Map.entry("LongTermEntryOpened", "建立长期整改台账"),
			Map.entry("MilestoneCompleted", "完成阶段目标"), Map.entry("ClosureRequested", "申请销号"),
			Map.entry("RectificationEvaluated", "评判"), Map.entry("ProblemClosed", "验收销号"),
			Map.entry("LookBackFellDue", "到期回头看"), Map.entry("LookBackPassed", "回头看通过"),
			Map.entry("ReboundFound", "发现反弹"), Map.entry("RepeatReportMerged", "合并重复举报"),
			Map.entry("ReminderIssued", "发出提醒"), Map.entry("ReminderAcknowledged", "签收提醒"),
			Map.entry("SupervisionOrderIssued", "督办"), Map.entry("SupervisionReportMissed", "督办报告逾期"),
			Map.entry("InterviewProposed", "建议约谈"), Map.entry("InterviewDecided", "约谈审批"),
			Map.entry("InterviewScheduled", "安排约谈"), Map.entry("InterviewHeld", "实施约谈"),
			Map.entry("InterviewReportReceived", "约谈后整改报告"), Map.entry("InterviewReportOverdue", "约谈后报告逾期"),
			Map.entry("ExtensionRequested", "申请延期"), Map.entry("ExtensionDecided", "延期审批"));

	private EventWords() {
	}

	public static String of(String eventType) {
		return WORDS.getOrDefault(eventType, eventType);
	}
}
