package org.gba.cooperation.shared.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.gba.cooperation.shared.text.SearchNormalForm;

/**
 * Writes the search index through a JDBC connection: the start-up rebuild uses Flyway's,
 * a write the one of its transaction, so the index changes with the record or not at all.
 */
final class SearchIndexWriter {

	private static final int BATCH_SIZE = 500;

	/**
	 * Longest normal text kept (VARCHAR(2000)); names are at most 300 characters before
	 * normalising.
	 */
	private static final int MAX_TEXT = 2000;

	private SearchIndexWriter() {
	}

	/**
	 * Indexes the record anew if its searchable texts changed since it was last indexed.
	 */
	static void refresh(Connection connection, SearchSource source, long id) throws SQLException {
		Set<String> texts = new LinkedHashSet<>();
		try (PreparedStatement select = connection.prepareStatement(source.selectOne())) {
			select.setLong(1, id);
			try (ResultSet row = select.executeQuery()) {
				if (row.next()) {
					texts.addAll(normalTexts(row, source));
				}
			}
		}
		Set<String> indexed = indexedTexts(connection, source.kind(), id);
		if (texts.equals(indexed)) {
			return;
		}
		// A record indexed for the first time (a creation) has nothing to delete.
		// Deleting nothing by a
		// secondary index would take a gap lock on InnoDB, and two concurrent creations
		// inserting into
		// the gap each locked would deadlock; and what there is to delete goes by primary
		// key, which
		// locks those rows only.
		if (!indexed.isEmpty()) {
			delete(connection, "search_token", source.kind(), id);
			delete(connection, "search_text", source.kind(), id);
		}
		try (Inserts inserts = new Inserts(connection)) {
			inserts.add(source.kind(), id, texts);
		}
	}

	/**
	 * Empties the index and indexes every record of every source, then records the normal
	 * form's version.
	 */
	static void rebuild(Connection connection, List<SearchSource> sources) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.executeUpdate("DELETE FROM search_token");
			statement.executeUpdate("DELETE FROM search_text");
		}
		try (Inserts inserts = new Inserts(connection)) {
			for (SearchSource source : sources) {
				try (Statement select = connection.createStatement();
						ResultSet rows = select.executeQuery(source.selectAll())) {
					while (rows.next()) {
						inserts.add(source.kind(), rows.getLong(1), normalTexts(rows, source));
					}
				}
			}
		}
		try (Statement statement = connection.createStatement()) {
			statement.executeUpdate("DELETE FROM search_index_state");
			statement.executeUpdate("INSERT INTO search_index_state (id, normal_form_version) VALUES (1, "
					+ SearchNormalForm.VERSION + ")");
		}
	}

	/** Whether the index was built with the current normal form. */
	static boolean isCurrent(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet row = statement
					.executeQuery("SELECT normal_form_version FROM search_index_state WHERE id = 1")) {
			return row.next() && row.getInt(1) == SearchNormalForm.VERSION;
		}
	}

	private static Set<String> normalTexts(ResultSet row, SearchSource source) throws SQLException {
		Set<String> texts = new LinkedHashSet<>();
		for (int i = 0; i < source.columns().size(); i++) {
			String text = row.getString(i + 2);
			if (text != null) {
				String normal = SearchNormalForm.of(text);
				if (!normal.isEmpty()) {
					texts.add((normal.length() <= MAX_TEXT) ? normal : normal.substring(0, MAX_TEXT));
				}
			}
		}
		return texts;
	}

	private static Set<String> indexedTexts(Connection connection, String kind, long id) throws SQLException {
		Set<String> texts = new LinkedHashSet<>();
		try (PreparedStatement select = connection.prepareStatement(
				"SELECT normal_text FROM search_text WHERE entity_type = ? AND entity_id = ? ORDER BY id")) {
			select.setString(1, kind);
			select.setLong(2, id);
			try (ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					texts.add(rows.getString(1));
				}
			}
		}
		return texts;
	}

	private static void delete(Connection connection, String table, String kind, long id) throws SQLException {
		List<Long> rows = new ArrayList<>();
		try (PreparedStatement select = connection
			.prepareStatement("SELECT id FROM " + table + " WHERE entity_type = ? AND entity_id = ?")) {
			select.setString(1, kind);
			select.setLong(2, id);
			try (ResultSet found = select.executeQuery()) {
				while (found.next()) {
					rows.add(found.getLong(1));
				}
			}
		}
		for (int from = 0; from < rows.size(); from += 500) {
			List<Long> chunk = rows.subList(from, Math.min(rows.size(), from + 500));
			String marks = String.join(",", Collections.nCopies(chunk.size(), "?"));
			try (PreparedStatement delete = connection
				.prepareStatement("DELETE FROM " + table + " WHERE id IN (" + marks + ")")) {
				for (int i = 0; i < chunk.size(); i++) {
					delete.setLong(i + 1, chunk.get(i));
				}
				delete.executeUpdate();
			}
		}
	}

	/** Batched inserts of texts and their tokens. */
	private static final class Inserts implements AutoCloseable {

		private final PreparedStatement texts;

		private final PreparedStatement tokens;

		private int pendingTexts;

		private int pendingTokens;

		Inserts(Connection connection) throws SQLException {
			this.texts = connection
				.prepareStatement("INSERT INTO search_text (entity_type, entity_id, normal_text) VALUES (?, ?, ?)");
			this.tokens = connection
				.prepareStatement("INSERT INTO search_token (entity_type, entity_id, token) VALUES (?, ?, ?)");
		}

		void add(String kind, long id, Set<String> normalTexts) throws SQLException {
			Set<String> grams = new LinkedHashSet<>();
			for (String text : normalTexts) {
				this.texts.setString(1, kind);
				this.texts.setLong(2, id);
				this.texts.setString(3, text);
				this.texts.addBatch();
				this.pendingTexts = flushIfFull(this.texts, this.pendingTexts + 1);
				grams.addAll(SearchNormalForm.indexGrams(text));
			}
			for (String gram : new ArrayList<>(grams)) {
				this.tokens.setString(1, kind);
				this.tokens.setLong(2, id);
				this.tokens.setString(3, Objects.requireNonNull(gram));
				this.tokens.addBatch();
				this.pendingTokens = flushIfFull(this.tokens, this.pendingTokens + 1);
			}
		}

		private static int flushIfFull(PreparedStatement statement, int pending) throws SQLException {
			if (pending < BATCH_SIZE) {
				return pending;
			}
			statement.executeBatch();
			return 0;
		}

		@Override
		public void close() throws SQLException {
			try (this.texts; this.tokens) {
				if (this.pendingTexts > 0) {
					this.texts.executeBatch();
				}
				if (this.pendingTokens > 0) {
					this.tokens.executeBatch();
				}
			}
		}

	}

}
