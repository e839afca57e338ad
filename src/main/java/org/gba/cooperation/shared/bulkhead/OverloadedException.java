package org.gba.cooperation.shared.bulkhead;

/**
 * Heavy work refused because its compartment is full: all its places are taken and its
 * queue is full, or the work waited for a place as long as it may. Nothing of it ran.
 */
public final class OverloadedException extends RuntimeException {

	/** The {@code extensions.code} (and classification) of the GraphQL error. */
	public static final String CODE = "OVERLOADED";

	private final HeavyWork kind;

	private final long retryAfterSeconds;

	OverloadedException(HeavyWork kind, String message, long retryAfterSeconds) {
		super(message, null, false, false);
		this.kind = kind;
		this.retryAfterSeconds = retryAfterSeconds;
	}

	/** The kind of work refused. */
	public HeavyWork kind() {
		return this.kind;
	}

	/**
	 * The seconds after which a retry may find a place, as estimated from the work
	 * waiting and how long such work has been taking; at least 1.
	 */
	public long retryAfterSeconds() {
		return this.retryAfterSeconds;
	}

}
