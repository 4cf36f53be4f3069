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
	MERGE_REPEAT_REPORT("合并重复举报");

	private final String label;

	ProblemAction(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
