package org.ecooversight.shared;

/**
 * The roles a user can hold. The three administrator roles are separate, as the graded protection
 * scheme (等保 level 3, GB/T 22239) requires: the system administrator runs the platform, the security
 * administrator manages accounts and rights, the audit administrator reads the record.
 */
public enum Role {

	TASK_FORCE_MEMBER("工作专班成员"),
	TASK_FORCE_LEADER("工作专班组长"),
	COMMITTEE_OFFICE("生态环境保护委员会办公室"),
	DEPARTMENT_HANDLER("部门经办人"),
	TOWN_HANDLER("镇经办人"),
	DISCIPLINE_OFFICER("纪检监察干部"),
	COUNTY_LEADER("县领导"),
	SYSTEM_ADMIN("系统管理员"),
	SECURITY_ADMIN("安全管理员"),
	AUDIT_ADMIN("审计管理员");

	private final String label;

	Role(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** Roles that see the whole jurisdiction's ledger (the task force and the committee office). */
	public boolean seesWholeJurisdiction() {
		return this == TASK_FORCE_MEMBER || this == TASK_FORCE_LEADER || this == COMMITTEE_OFFICE
				|| this == COUNTY_LEADER || this == DISCIPLINE_OFFICER;
	}

	/** Roles whose work needs a reporter's contact details (to call back, to reward). */
	public boolean mayViewReporterIdentity() {
		return this == TASK_FORCE_MEMBER || this == TASK_FORCE_LEADER || this == COMMITTEE_OFFICE;
	}
}
