package org.ecooversight.accountability;

/** How accountability was triggered (Q, 触发机制: 被动触发 and 主动触发). */
public enum TriggerOrigin {

	RULE("规则触发"), REFERRAL("部门移送（被动触发）"), ACTIVE("纪检监察机关主动发现（主动触发）");

	private final String label;

	TriggerOrigin(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
