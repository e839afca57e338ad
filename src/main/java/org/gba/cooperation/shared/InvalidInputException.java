package org.gba.cooperation.shared;

/**
 * A request argument that cannot be used as given: a malformed or foreign global ID, a bad cursor,
 * a page size out of range. Its message is written for the API's client and is sent to it as is.
 */
public class InvalidInputException extends RuntimeException {

	public InvalidInputException(String message) {
		super(message);
	}

}
