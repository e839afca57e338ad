package org.gba.cooperation.shared.bulkhead;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * The compartments of heavy work, one per {@link HeavyWork kind}: each lets a bounded
 * number of its kind run at once ({@code max-concurrent}), a bounded number wait
 * ({@code queue-size}, at most {@code max-wait} each, in the order they came), and
 * refuses the rest at once with {@link OverloadedException}. Light work never goes
 * through them, so it never waits behind heavy work: only for the CPU and the connections
 * heavy work leaves, which its bounds keep.
 * <p>
 * Work runs on the caller's thread (a request's own, an export's worker): a place is a
 * permit, not a thread of another pool, so the thread's context (the caller's security
 * context, the request's deadline) stays as it is. Each piece of work is expected to hold
 * at most one database connection at a time, so the connections heavy work takes are
 * bounded by its places. A thread that holds a place runs nested heavy work (an export's
 * pages, run as GraphQL queries) in that place, without taking another.
 * <p>
 * Why not Resilience4j: its {@code SemaphoreBulkhead} bounds the places and the wait but
 * not the queue (every caller may wait), and its {@code ThreadPoolBulkhead} moves the
 * work to threads of its own, where the request's thread-bound context is lost, and does
 * not bound the wait; this is the few lines of both that are needed.
 */
public final class Bulkheads {

	private final Map<HeavyWork, Compartment> compartments = new EnumMap<>(HeavyWork.class);

	/** Whether this thread runs work in a place ({@link #run}). */
	private final ThreadLocal<Boolean> holding = ThreadLocal.withInitial(() -> false);

	public Bulkheads(BulkheadProperties properties) {
		this.compartments.put(HeavyWork.QUERY, new Compartment(HeavyWork.QUERY, properties.concurrent(),
				properties.queueSize(), properties.maxWait()));
		BulkheadProperties.Exports exports = properties.exports();
		this.compartments.put(HeavyWork.EXPORT,
				new Compartment(HeavyWork.EXPORT, exports.maxConcurrent(), exports.queueSize(), exports.maxWait()));
	}

	/**
	 * Takes a place for heavy work of this kind, waiting for one in the queue if none is
	 * free; give it back with {@link Place#close()} once the work is done, on any thread
	 * (asynchronous work ends on another). Inside {@link #run} the place answered takes
	 * nothing: the work runs in the place {@code run} took.
	 * @throws OverloadedException when the queue is full, or no place came within the
	 * longest wait; nothing was taken
	 */
	public Place enter(HeavyWork kind) {
		if (this.holding.get()) {
			return Place.NESTED;
		}
		Compartment compartment = this.compartments.get(kind);
		return new Place(compartment, compartment.enter());
	}

	/**
	 * Runs the work in a place of its kind, on this thread; heavy work nested in it (an
	 * export's pages, run as GraphQL queries on this thread) runs in the same place.
	 * @throws OverloadedException when no place came; the work did not run
	 */
	public <T> T run(HeavyWork kind, Supplier<T> work) {
		if (this.holding.get()) {
			return work.get();
		}
		try (Place place = enter(kind)) {
			this.holding.set(true);
			try {
				return work.get();
			}
			finally {
				this.holding.set(false);
			}
		}
	}

	/**
	 * Takes a place of the kind for this thread until the returned place is closed, on
	 * this thread: as {@link #run}, for work that throws checked exceptions (an export's
	 * file).
	 * @throws OverloadedException when no place came
	 */
	public Held hold(HeavyWork kind) {
		if (this.holding.get()) {
			return () -> {
			};
		}
		Place place = enter(kind);
		this.holding.set(true);
		return () -> {
			this.holding.set(false);
			place.close();
		};
	}

	/** Whether this thread runs work in a place ({@link #run}). */
	public boolean holdsPlace() {
		return this.holding.get();
	}

	/** Work of this kind running now. */
	public int active(HeavyWork kind) {
		return this.compartments.get(kind).active();
	}

	/** Work of this kind waiting for a place now. */
	public int queued(HeavyWork kind) {
		return this.compartments.get(kind).queued();
	}

	/** Work of this kind refused since start-up. */
	public long rejected(HeavyWork kind) {
		return this.compartments.get(kind).rejected();
	}

	/** The places of this kind. */
	public int maxConcurrent(HeavyWork kind) {
		return this.compartments.get(kind).maxConcurrent();
	}

	/** A place held by this thread ({@link #hold}); closing it gives it back. */
	@FunctionalInterface
	public interface Held extends AutoCloseable {

		@Override
		void close();

	}

	/** A place taken in a compartment; closing it gives it back, once. */
	public static final class Place implements AutoCloseable {

		static final Place NESTED = new Place(null, 0);

		private final @Nullable Compartment compartment;

		private final long enteredAt;

		private final AtomicBoolean closed = new AtomicBoolean();

		private Place(@Nullable Compartment compartment, long enteredAt) {
			this.compartment = compartment;
			this.enteredAt = enteredAt;
		}

		@Override
		public void close() {
			if (this.compartment != null && this.closed.compareAndSet(false, true)) {
				this.compartment.leave(this.enteredAt);
			}
		}

	}

}
