package org.gba.cooperation.writes;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What every mutation answers: the changed object (null when refused) and the user errors
 * (empty when done). Every GraphQL {@code ...Payload} type is served from it: its object
 * field (e.g. {@code jointLab}) is {@link #object()}.
 */
public record Payload<T>(@Nullable T object, List<UserError> userErrors) {

	public static <T> Payload<T> done(T object) {
		return new Payload<>(object, List.of());
	}

	public static <T> Payload<T> refused(List<UserError> errors) {
		return new Payload<>(null, errors);
	}

}
