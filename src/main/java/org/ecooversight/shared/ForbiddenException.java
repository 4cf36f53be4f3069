package org.ecooversight.shared;

/** The actor's role or unit does not allow this action (HTTP 403). */
public class ForbiddenException extends RuntimeException {

	public ForbiddenException(String message) {
		super(message);
	}
}
