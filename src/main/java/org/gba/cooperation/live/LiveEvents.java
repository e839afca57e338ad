package org.gba.cooperation.live;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

import reactor.core.publisher.Flux;

/**
 * Where committed changes go and where subscriptions take them from: in memory, in each
 * instance ({@link InMemoryLiveEvents}). With several instances
 * ({@code gba.shared-state.store=redis}) the changes of the others reach it through Redis
 * pub/sub ({@link RedisFanOut}), so that a change made on one instance reaches the
 * subscribers of all.
 */
public interface LiveEvents {

	/**
	 * Hands a committed change to the current subscribers of its type. Never blocks and
	 * never fails the caller: a subscriber whose buffer is full is ended instead
	 * ({@link SubscriptionEndedException#tooSlow}).
	 */
	void publish(LiveEvent event);

	/**
	 * The changes of a type from now on, as long as the returned stream is subscribed:
	 * those that {@code wanted} selects (a cheap test of the event's own fields, such as
	 * the parent it names) are turned by {@code visible} into what the subscriber
	 * receives. {@code visible} runs on a worker thread, one event at a time, as the
	 * caller of this method (its security context is captured now), so that it reads
	 * through the usual access rules: when it answers empty, the subscriber is not told.
	 */
	<E extends LiveEvent, T> Flux<T> subscribe(Class<E> type, Predicate<? super E> wanted,
			Function<? super E, Optional<? extends T>> visible);

	/**
	 * Ends every subscription of this instance, which is shutting down, with
	 * {@link SubscriptionEndedException#shuttingDown} (the client's last message, telling
	 * it to subscribe again), and refuses new ones the same way. Each subscriber first
	 * receives the changes already in its buffer. Called once the instance no longer
	 * takes new requests; the application's stop calls it again, in case nobody did.
	 */
	void shutDown();

	/** How many subscriptions are open now, in this instance. */
	int subscriberCount();

	/**
	 * How many subscriptions this instance has opened since it started: it only grows, so
	 * that a client can wait for its own subscription to be held, whatever others end
	 * meanwhile.
	 */
	long subscriptionsOpened();

}
