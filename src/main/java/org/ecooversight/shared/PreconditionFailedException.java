package org.ecooversight.shared;

/** The caller's If-Match version is not the current one (HTTP 412). */
public class PreconditionFailedException extends RuntimeException {

	public PreconditionFailedException(String message) {
		super(message);
	}
}
