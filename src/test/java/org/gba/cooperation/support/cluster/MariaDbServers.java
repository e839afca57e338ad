package org.gba.cooperation.support.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A mariadbd of the test's own ({@link OwnMariaDb}, {@link MariaDbPair}): a data
 * directory made by {@code mariadb-install-db}, a server on a free loopback port, root
 * without a password over TCP. Never the machine's shared server, whose settings a test
 * must not change.
 */
final class MariaDbServers {

	private MariaDbServers() {
	}

	/**
	 * Installs a data directory in {@code dataDir} and starts a server on it, with these
	 * options besides the common ones; the server is added to {@code started}, to be
	 * stopped with the rest.
	 */
	static LocalProcess start(Path dataDir, int serverId, List<String> options, List<AutoCloseable> started)
			throws IOException {
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
		command.addAll(options);
		LocalProcess process = new LocalProcess("mariadbd " + dataDir.getFileName(), command, log, port);
		started.add(process);
		return process.start();
	}

	/** The JDBC URL of a database on the server. */
	static String url(LocalProcess server, String database) {
		return "jdbc:mysql://127.0.0.1:" + server.port() + "/" + database;
	}

	/** Runs statements on the server, as root. */
	static void run(LocalProcess server, String... statements) {
		try (Connection connection = connect(server); Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The number the query answers (its first column of its first row), as root. */
	static long number(LocalProcess server, String query) {
		try (Connection connection = connect(server);
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(query)) {
			if (!result.next()) {
				throw new IllegalStateException("No row: " + query);
			}
			return result.getLong(1);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Connection connect(LocalProcess server) throws SQLException {
		return DriverManager.getConnection("jdbc:mysql://127.0.0.1:" + server.port() + "/", "root", "");
	}

}
