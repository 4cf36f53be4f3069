package org.ecooversight.notification;

/** How a notice leaves the platform. */
public enum NoticeChannel {

	EMAIL("电子邮件"),
	SMS("短信");

	private final String label;

	NoticeChannel(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
