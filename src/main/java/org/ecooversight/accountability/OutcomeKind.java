package org.ecooversight.accountability;

/**
 * The four forms of oversight and discipline (监督执纪"四种形态") with their usual measures. People
 * decide; the platform records the decision with its reason.
 */
public enum OutcomeKind {

	TALK_REMINDER(1, "谈话提醒"),
	CRITICISM_EDUCATION(1, "批评教育"),
	ORDERED_SELF_EXAMINATION(1, "责令检查"),
	ADMONISHMENT(1, "诫勉"),
	LIGHT_PARTY_SANCTION(2, "党纪轻处分（警告、严重警告）"),
	LIGHT_GOVERNMENT_SANCTION(2, "政务轻处分（警告、记过、记大过）"),
	ORGANISATIONAL_ADJUSTMENT(2, "组织调整（停职检查、调整职务、责令辞职、降职、免职）"),
	HEAVY_PARTY_SANCTION(3, "党纪重处分（撤销党内职务、留党察看）"),
	HEAVY_GOVERNMENT_SANCTION(3, "政务重处分（降级、撤职）"),
	MAJOR_POST_ADJUSTMENT(3, "重大职务调整"),
	CASE_FILED_FOR_REVIEW(4, "严重违纪违法，立案审查调查"),
	EXPULSION(4, "开除党籍、开除公职"),
	TRANSFER_FOR_PROSECUTION(4, "涉嫌犯罪，移送检察机关依法审查起诉");

	private final int form;
	private final String label;

	OutcomeKind(int form, String label) {
		this.form = form;
		this.label = label;
	}

	/** 第一种形态 … 第四种形态. */
	public int form() {
		return form;
	}

	public String label() {
		return label;
	}

	public String formLabel() {
		return formLabel(form);
	}

	/** 第一种形态 … 第四种形态 for a form's number. */
	public static String formLabel(int form) {
		return switch (form) {
			case 1 -> "第一种形态";
			case 2 -> "第二种形态";
			case 3 -> "第三种形态";
			default -> "第四种形态";
		};
	}
}
