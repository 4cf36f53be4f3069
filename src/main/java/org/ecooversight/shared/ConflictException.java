package org.ecooversight.shared;

/**
 * The action does not fit the current state: an illegal transition (naming the state and the
 * action), or a concurrent change that got there first (HTTP 409).
 */
public class ConflictException extends RuntimeException {

	public ConflictException(String message) {
		super(message);
	}
}
