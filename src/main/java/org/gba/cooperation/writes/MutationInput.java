package org.gba.cooperation.writes;

import org.jspecify.annotations.Nullable;

/** What every mutation input carries: an optional idempotency key, unique per caller. */
public interface MutationInput {

	/** Longest accepted idempotency key. */
	int MAX_KEY_LENGTH = 100;

	@Nullable String idempotencyKey();

}
