package org.ecooversight.ledger;

/** 督办 and 挂牌督办 (listed: made public, with the problem on the public list) (Q, 严管机制). */
public enum SupervisionKind {

	SUPERVISION("督办"), LISTED_SUPERVISION("挂牌督办");

	private final String label;

	SupervisionKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
