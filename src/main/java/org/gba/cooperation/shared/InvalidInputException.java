package org.gba.cooperation.shared;

/**
 * A request argument that cannot be used as given: a malformed or foreign global ID, a
 * bad cursor, a page size out of range. Its message is written for the API's client and
 * is sent to it in the request's language (a {@link LocalizedMessage}), classified
 * {@code BAD_REQUEST}.
 */
public class InvalidInputException extends RuntimeException {

	private final LocalizedMessage localizedMessage;

	/** A refusal with a text that is not translated. */
	public InvalidInputException(String message) {
		this(LocalizedMessage.literal(message));
	}

	public InvalidInputException(LocalizedMessage message) {
		super(message.english());
		this.localizedMessage = message;
	}

	/** The message, for the caller's language. */
	public LocalizedMessage localizedMessage() {
		return this.localizedMessage;
	}

}
