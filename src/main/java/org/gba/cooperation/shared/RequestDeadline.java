package org.gba.cooperation.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;

import org.jspecify.annotations.Nullable;

/**
 * When the request being served must be answered ({@code gba.graphql.timeout} after it
 * began), for work that bounds itself within it: a mutation gives its transaction no more
 * time than is left, so that its outcome is final, committed or rolled back, before the
 * request is answered. Set around each root mutation field by the execution time-out;
 * held per thread, as the field's work runs on the thread that fetches it.
 */
public final class RequestDeadline {

	private static final ThreadLocal<Instant> CURRENT = new ThreadLocal<>();

	private RequestDeadline() {
	}

	/** Runs the work with this deadline. */
	public static <T> T within(Instant deadline, Callable<T> work) throws Exception {
		Instant previous = CURRENT.get();
		CURRENT.set(deadline);
		try {
			return work.call();
		}
		finally {
			if (previous != null) {
				CURRENT.set(previous);
			}
			else {
				CURRENT.remove();
			}
		}
	}

	/**
	 * The time left until the current request's deadline, or null when there is none
	 * (outside a request).
	 */
	public static @Nullable Duration remaining(Clock clock) {
		Instant deadline = CURRENT.get();
		return (deadline != null) ? Duration.between(clock.instant(), deadline) : null;
	}

}
