package org.gba.cooperation.writes;

import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.jspecify.annotations.Nullable;

/**
 * The places for mutations running at once
 * ({@link WriteLimitsProperties#maxConcurrent()}): a bulkhead between writers and
 * readers. A mutation takes a place before it takes a connection and gives it back when
 * its transaction ends; nested writes of the same thread take none.
 */
final class WriteSlots {

	private final Semaphore places;

	private final ThreadLocal<Boolean> holding = ThreadLocal.withInitial(() -> false);

	WriteSlots(WriteLimitsProperties limits, DataSource dataSource) {
		int pool = poolSize(dataSource);
		if (pool > 0 && limits.maxConcurrent() >= pool) {
			throw new IllegalStateException("gba.writes.max-concurrent (" + limits.maxConcurrent()
					+ ") must be less than the connection pool's size (" + pool
					+ ", spring.datasource.hikari.maximum-pool-size), so that readers always find a connection");
		}
		this.places = new Semaphore(limits.maxConcurrent(), true);
	}

	/**
	 * Runs the write in a place, waiting at most {@code patience} for one; null, having
	 * run nothing, if none came.
	 */
	<T> @Nullable T callWithin(Duration patience, Supplier<T> write) {
		if (this.holding.get()) {
			return write.get();
		}
		boolean acquired;
		try {
			acquired = this.places.tryAcquire(Math.max(0, patience.toMillis()), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
		if (!acquired) {
			return null;
		}
		this.holding.set(true);
		try {
			return write.get();
		}
		finally {
			this.holding.set(false);
			this.places.release();
		}
	}

	private static int poolSize(DataSource dataSource) {
		try {
			return dataSource.isWrapperFor(HikariDataSource.class)
					? dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize() : 0;
		}
		catch (SQLException ex) {
			return 0;
		}
	}

}
