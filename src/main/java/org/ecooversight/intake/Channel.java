package org.ecooversight.intake;

/**
 * Where a lead came from (线索来源): the channels both documents name. The provincial document's
 * collection mechanism (Q, 收集机制: "纵向贯通、横向联通的问题线索获取途径") and the county document's
 * orientations (S, 二(三)2: 书记民情"三本账"、12369环境投诉热线) and functions (S, 二(二): 例行督查、专项巡查).
 */
public enum Channel {

	HOTLINE_12369("12369环保热线"),
	PUBLIC_WEB("网上举报"),
	ROUTINE_INSPECTION("例行督查"),
	SPECIAL_PATROL("专项巡查"),
	CENTRAL_INSPECTION("中央生态环境保护督察交办"),
	PROVINCIAL_INSPECTION("省级生态环境保护督察交办"),
	MUNICIPAL_INSPECTION("市级生态环境保护督察交办"),
	AUDIT("审计反馈"),
	MEDIA("媒体曝光"),
	DEPARTMENT_SHARING("部门信息共享"),
	SECRETARY_LEDGER("书记民情三本账"),
	DISCIPLINE_ORGAN("纪检监察机关移送");

	private final String label;

	Channel(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** Higher-level inspections transfer complaints under their own reference numbers. */
	public boolean isHigherInspection() {
		return this == CENTRAL_INSPECTION || this == PROVINCIAL_INSPECTION || this == MUNICIPAL_INSPECTION;
	}
}
