package org.gba.cooperation.live;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.gba.cooperation.shared.jpa.PrimaryReads;
import org.springframework.context.SmartLifecycle;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Scheduler;

/**
 * The changes of this instance, handed to its subscribers in memory. Each subscriber has
 * a buffer of {@link LiveEventsProperties#bufferSize()} changes between the writer and
 * itself: the writer only puts the change in each buffer (never waits, never fails); the
 * subscriber's own worker reads it again as the subscriber, one change at a time, and
 * sends it. A subscriber whose buffer is full is ended with
 * {@link SubscriptionEndedException#tooSlow}. When the instance shuts down
 * ({@link #shutDown}), every subscription is ended with
 * {@link SubscriptionEndedException#shuttingDown}, so that its client subscribes again
 * elsewhere, before the web server stops.
 */
final class InMemoryLiveEvents implements LiveEvents, SmartLifecycle {

	private final Set<Subscriber<?>> subscribers = ConcurrentHashMap.newKeySet();

	private final LiveEventsProperties properties;

	private final Scheduler workers;

	private volatile boolean running;

	private volatile boolean shutDown;

	private final AtomicLong opened = new AtomicLong();

	private final AtomicLong sent = new AtomicLong();

	private final AtomicLong dropped = new AtomicLong();

	InMemoryLiveEvents(LiveEventsProperties properties, Scheduler workers) {
		this.properties = properties;
		this.workers = workers;
	}

	@Override
	public void publish(LiveEvent event) {
		for (Subscriber<?> subscriber : this.subscribers) {
			subscriber.offer(event);
		}
	}

	@Override
	@SuppressWarnings("unchecked")
	public <E extends LiveEvent, T> Flux<T> subscribe(Class<E> type, Predicate<? super E> wanted,
			Function<? super E, Optional<? extends T>> visible) {
		// Captured now, on the thread of the subscribing request, where the caller is
		// known.
		SecurityContext subscriber = new SecurityContextImpl(SecurityContextHolder.getContext().getAuthentication());
		return Flux.defer(() -> {
			if (this.shutDown) {
				return Flux.error(SubscriptionEndedException.shuttingDown());
			}
			if (!this.running) {
				return Flux.empty();
			}
			if (this.subscribers.size() >= this.properties.maxSubscribers()) {
				return Flux.error(SubscriptionEndedException.tooMany(this.properties.maxSubscribers()));
			}
			Subscriber<E> registered = new Subscriber<>(type, wanted, this.properties.bufferSize(), this.dropped);
			this.subscribers.add(registered);
			this.opened.incrementAndGet();
			if (this.shutDown) {
				// Shut down while it was being added: shutDown() may not have seen it.
				registered.end(SubscriptionEndedException.shuttingDown());
			}
			return registered.changes()
				.concatMap((event) -> Mono.fromCallable(() -> as(subscriber, () -> visible.apply(event)))
					.subscribeOn(this.workers)
					.flatMap(Mono::justOrEmpty), 1)
				.map((delivered) -> (T) delivered)
				.doOnNext((delivered) -> this.sent.incrementAndGet())
				// Cancelled by the client, ended at shutdown or for its buffer:
				// forgotten.
				.doFinally((signal) -> this.subscribers.remove(registered));
		});
	}

	@Override
	public int subscriberCount() {
		return this.subscribers.size();
	}

	@Override
	public long subscriptionsOpened() {
		return this.opened.get();
	}

	/** The messages handed to subscribers since the start. */
	long messagesSent() {
		return this.sent.get();
	}

	/**
	 * The changes a subscriber wanted but did not get since the start: the one that found
	 * its buffer full, and those that came for it after it was ended.
	 */
	long messagesDropped() {
		return this.dropped.get();
	}

	/**
	 * Runs a read as the subscriber, so that the access rules see who it is, on the
	 * primary database (a replica may not have the change yet).
	 */
	private static <R> R as(SecurityContext subscriber, Supplier<R> read) {
		SecurityContextHolder.setContext(subscriber);
		try {
			return PrimaryReads.run(read);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	@Override
	public void start() {
		this.running = true;
	}

	@Override
	public void shutDown() {
		this.shutDown = true;
		for (Subscriber<?> subscriber : this.subscribers) {
			subscriber.end(SubscriptionEndedException.shuttingDown());
		}
	}

	/**
	 * Ends every subscription that is left, so that clients are told and the server need
	 * not wait for them.
	 */
	@Override
	public void stop() {
		shutDown();
		this.running = false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/**
	 * One subscription: the changes it wants, and the bounded buffer between the writers
	 * and it.
	 */
	private static final class Subscriber<E extends LiveEvent> {

		private final Class<E> type;

		private final Predicate<? super E> wanted;

		private final int bufferSize;

		private final Sinks.Many<E> buffer;

		private final AtomicLong dropped;

		Subscriber(Class<E> type, Predicate<? super E> wanted, int bufferSize, AtomicLong dropped) {
			this.type = type;
			this.wanted = wanted;
			this.bufferSize = bufferSize;
			this.dropped = dropped;
			this.buffer = Sinks.many().unicast().onBackpressureBuffer(new ArrayBlockingQueue<>(bufferSize));
		}

		Flux<E> changes() {
			return this.buffer.asFlux();
		}

		/**
		 * Called by writers, after their commit: puts the change in the buffer, or ends a
		 * full one.
		 */
		void offer(LiveEvent event) {
			if (!this.type.isInstance(event)) {
				return;
			}
			E change = this.type.cast(event);
			if (!this.wanted.test(change)) {
				return;
			}
			// Writers commit concurrently; the sink takes one emission at a time.
			synchronized (this) {
				Sinks.EmitResult result = this.buffer.tryEmitNext(change);
				if (result == Sinks.EmitResult.FAIL_OVERFLOW) {
					this.buffer.tryEmitError(SubscriptionEndedException.tooSlow(this.bufferSize));
				}
				if (result.isFailure()) {
					this.dropped.incrementAndGet();
				}
			}
		}

		/** Ends the subscription once its client has taken what is in its buffer. */
		void end(SubscriptionEndedException reason) {
			synchronized (this) {
				this.buffer.tryEmitError(reason);
			}
		}

	}

}
