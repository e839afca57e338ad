package org.gba.cooperation.bench.data;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Writes rows with multi-row {@code INSERT ... VALUES (...), (...)} statements (portable,
 * and as fast on MySQL without {@code rewriteBatchedStatements}), committing every few
 * statements. The search index is not written here: the application's mass indexer builds
 * it at start-up.
 */
final class BulkInserter implements AutoCloseable {

	/**
	 * At most this many parameters in one statement (MySQL's and H2's limit is 65,535).
	 */
	private static final int MAX_PARAMETERS = 60_000;

	/**
	 * Commit after this many rows (fewer, larger transactions than one per statement).
	 */
	private static final int COMMIT_EVERY = 50_000;

	private final Connection connection;

	private final int batchSize;

	private final Map<String, Long> counts = new LinkedHashMap<>();

	private final Map<String, Long> insertNanos = new LinkedHashMap<>();

	private long uncommitted;

	private boolean closed;

	BulkInserter(Connection connection, int batchSize) {
		this.connection = connection;
		this.batchSize = batchSize;
	}

	/** A writer of rows of this table, with these columns in this order. */
	Table table(String name, String... columns) throws SQLException {
		return new Table(name, List.of(columns));
	}

	/** Rows written per table, in the order the tables were written. */
	Map<String, Long> counts() {
		return this.counts;
	}

	/**
	 * Time spent in the database's {@code INSERT} statements per table, in nanoseconds.
	 */
	Map<String, Long> insertNanos() {
		return this.insertNanos;
	}

	private void written(String table, int rows) throws SQLException {
		this.counts.merge(table, (long) rows, Long::sum);
		this.uncommitted += rows;
		if (this.uncommitted >= COMMIT_EVERY) {
			this.connection.commit();
			this.uncommitted = 0;
		}
	}

	/** Commits what is left. */
	@Override
	public void close() throws SQLException {
		if (this.closed) {
			return;
		}
		this.closed = true;
		this.connection.commit();
	}

	/** The rows of one table, written a full statement at a time. */
	final class Table implements AutoCloseable {

		private final String name;

		private final List<String> columns;

		private final int rowsPerStatement;

		private final List<@Nullable Object[]> pending = new ArrayList<>();

		private @Nullable PreparedStatement full;

		private Table(String name, List<String> columns) {
			this.name = name;
			this.columns = columns;
			this.rowsPerStatement = Math.max(1, Math.min(BulkInserter.this.batchSize, MAX_PARAMETERS / columns.size()));
		}

		/**
		 * Adds a row (values in the order of the columns; the first is the record's ID).
		 */
		void add(@Nullable Object... values) throws SQLException {
			if (values.length != this.columns.size()) {
				throw new IllegalArgumentException(
						this.name + ": " + values.length + " values for " + this.columns.size() + " columns");
			}
			this.pending.add(values);
			if (this.pending.size() == this.rowsPerStatement) {
				if (this.full == null) {
					this.full = BulkInserter.this.connection.prepareStatement(insert(this.rowsPerStatement));
				}
				execute(this.full);
			}
		}

		private String insert(int rows) {
			String row = "(" + String.join(", ", this.columns.stream().map((column) -> "?").toList()) + ")";
			StringBuilder sql = new StringBuilder("INSERT INTO ").append(this.name)
				.append(" (")
				.append(String.join(", ", this.columns))
				.append(") VALUES ");
			for (int i = 0; i < rows; i++) {
				sql.append((i == 0) ? "" : ", ").append(row);
			}
			return sql.toString();
		}

		private void execute(PreparedStatement statement) throws SQLException {
			int parameter = 1;
			for (@Nullable
			Object[] row : this.pending) {
				for (@Nullable
				Object value : row) {
					bind(statement, parameter++, value);
				}
			}
			long started = System.nanoTime();
			statement.executeUpdate();
			BulkInserter.this.insertNanos.merge(this.name, System.nanoTime() - started, Long::sum);
			int rows = this.pending.size();
			this.pending.clear();
			written(this.name, rows);
		}

		private static void bind(PreparedStatement statement, int parameter, @Nullable Object value)
				throws SQLException {
			if (value == null) {
				statement.setNull(parameter, Types.NULL);
			}
			else if (value instanceof String text) {
				statement.setString(parameter, text);
			}
			else if (value instanceof Long number) {
				statement.setLong(parameter, number);
			}
			else if (value instanceof Integer number) {
				statement.setInt(parameter, number);
			}
			else if (value instanceof Boolean flag) {
				statement.setBoolean(parameter, flag);
			}
			else if (value instanceof BigDecimal amount) {
				statement.setBigDecimal(parameter, amount);
			}
			else if (value instanceof LocalDate || value instanceof LocalDateTime) {
				statement.setObject(parameter, value);
			}
			else {
				throw new IllegalArgumentException("No binding for " + value.getClass());
			}
		}

		/** Writes the rows still pending and releases the statement. */
		@Override
		public void close() throws SQLException {
			try {
				if (!this.pending.isEmpty()) {
					try (PreparedStatement rest = BulkInserter.this.connection
						.prepareStatement(insert(this.pending.size()))) {
						execute(rest);
					}
				}
			}
			finally {
				if (this.full != null) {
					this.full.close();
				}
			}
			BulkInserter.this.counts.putIfAbsent(this.name, 0L);
		}

	}

}
