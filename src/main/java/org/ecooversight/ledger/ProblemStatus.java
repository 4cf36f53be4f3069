package org.ecooversight.ledger;

/** Where a problem stands on the ledger. */
public enum ProblemStatus {

	ACCEPTED("已受理"),
	DESIGNATED("已确定责任单位"),
	ASSIGNED("已交办"),
	RECTIFYING("整改中"),
	CLOSURE_REQUESTED("已申请销号"),
	PASSED_EVALUATION("评判通过待验收"),
	CLOSED("已验收销号"),
	LOOK_BACK_DUE("待回头看"),
	LOOK_BACK_PASSED("回头看通过"),
	REOPENED("反弹重新整改");

	private final String label;

	ProblemStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** Assigned, under rectification or awaiting judgement: the deadline runs and colours apply. */
	public boolean deadlineRuns() {
		return this == ASSIGNED || this == RECTIFYING || this == CLOSURE_REQUESTED;
	}

	/** Struck off the ledger (验收销号) and not reopened since. */
	public boolean isClosed() {
		return this == CLOSED || this == LOOK_BACK_DUE || this == LOOK_BACK_PASSED;
	}
}
