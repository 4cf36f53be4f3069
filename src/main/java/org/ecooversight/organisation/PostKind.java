package org.ecooversight.organisation;

/** The kinds of post whose holders carry responsibility (第一责任人, 分管领导, 部门负责人, ...). */
public enum PostKind {

	PARTY_SECRETARY("党委书记"),
	GOVERNMENT_HEAD("政府主要负责人"),
	DEPUTY_IN_CHARGE("分管领导"),
	DEPARTMENT_HEAD("部门主要负责人"),
	DEPUTY_HEAD("部门分管负责人"),
	DISCIPLINE_SECRETARY("纪委书记"),
	OFFICE_DIRECTOR("办公室主任"),
	TASK_FORCE_LEADER("专班组长"),
	TASK_FORCE_DEPUTY("专班副组长"),
	TASK_FORCE_MEMBER("专班成员"),
	LEGAL_REPRESENTATIVE("法定代表人"),
	STAFF("工作人员");

	private final String label;

	PostKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** The principal party and government leaders of a region (第一责任人). */
	public boolean isFirstResponsible() {
		return this == PARTY_SECRETARY || this == GOVERNMENT_HEAD;
	}
}
