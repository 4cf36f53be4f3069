package org.ecooversight.organisation;

/** The kinds of unit that take part in supervision and accountability. */
public enum UnitKind {

	PARTY_COMMITTEE("党委"),
	GOVERNMENT("政府"),
	PROTECTION_COMMITTEE("生态环境保护委员会"),
	COMMITTEE_OFFICE("生态环境保护委员会办公室"),
	DEPARTMENT("职能部门"),
	DISCIPLINE_COMMISSION("纪委监委"),
	ASSESSMENT_OFFICE("考核办"),
	TASK_FORCE("工作专班"),
	INDUSTRIAL_PARK("工业园区"),
	ENTERPRISE("企业");

	private final String label;

	UnitKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
