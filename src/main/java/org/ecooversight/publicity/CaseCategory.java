package org.ecooversight.publicity;

/**
 * What a typical case shows: a market entity or person exposed (S, 五项机制2 曝光), a unit's poor
 * rectification (Q, 宣传机制 整改不力), accountability pursued (追责问责), or good practice worth
 * learning from (S, 三(一) 典型经验).
 */
public enum CaseCategory {

	EXPOSURE("曝光"), UNDERPERFORMANCE("整改不力"), ACCOUNTABILITY("追责问责"), GOOD_PRACTICE("典型经验");

	private final String label;

	CaseCategory(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** The category of this name; null for anything else (a form left empty, a mistyped link). */
	public static CaseCategory named(String name) {
		for (CaseCategory c : values()) {
			if (c.name().equals(name)) {
				return c;
			}
		}
		return null;
	}
}
