package org.gba.cooperation.writes;

import java.util.List;

import org.gba.cooperation.shared.LocalizedMessage;
import org.jspecify.annotations.Nullable;

/**
 * An expected failure of a mutation, which the client can correct: the GraphQL type
 * {@code UserError}.
 *
 * @param field the path to the input field at fault, e.g. {@code ["input", "endDate"]};
 * null when the failure is not about one field
 * @param message what went wrong, in words: told in the request's language when the
 * response is written
 * @param code what went wrong, for programs; the same in every language
 * @param currentVersion with {@code STALE_VERSION}, the version the object has now
 */
public record UserError(@Nullable List<String> field, LocalizedMessage message, UserErrorCode code,
		@Nullable Long currentVersion) {

	public static UserError of(UserErrorCode code, LocalizedMessage message, String... field) {
		return new UserError((field.length == 0) ? null : List.of(field), message, code, null);
	}

	/** A user error whose message is not translated. */
	public static UserError of(UserErrorCode code, String message, String... field) {
		return of(code, LocalizedMessage.literal(message), field);
	}

	public static UserError staleVersion(long currentVersion) {
		return new UserError(List.of("input", "version"), LocalizedMessage.of("mutation.staleVersion", currentVersion),
				UserErrorCode.STALE_VERSION, currentVersion);
	}

}
