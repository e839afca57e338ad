package org.gba.cooperation.shared.jpa;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.AbstractDataSource;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The application's data source when a read replica is configured: a connection taken for
 * a read ({@link ReadOnlyQueries}, which run in autocommit) comes from the replica, every
 * other one (transactions, writes, migrations) from the primary. A read goes to the
 * primary instead when the replica is skipped (further behind than
 * {@code gba.datasource.replica.max-lag}, not replicating, or unreachable: its lag is
 * read every {@code check-interval}, and a connection it fails to give marks it so at
 * once), when its caller wrote within {@code read-your-writes} ({@link RecentWriters}),
 * or when it must see the latest commit ({@link PrimaryReads}).
 *
 * <p>
 * Written here, not taken from Spring: {@code LazyConnectionDataSourceProxy}'s read-only
 * data source is chosen by {@code Connection.setReadOnly}, which autocommit reads never
 * call, and {@code AbstractRoutingDataSource} has no way back to the primary when the
 * replica cannot give a connection.
 *
 * <p>
 * Its lag checks are started and stopped by a lifecycle bean of their own
 * ({@link ReadReplicaConfiguration}), not by this data source as a bean: the data source
 * bean is wrapped (the spans of SQL statements), and a wrapper is no lifecycle.
 */
final class ReplicaRoutingDataSource extends AbstractDataSource {

	private static final Logger logger = LoggerFactory.getLogger(ReplicaRoutingDataSource.class);

	private final HikariDataSource primary;

	private final HikariDataSource replica;

	private final ReplicaProperties properties;

	private final RecentWriters writers;

	private final Supplier<@Nullable String> subject;

	private volatile boolean usable;

	private @Nullable ScheduledExecutorService checker;

	ReplicaRoutingDataSource(HikariDataSource primary, HikariDataSource replica, ReplicaProperties properties,
			RecentWriters writers, Supplier<@Nullable String> subject) {
		this.primary = primary;
		this.replica = replica;
		this.properties = properties;
		this.writers = writers;
		this.subject = subject;
	}

	@Override
	public Connection getConnection() throws SQLException {
		if (readsFromReplica()) {
			try {
				return this.replica.getConnection();
			}
			catch (SQLException ex) {
				skip("it gave no connection (" + ex.getMessage() + ")");
			}
		}
		return this.primary.getConnection();
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		return this.primary.getConnection(username, password);
	}

	/** The primary's pool for whoever sizes itself by it (write slots, bulkheads). */
	@Override
	public <T> T unwrap(Class<T> iface) throws SQLException {
		return iface.isInstance(this) ? iface.cast(this) : this.primary.unwrap(iface);
	}

	@Override
	public boolean isWrapperFor(Class<?> iface) throws SQLException {
		return iface.isInstance(this) || this.primary.isWrapperFor(iface);
	}

	/** Whether the connection being taken now may come from the replica. */
	boolean readsFromReplica() {
		return this.usable && TransactionSynchronizationManager.isCurrentTransactionReadOnly()
				&& !PrimaryReads.required() && !this.writers.wroteRecently(this.subject.get());
	}

	/** Whether reads go to the replica now (it is replicating, and close enough). */
	boolean replicaUsable() {
		return this.usable;
	}

	/** Reads the replica's lag, and uses or skips it accordingly. */
	void check() {
		try (Connection connection = this.replica.getConnection(); Statement statement = connection.createStatement()) {
			statement.setQueryTimeout(Math.max(1, (int) this.properties.checkInterval().toSeconds()));
			try (ResultSet status = statement.executeQuery("SHOW REPLICA STATUS")) {
				if (!status.next()) {
					skip("it is not a replica (SHOW REPLICA STATUS is empty)");
					return;
				}
				Long lag = lagOf(status);
				if (lag == null) {
					skip("it is not replicating (no Seconds_Behind_Master)");
				}
				else if (lag > this.properties.maxLag().toSeconds()) {
					skip("it is " + lag + " s behind, over gba.datasource.replica.max-lag");
				}
				else if (!this.usable) {
					this.usable = true;
					logger.info("Read replica in use: {} s behind the primary", lag);
				}
			}
		}
		catch (SQLException | RuntimeException ex) {
			skip("its lag cannot be read (" + ex.getMessage() + ")");
		}
	}

	/** MariaDB's and MySQL's (before 8.0.22) column, or MySQL's since. */
	private static @Nullable Long lagOf(ResultSet status) throws SQLException {
		ResultSetMetaData columns = status.getMetaData();
		for (int i = 1; i <= columns.getColumnCount(); i++) {
			String name = columns.getColumnLabel(i);
			if (name.equalsIgnoreCase("Seconds_Behind_Master") || name.equalsIgnoreCase("Seconds_Behind_Source")) {
				long lag = status.getLong(i);
				return status.wasNull() ? null : lag;
			}
		}
		return null;
	}

	private void skip(String why) {
		if (this.usable) {
			logger.warn("Read replica skipped, reads go to the primary: {}", why);
		}
		this.usable = false;
	}

	public void start() {
		ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "replica-lag");
			thread.setDaemon(true);
			return thread;
		});
		this.checker = executor;
		long every = this.properties.checkInterval().toMillis();
		executor.scheduleWithFixedDelay(this::check, 0, every, TimeUnit.MILLISECONDS);
	}

	public void stop() {
		ScheduledExecutorService executor = this.checker;
		if (executor != null) {
			executor.shutdownNow();
			this.checker = null;
		}
		this.usable = false;
		this.replica.close();
	}

	public boolean isRunning() {
		return this.checker != null;
	}

	/** Until the last: requests read until the web server has stopped. */
	public int getPhase() {
		return Integer.MIN_VALUE + 1000;
	}

}
