package org.ecooversight.ledger;

/**
 * How serious a problem is, as judged at acceptance (受理). The jurisdiction's policy may give more
 * serious problems a shorter rectification period ({@code rectification.bySeverity}).
 */
public enum Severity {

	GENERAL("一般"), SERIOUS("较重"), MAJOR("重大");

	private final String label;

	Severity(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public static Severity orGeneral(Severity severity) {
		return severity == null ? GENERAL : severity;
	}
}
