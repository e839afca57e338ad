package org.gba.cooperation.support.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
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
		catch (IOException | SQLException ex) {
			throw new IllegalStateException("Cannot start the MariaDB primary and replica", ex);
		}
	}

	private LocalProcess server(Path dataDir, int serverId, boolean binaryLog) throws IOException {
		String installDb = LocalProcess.executable("mariadb-server", "/usr/bin/mariadb-install-db",
				"/usr/bin/mysql_install_db");
		String server = LocalProcess.executable("mariadb-server", "/usr/sbin/mariadbd", "/usr/sbin/mysqld");
		Files.createDirectories(dataDir);
		Path log = dataDir.resolveSibling(dataDir.getFileName() + ".log");
		Process install = new ProcessBuilder(installDb, "--no-defaults", "--user=root", "--datadir=" + dataDir,
				"--auth-root-authentication-method=normal", "--skip-test-db")
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
			.start();
		try {
			if (install.waitFor() != 0) {
				throw new IllegalStateException("mariadb-install-db failed: " + Files.readString(log));
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		int port = LocalProcess.freePort();
		List<String> command = new ArrayList<>(List.of(server, "--no-defaults", "--user=root", "--datadir=" + dataDir,
				"--port=" + port, "--bind-address=127.0.0.1", "--socket=" + dataDir.resolve("sock"),
				"--server-id=" + serverId, "--innodb-buffer-pool-size=64M", "--character-set-server=utf8mb4",
				"--collation-server=utf8mb4_unicode_ci", "--skip-log-error"));
		if (binaryLog) {
			command.add("--log-bin=" + dataDir.resolve("binlog"));
			command.add("--binlog-format=ROW");
		}
		LocalProcess process = new LocalProcess("mariadbd " + dataDir.getFileName(), command, log, port);
		this.started.add(process);
		return process.start();
	}

	/** Makes the replica follow the primary from its first transaction. */
	private void follow() throws SQLException {
		execute(this.replica, "CHANGE MASTER TO MASTER_HOST='127.0.0.1', MASTER_PORT=" + this.primary.port()
				+ ", MASTER_USER='root', MASTER_PASSWORD='', MASTER_USE_GTID=slave_pos", "START SLAVE");
	}

	/** The JDBC URL of a database on the primary. */
	public String primaryUrl(String database) {
		return "jdbc:mysql://127.0.0.1:" + this.primary.port() + "/" + database;
	}

	/** The JDBC URL of the same database on the replica. */
	public String replicaUrl(String database) {
		return "jdbc:mysql://127.0.0.1:" + this.replica.port() + "/" + database;
	}

	/** Runs statements on the primary, as root. */
	public void onPrimary(String... statements) {
		run(this.primary, statements);
	}

	/** Runs statements on the replica, as root (what it changes is not replicated). */
	public void onReplica(String... statements) {
		run(this.replica, statements);
	}

	/** Stops the replica's server (a drill); {@link #startReplica} brings it back. */
	public void stopReplica() {
		this.replica.stop();
	}

	/** Starts the replica's server again; it resumes replicating where it stopped. */
	public void startReplica() {
		this.replica.start();
	}

	private static void run(LocalProcess server, String... statements) {
		try {
			execute(server, statements);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void execute(LocalProcess server, String... statements) throws SQLException {
		try (Connection connection = DriverManager.getConnection("jdbc:mysql://127.0.0.1:" + server.port() + "/",
				"root", ""); Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
	}

}
