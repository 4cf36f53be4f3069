package org.ecooversight.shared;

/** Something the caller named does not exist, or is not visible to the caller (HTTP 404). */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}
}
