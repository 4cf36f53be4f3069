package org.ecooversight.shared;

import java.time.ZoneId;

/** Deadlines, working days and document dates are reckoned in China Standard Time. */
public final class ChinaTime {

	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private ChinaTime() {
	}
}
