package org.ecooversight.intake;

/** Where a lead stands in intake. */
public enum LeadStatus {

	RECEIVED("已接收"),
	ACCEPTED("已受理"),
	DECLINED("不予受理"),
	MERGED("已合并");

	private final String label;

	LeadStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
