package org.gba.cooperation.bench.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * On MySQL/MariaDB, the load's shortcuts, as mysqldump's output takes them: the rows are
 * consistent by construction, so the server need not look every reference and unique key
 * up while loading, and the search index's tables, which take most of the rows with their
 * look-up keys in random order, have their secondary indexes dropped and built again,
 * sorted, afterwards (about ten times faster once they outgrow the buffer pool). Closing
 * it restores both whatever happened. On other databases it does nothing.
 */
final class DeferredIndexes implements AutoCloseable {

	private final Connection connection;

	private final boolean mysql;

	private List<String> creates;

	private DeferredIndexes(Connection connection, boolean mysql, List<String> creates) {
		this.connection = connection;
		this.mysql = mysql;
		this.creates = creates;
	}

	/**
	 * Turns the session's checks off and drops the tables' secondary indexes, on
	 * MySQL/MariaDB.
	 */
	static DeferredIndexes dropOnMySql(Connection connection, List<String> tables) throws SQLException {
		String product = connection.getMetaData().getDatabaseProductName().toLowerCase();
		if (!product.contains("mysql") && !product.contains("mariadb")) {
			return new DeferredIndexes(connection, false, List.of());
		}
		sessionChecks(connection, 0);
		return new DeferredIndexes(connection, true, dropSecondaryIndexes(connection, tables));
	}

	/** Creates the dropped indexes again. */
	void createAgain() throws SQLException {
		try (Statement statement = this.connection.createStatement()) {
			for (String create : this.creates) {
				statement.execute(create);
			}
		}
		this.creates = List.of();
	}

	/** Creates what is still dropped and turns the checks on again. */
	@Override
	public void close() throws SQLException {
		if (this.mysql) {
			createAgain();
			sessionChecks(this.connection, 1);
		}
	}

	/**
	 * Drops the secondary indexes of the tables and answers the statements that create
	 * them again.
	 */
	private static List<String> dropSecondaryIndexes(Connection connection, List<String> tables) throws SQLException {
		Map<String, List<String>> columns = new LinkedHashMap<>();
		Map<String, String> tableOf = new HashMap<>();
		Map<String, Boolean> unique = new HashMap<>();
		try (PreparedStatement select = connection.prepareStatement(
				"SELECT table_name, index_name, column_name, non_unique FROM information_schema.statistics "
						+ "WHERE table_schema = DATABASE() AND table_name = ? AND index_name <> 'PRIMARY' "
						+ "ORDER BY index_name, seq_in_index")) {
			for (String table : tables) {
				select.setString(1, table);
				try (ResultSet rows = select.executeQuery()) {
					while (rows.next()) {
						String index = rows.getString(2);
						tableOf.put(index, table);
						unique.put(index, rows.getInt(4) == 0);
						columns.computeIfAbsent(index, (name) -> new ArrayList<>()).add(rows.getString(3));
					}
				}
			}
		}
		List<String> creates = new ArrayList<>();
		try (Statement statement = connection.createStatement()) {
			for (Map.Entry<String, List<String>> index : columns.entrySet()) {
				String table = tableOf.get(index.getKey());
				creates.add("CREATE " + (unique.get(index.getKey()) ? "UNIQUE " : "") + "INDEX " + index.getKey()
						+ " ON " + table + " (" + String.join(", ", index.getValue()) + ")");
				statement.execute("DROP INDEX " + index.getKey() + " ON " + table);
			}
		}
		return creates;
	}

	private static void sessionChecks(Connection connection, int on) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("SET SESSION foreign_key_checks = " + on + ", unique_checks = " + on);
		}
	}

}
