package org.ecooversight.ledger;

/**
 * How far a problem reaches. Region-wide and industry-wide problems are made known by the
 * eco-environment department to the territorial government and the competent department (Q, 提醒机制
 * "区域性、行业性问题由各级生态环境部门告知属地政府和主管部门"), so their reminders go to those too.
 */
public enum Reach {

	LOCAL("个案"), REGION_WIDE("区域性"), INDUSTRY_WIDE("行业性");

	private final String label;

	Reach(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public static Reach orLocal(Reach reach) {
		return reach == null ? LOCAL : reach;
	}
}
