package org.gba.cooperation.bench.data;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * On MySQL/MariaDB, the load's shortcut, as mysqldump's output takes it: the rows are
 * consistent by construction, so the session turns foreign key and unique checks off
 * while loading, and the server need not look every reference and unique key up. Closing
 * it turns them on again, whatever happened. On other databases it does nothing.
 */
final class RelaxedChecks implements AutoCloseable {

	private final Connection connection;

	private final boolean mysql;

	private RelaxedChecks(Connection connection, boolean mysql) {
		this.connection = connection;
		this.mysql = mysql;
	}

	/** Turns the session's checks off, on MySQL/MariaDB. */
	static RelaxedChecks onMySql(Connection connection) throws SQLException {
		String product = connection.getMetaData().getDatabaseProductName().toLowerCase();
		boolean mysql = product.contains("mysql") || product.contains("mariadb");
		if (mysql) {
			sessionChecks(connection, 0);
		}
		return new RelaxedChecks(connection, mysql);
	}

	@Override
	public void close() throws SQLException {
		if (this.mysql) {
			sessionChecks(this.connection, 1);
		}
	}

	private static void sessionChecks(Connection connection, int on) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("SET SESSION foreign_key_checks = " + on + ", unique_checks = " + on);
		}
	}

}
