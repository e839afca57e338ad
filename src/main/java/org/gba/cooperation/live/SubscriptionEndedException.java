package org.gba.cooperation.live;

/**
 * Ends (or refuses) a subscription for a reason of the server's: the subscriber is told
 * with a GraphQL error whose {@code extensions.code} is {@link #code()}, and may
 * subscribe again later.
 */
public final class SubscriptionEndedException extends RuntimeException {

	private final String code;

	private SubscriptionEndedException(String code, String message) {
		super(message);
		this.code = code;
	}

	/**
	 * The client has not taken the changes already waiting for it and its buffer is full:
	 * it is ended rather than let memory grow or anyone else wait for it. It may
	 * subscribe again and read the current state.
	 */
	static SubscriptionEndedException tooSlow(int bufferSize) {
		return new SubscriptionEndedException("SUBSCRIBER_TOO_SLOW", "The subscription was ended: its client fell "
				+ bufferSize + " changes behind (gba.live.buffer-size). Subscribe again, and read the current state");
	}

	/** This instance holds as many subscriptions as it may. */
	static SubscriptionEndedException tooMany(int maxSubscribers) {
		return new SubscriptionEndedException("TOO_MANY_SUBSCRIBERS", "The server holds " + maxSubscribers
				+ " subscriptions, its limit (gba.live.max-subscribers): try again later");
	}

	/**
	 * This instance is shutting down: the subscription ends (or is refused) so that its
	 * client subscribes again, which the load balancer sends to another instance. The
	 * changes made meanwhile are not owed to it: it reads the current state.
	 */
	static SubscriptionEndedException shuttingDown() {
		return new SubscriptionEndedException("SERVICE_UNAVAILABLE",
				"This instance is shutting down: subscribe again (another instance will take the subscription), "
						+ "and read the current state");
	}

	/** The {@code extensions.code} of the error the subscriber receives. */
	public String code() {
		return this.code;
	}

}
