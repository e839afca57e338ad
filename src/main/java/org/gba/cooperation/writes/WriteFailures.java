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

	/**
	 * What a transaction's failure was: the work's own failure when the transaction threw
	 * another one for the rollback that followed it (which failed too, on a connection
	 * that broke), the rollback's kept as suppressed; otherwise what it threw.
	 */
	static RuntimeException first(@Nullable RuntimeException work, RuntimeException thrown) {
		if (work == null || work == thrown) {
			return thrown;
		}
		work.addSuppressed(thrown);
		return work;
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
