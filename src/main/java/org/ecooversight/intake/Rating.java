package org.ecooversight.intake;

/** How the reporter rates the handling of their report, once it is closed (used by the assessment). */
public enum Rating {

	SATISFIED("满意"), BASICALLY_SATISFIED("基本满意"), NOT_SATISFIED("不满意");

	private final String label;

	Rating(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
