package org.gba.cooperation.writes;

import org.jspecify.annotations.Nullable;

/**
 * What every mutation input carries: an optional idempotency key, unique per caller. Each
 * mutation has an input of its own, named after it ({@code createJointLab} takes a
 * {@code CreateJointLabInput}), so the input says which mutation it is for
 * ({@link #mutation()}); {@code MutationInputsTest} checks the schema keeps that
 * convention.
 */
public interface MutationInput {

	/** Longest accepted idempotency key. */
	int MAX_KEY_LENGTH = 100;

	@Nullable String idempotencyKey();

	/**
	 * The mutation this input is for, as the schema names it: the input type's name
	 * without {@code Input}, decapitalised. It is what the audit trail records as the
	 * action, and part of what an idempotency key stands for.
	 */
	default String mutation() {
		return mutationOf(getClass());
	}

	/**
	 * The mutation an input type is for: {@code CreateJointLabInput} is for
	 * {@code createJointLab}.
	 */
	static String mutationOf(Class<?> inputType) {
		String name = inputType.getSimpleName();
		if (!name.endsWith("Input") || name.length() == "Input".length()) {
			throw new IllegalStateException("A mutation input's type is named <Mutation>Input, not " + name);
		}
		String mutation = name.substring(0, name.length() - "Input".length());
		return Character.toLowerCase(mutation.charAt(0)) + mutation.substring(1);
	}

}
