package org.gba.cooperation.writes;

import java.util.List;

import org.gba.cooperation.shared.LocalizedMessage;

/**
 * Thrown by a mutation's action to refuse it with user errors: the transaction rolls
 * back, nothing is written, and the payload carries the errors.
 */
public class UserErrorException extends RuntimeException {

	private final List<UserError> errors;

	public UserErrorException(List<UserError> errors) {
		super(errors.isEmpty() ? "refused" : errors.get(0).message().english(), null, false, false);
		this.errors = List.copyOf(errors);
	}

	public UserErrorException(UserError error) {
		this(List.of(error));
	}

	public UserErrorException(UserErrorCode code, LocalizedMessage message, String... field) {
		this(UserError.of(code, message, field));
	}

	/** A refusal whose message is not translated. */
	public UserErrorException(UserErrorCode code, String message, String... field) {
		this(UserError.of(code, message, field));
	}

	public List<UserError> errors() {
		return this.errors;
	}

}
