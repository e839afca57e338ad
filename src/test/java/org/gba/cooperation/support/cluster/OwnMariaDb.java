package org.gba.cooperation.support.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A single MariaDB server of the test's own, on a loopback port with a data directory of
 * its own, for the drills that break the database under the application (through a
 * {@link FaultProxy}) and then count what it wrote: never the machine's shared server.
 * Started once per run for the test classes that extend with it; each class makes a
 * database of its own on it ({@link #freshDatabase}).
 */
public final class OwnMariaDb extends RunScoped {

	private LocalProcess server;

	/** JUnit's entry: starts the server once for the whole run. */
	public OwnMariaDb() {
	}

	@Override
	protected void start(ExtensionContext context) {
		try {
			this.server = MariaDbServers.start(Files.createTempDirectory("gba-own-mariadb").resolve("data"), 1,
					List.of(), this.started);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot start a MariaDB server of the test's own", ex);
		}
	}

	/** The server's port on 127.0.0.1. */
	public int port() {
		return this.server.port();
	}

	/** An empty database of this name (dropped first if it exists): its JDBC URL. */
	public String freshDatabase(String database) {
		run("DROP DATABASE IF EXISTS " + database,
				"CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
		return MariaDbServers.url(this.server, database);
	}

	/** Runs statements on the server, as root, directly (never through a proxy). */
	public void run(String... statements) {
		MariaDbServers.run(this.server, statements);
	}

	/**
	 * The number a query answers (its first column of its first row), read as root,
	 * directly: what the database holds, whatever the application said.
	 */
	public long number(String query) {
		return MariaDbServers.number(this.server, query);
	}

}
