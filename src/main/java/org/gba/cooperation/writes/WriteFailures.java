package org.gba.cooperation.writes;

import java.sql.SQLTimeoutException;

import org.hibernate.QueryTimeoutException;
import org.hibernate.TransactionException;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.TransactionTimedOutException;

/**
 * What a failed mutation transaction was: read from the chain of causes the persistence
 * layers wrap.
 */
final class WriteFailures {

	private WriteFailures() {
	}

	/**
	 * Whether the transaction failed for want of time: a statement cancelled by its
	 * time-out, or none left to start one.
	 */
	static boolean timedOut(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLTimeoutException || cause instanceof jakarta.persistence.QueryTimeoutException
					|| cause instanceof QueryTimeoutException || cause instanceof TransactionTimedOutException
					|| (cause instanceof TransactionException
							&& String.valueOf(cause.getMessage()).contains("timeout"))) {
				return true;
			}
		}
		return false;
	}

	/** The first cause of {@code failure} of the given type. */
	static <E extends Throwable> @Nullable E cause(Throwable failure, Class<E> type) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
		}
		return null;
	}

}
