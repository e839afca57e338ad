package org.gba.cooperation.shared.access;

import org.gba.cooperation.shared.LocalizedMessage;
import org.springframework.security.access.AccessDeniedException;

/**
 * The caller's role or organisation does not allow this action: answered like every
 * refusal of method security (UNAUTHORIZED when no one is signed in, FORBIDDEN
 * otherwise), with this message in the request's language.
 */
public class AccessRefusedException extends AccessDeniedException {

	private final LocalizedMessage localizedMessage;

	public AccessRefusedException(LocalizedMessage message) {
		super(message.english());
		this.localizedMessage = message;
	}

	/** The message, for the caller's language. */
	public LocalizedMessage localizedMessage() {
		return this.localizedMessage;
	}

}
