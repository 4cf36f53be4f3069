package org.ecooversight.accountability;

/**
 * The three distinctions (三个区分开来) that decide whether a mistake is tolerated (容错纠错): each is
 * answered in a recorded checklist, with a note.
 */
public enum Distinction {

	PIONEERING_NOT_WILFUL("因缺乏经验、先行先试出现的失误，而非明知故犯"),
	EXPLORATORY_NOT_PROHIBITED("尚无明确限制的探索性试验中的失误，而非明令禁止后依然我行我素"),
	UNINTENTIONAL_NOT_SELF_SERVING("为推动发展的无意过失，而非为谋取私利");

	private final String label;

	Distinction(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
