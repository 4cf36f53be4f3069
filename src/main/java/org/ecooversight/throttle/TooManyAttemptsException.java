package org.ecooversight.throttle;

/**
 * An attempt refused because its subject (a client address) reached a limit; answered 429 with a
 * Retry-After header by the API, and with a readable message by the pages.
 */
public class TooManyAttemptsException extends RuntimeException {

	private final long retryAfterSeconds;

	public TooManyAttemptsException(String message, long retryAfterSeconds) {
		super(message);
		this.retryAfterSeconds = retryAfterSeconds;
	}

	/** Whole seconds until the attempt may be made again (at least 1). */
	public long retryAfterSeconds() {
		return retryAfterSeconds;
	}

	/** The same, in whole minutes rounded up, for the words on a page. */
	public long retryAfterMinutes() {
		return (retryAfterSeconds + 59) / 60;
	}
}
