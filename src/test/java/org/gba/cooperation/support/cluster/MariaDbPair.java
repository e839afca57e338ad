package org.gba.cooperation.support.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A MariaDB primary and its replica of the test's own: two servers on loopback ports,
 * each with a data directory of its own (never the machine's shared server, whose binary
 * log is off and whose settings a test must not change), the replica following the
 * primary by GTID. Started once per run for the test classes that extend with it; a drill
 * may stop the replica's replication or the replica itself and start them again.
 */
public final class MariaDbPair extends RunScoped {

	private LocalProcess primary;

	private LocalProcess replica;

	/** JUnit's entry: starts the pair once for the whole run. */
	public MariaDbPair() {
	}

	@Override
	protected void start(ExtensionContext context) {
		try {
			Path dir = Files.createTempDirectory("gba-mariadb-pair");
			this.primary = server(dir.resolve("primary"), 1, true);
			this.replica = server(dir.resolve("replica"), 2, false);
			follow();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot start the MariaDB primary and replica", ex);
		}
	}

	private LocalProcess server(Path dataDir, int serverId, boolean binaryLog) throws IOException {
		List<String> options = binaryLog ? List.of("--log-bin=" + dataDir.resolve("binlog"), "--binlog-format=ROW")
				: List.of();
		return MariaDbServers.start(dataDir, serverId, options, this.started);
	}

	/** Makes the replica follow the primary from its first transaction. */
	private void follow() {
		MariaDbServers.run(this.replica, "CHANGE MASTER TO MASTER_HOST='127.0.0.1', MASTER_PORT=" + this.primary.port()
				+ ", MASTER_USER='root', MASTER_PASSWORD='', MASTER_USE_GTID=slave_pos", "START SLAVE");
	}

	/** The JDBC URL of a database on the primary. */
	public String primaryUrl(String database) {
		return MariaDbServers.url(this.primary, database);
	}

	/** The JDBC URL of the same database on the replica. */
	public String replicaUrl(String database) {
		return MariaDbServers.url(this.replica, database);
	}

	/** Runs statements on the primary, as root. */
	public void onPrimary(String... statements) {
		MariaDbServers.run(this.primary, statements);
	}

	/** Runs statements on the replica, as root (what it changes is not replicated). */
	public void onReplica(String... statements) {
		MariaDbServers.run(this.replica, statements);
	}

	/** Stops the replica's server (a drill); {@link #startReplica} brings it back. */
	public void stopReplica() {
		this.replica.stop();
	}

	/** Starts the replica's server again; it resumes replicating where it stopped. */
	public void startReplica() {
		this.replica.start();
	}

}
