package org.ecooversight.responsibility;

/** The responsibilities the documents distinguish. */
public enum ResponsibilityKind {

	/** 主体责任: the party committee's and government's principal responsibility (Q). */
	PRIMARY("主体责任"),
	/** 监管责任: a functional department's duty to regulate its industry or domain (Q, S). */
	REGULATORY("监管责任"),
	/** 监督责任: the discipline organ's duty to supervise (Q). */
	OVERSIGHT("监督责任"),
	/** 属地责任: a town's duty for what happens on its territory, grid supervision (S). */
	TERRITORIAL("属地责任");

	private final String label;

	ResponsibilityKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
