package org.ecooversight.notification;

/** Where a message of the outbox stands: waiting (perhaps after failed attempts), sent, or given up. */
public enum OutboxStatus {

	PENDING("待发送"),
	SENT("已发送"),
	FAILED("发送失败");

	private final String label;

	OutboxStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
