package org.ecooversight.portal;

import java.time.Clock;
import java.time.Duration;

import org.ecooversight.throttle.ClientAddress;
import org.ecooversight.throttle.Throttle;
import org.ecooversight.throttle.TooManyAttemptsException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * At most {@code eco.portal.reports-per-hour} (5) public reports per client address in an hour,
 * through the portal's form and the public API alike, counted in the database so that every instance
 * shares the count (ADR 0010). Every attempt counts, a refused input too, so that the limit also holds
 * against a flood of bad requests.
 */
@Component
class PublicReportLimit {

	static final String SCOPE = "public-report";

	private final Throttle throttle;
	private final Throttle.Rule rule;
	private final Clock clock;

	PublicReportLimit(Throttle throttle, Clock clock, @Value("${eco.portal.reports-per-hour:5}") int reportsPerHour) {
		this.throttle = throttle;
		this.clock = clock;
		this.rule = Throttle.Rule.atMost(reportsPerHour, Duration.ofHours(1));
	}

	/**
	 * Counts one report from the remote address (see {@link ClientAddress}), or refuses it with the
	 * time until the address may report again.
	 */
	public void take(String remoteAddress) {
		Throttle.Verdict verdict = throttle.take(SCOPE, ClientAddress.of(remoteAddress), rule);
		if (!verdict.allowed()) {
			throw new TooManyAttemptsException("at most " + rule.max() + " public reports per address in an hour",
					verdict.retryAfterSeconds(clock.instant()));
		}
	}
}
