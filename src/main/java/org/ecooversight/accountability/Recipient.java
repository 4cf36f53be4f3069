package org.ecooversight.accountability;

/** Where a matter is referred (S, 五项机制4 移送线索机制: 执法部门、纪检监察机关、司法机关). */
public enum Recipient {

	LAW_ENFORCEMENT("行政执法部门", false), DISCIPLINE("纪检监察机关", true), JUDICIARY("司法机关", true);

	private final String label;
	private final boolean mayReceiveReporterIdentity;

	Recipient(String label, boolean mayReceiveReporterIdentity) {
		this.label = label;
		this.mayReceiveReporterIdentity = mayReceiveReporterIdentity;
	}

	public String label() {
		return label;
	}

	/**
	 * Whether a reporter's identity may go with the referral at all (the organs that investigate and
	 * are bound to protect whistle-blowers); even then only when asked for with a legal basis.
	 */
	public boolean mayReceiveReporterIdentity() {
		return mayReceiveReporterIdentity;
	}
}
