package org.ecooversight.identity;

import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused because its client address failed too often (eco.security.address-*), before
 * any password is checked: the API answers 429 with Retry-After, the sign-in page says how long to
 * wait. It says nothing about the account.
 */
public class SignInThrottledException extends AuthenticationException {

	private final long retryAfterSeconds;

	SignInThrottledException(long retryAfterSeconds) {
		super("too many failed sign-ins from this address");
		this.retryAfterSeconds = retryAfterSeconds;
	}

	public long retryAfterSeconds() {
		return retryAfterSeconds;
	}

	public long retryAfterMinutes() {
		return (retryAfterSeconds + 59) / 60;
	}
}
