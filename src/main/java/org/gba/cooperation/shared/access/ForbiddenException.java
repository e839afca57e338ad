package org.gba.cooperation.shared.access;

/**
 * The caller may not read this field (or do this); answered as a GraphQL error classified
 * FORBIDDEN at the field's path, with this message, while the rest of the response stands.
 */
public class ForbiddenException extends RuntimeException {

	public ForbiddenException(String message) {
		super(message);
	}

}
