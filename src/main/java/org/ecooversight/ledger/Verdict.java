package org.ecooversight.ledger;

/** The verdict of an evaluation (评判) of a rectification's measures, progress and effect (Q, 评判机制). */
public enum Verdict {

	/** 通过: the rectification may go to the acceptance check. */
	PASS("通过"),
	/** 退回: more work is needed. */
	RETURN("退回继续整改"),
	/** 虚假整改: the reported rectification did not happen; returned, and a matter for accountability. */
	FALSE_RECTIFICATION("虚假整改");

	private final String label;

	Verdict(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
