package org.gba.cooperation.shared.access;

import org.gba.cooperation.shared.LocalizedMessage;

/**
 * The caller may not read this field (or do this); answered as a GraphQL error classified
 * FORBIDDEN at the field's path, with this message in the request's language, while the
 * rest of the response stands.
 */
public class ForbiddenException extends RuntimeException {

	private final LocalizedMessage localizedMessage;

	/** A refusal with a text that is not translated. */
	public ForbiddenException(String message) {
		this(LocalizedMessage.literal(message));
	}

	public ForbiddenException(LocalizedMessage message) {
		super(message.english());
		this.localizedMessage = message;
	}

	/** The message, for the caller's language. */
	public LocalizedMessage localizedMessage() {
		return this.localizedMessage;
	}

}
