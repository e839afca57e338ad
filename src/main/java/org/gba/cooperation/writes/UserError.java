package org.gba.cooperation.writes;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An expected failure of a mutation, which the client can correct: the GraphQL type {@code UserError}.
 *
 * @param field the path to the input field at fault, e.g. {@code ["input", "endDate"]}; null when the
 * failure is not about one field
 * @param message what went wrong, in words
 * @param code what went wrong, for programs
 * @param currentVersion with {@code STALE_VERSION}, the version the object has now
 */
public record UserError(@Nullable List<String> field, String message, UserErrorCode code,
		@Nullable Long currentVersion) {

	public static UserError of(UserErrorCode code, String message, String... field) {
		return new UserError((field.length == 0) ? null : List.of(field), message, code, null);
	}

	public static UserError staleVersion(long currentVersion) {
		return new UserError(List.of("input", "version"), "The object has changed since you read it (it is now at "
				+ "version " + currentVersion + "): read it again and retry", UserErrorCode.STALE_VERSION, currentVersion);
	}

}
