package org.ecooversight.ledger;

/** What can be done to a problem; which action is allowed in which state is {@link Problem#TRANSITIONS}. */
public enum ProblemAction {

	DESIGNATE("确定责任单位"),
	ASSIGN("交办"),
	REPORT_PROGRESS("报告整改进展"),
	OPEN_LONG_TERM_ENTRY("建立长期整改台账"),
	COMPLETE_MILESTONE("完成阶段目标"),
	REQUEST_CLOSURE("申请销号"),
	EVALUATE("评判"),
	CLOSE("验收销号"),
	FALL_DUE_FOR_LOOK_BACK("到期回头看"),
	PASS_LOOK_BACK("回头看通过"),
	FIND_REBOUND("发现反弹"),
	MERGE_REPEAT_REPORT("合并重复举报"),
	ISSUE_REMINDER("发出提醒"),
	ACKNOWLEDGE_REMINDER("签收提醒"),
	ISSUE_SUPERVISION_ORDER("督办"),
	MISS_SUPERVISION_REPORT("督办报告逾期"),
	PROPOSE_INTERVIEW("建议约谈"),
	DECIDE_INTERVIEW("审批约谈"),
	SCHEDULE_INTERVIEW("安排约谈"),
	HOLD_INTERVIEW("实施约谈"),
	REPORT_AFTER_INTERVIEW("约谈后报告整改"),
	MISS_INTERVIEW_REPORT("约谈报告逾期"),
	REQUEST_EXTENSION("申请延期"),
	DECIDE_EXTENSION("审批延期");

	private final String label;

	ProblemAction(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
