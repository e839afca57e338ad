package org.gba.cooperation.shared.bulkhead;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * One kind of heavy work's places: a fair semaphore of {@code maxConcurrent} permits
 * (work gets its place in the order it came), and a bound on the work inside, running or
 * waiting, so that the queue is bounded too.
 */
final class Compartment {

	private final HeavyWork kind;

	private final int maxConcurrent;

	private final int queueSize;

	private final Duration maxWait;

	private final Semaphore places;

	/** Work running or waiting. */
	private final AtomicInteger inside = new AtomicInteger();

	private final LongAdder rejected = new LongAdder();

	/**
	 * How long work holds a place, on average (exponentially weighted), in nanoseconds.
	 */
	private final AtomicLong averageHoldNanos = new AtomicLong();

	Compartment(HeavyWork kind, int maxConcurrent, int queueSize, Duration maxWait) {
		this.kind = kind;
		this.maxConcurrent = maxConcurrent;
		this.queueSize = queueSize;
		this.maxWait = maxWait;
		this.places = new Semaphore(maxConcurrent, true);
	}

	/**
	 * Takes a place, waiting in the queue at most {@code maxWait}.
	 * @return the nanosecond (of {@link System#nanoTime()}) the place was taken
	 * @throws OverloadedException when the queue is full, or no place came in time
	 */
	long enter() {
		if (this.inside.incrementAndGet() > this.maxConcurrent + this.queueSize) {
			this.inside.decrementAndGet();
			this.rejected.increment();
			throw new OverloadedException(this.kind,
					"Overloaded: " + this.maxConcurrent + " " + what() + " running and " + this.queueSize
							+ " waiting, the most this server takes (" + this.kind.properties() + ".max-concurrent, "
							+ this.kind.properties() + ".queue-size); retry in " + retryAfterSeconds() + " seconds",
					retryAfterSeconds());
		}
		boolean entered = false;
		try {
			entered = this.places.tryAcquire(this.maxWait.toNanos(), TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		if (!entered) {
			this.inside.decrementAndGet();
			this.rejected.increment();
			throw new OverloadedException(this.kind,
					"Overloaded: waited " + this.maxWait.toMillis() + " ms for one of the " + this.maxConcurrent
							+ " places of " + what() + " (" + this.kind.properties() + ".max-wait); retry in "
							+ retryAfterSeconds() + " seconds",
					retryAfterSeconds());
		}
		return System.nanoTime();
	}

	/** Gives back the place taken at {@code enteredAt}. */
	void leave(long enteredAt) {
		long held = Math.max(0, System.nanoTime() - enteredAt);
		// An average over the last few dozen, to estimate how long the queue takes.
		this.averageHoldNanos.accumulateAndGet(held,
				(average, sample) -> (average == 0) ? sample : average + (sample - average) / 16);
		this.places.release();
		this.inside.decrementAndGet();
	}

	private String what() {
		return (this.kind == HeavyWork.EXPORT) ? "exports" : "heavy queries (statistics, searches, large pages)";
	}

	/**
	 * When a place may be free for a retry: the work inside, through the places, at the
	 * average time work holds one; at least 1 second, at most the longest wait (rounded
	 * up).
	 */
	long retryAfterSeconds() {
		double seconds = this.averageHoldNanos.get() / 1e9 * Math.max(1, this.inside.get()) / this.maxConcurrent;
		long ceiling = Math.max(1, (this.maxWait.toMillis() + 999) / 1000);
		return Math.max(1, Math.min(ceiling, (long) Math.ceil(seconds)));
	}

	/** Work holding a place now. */
	int active() {
		return this.maxConcurrent - this.places.availablePermits();
	}

	/** Work waiting for a place now. */
	int queued() {
		return Math.max(0, this.inside.get() - active());
	}

	/** Work refused since start-up. */
	long rejected() {
		return this.rejected.sum();
	}

	int maxConcurrent() {
		return this.maxConcurrent;
	}

}
