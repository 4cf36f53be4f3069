package org.ecooversight.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.ecooversight.shared.ChinaTime;

/** The platform's clock in tests: starts now, moves only when a test moves it. */
public class MutableClock extends Clock {

	private volatile Instant now = Instant.now();

	@Override
	public ZoneId getZone() {
		return ChinaTime.ZONE;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.fixed(now, zone);
	}

	@Override
	public Instant instant() {
		return now;
	}

	public void advance(Duration by) {
		now = now.plus(by);
	}

	public void set(Instant instant) {
		now = instant;
	}
}
