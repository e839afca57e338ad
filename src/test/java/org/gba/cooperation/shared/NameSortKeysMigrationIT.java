package org.gba.cooperation.shared;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.flywaydb.core.Flyway;
import org.gba.cooperation.support.DatabaseAvailableCondition;
import org.gba.cooperation.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migration that adds the names' sort keys ({@code V8__name_sort_keys}) makes them
 * for the rows already there, as the entities make them, and the database sorts by them
 * byte for byte. On a database of its own (H2, or the MySQL test database's name with
 * {@code _name_sort} appended), migrated up to V6, given rows with SQL, then migrated to
 * the end.
 */
@ExtendWith(DatabaseAvailableCondition.class)
class NameSortKeysMigrationIT {

	private static final Pattern DATABASE_IN_URL = Pattern.compile("(jdbc:mysql://[^/]+/)([^?]+)(.*)");

	private String url;

	private String user;

	private String password;

	@BeforeEach
	void anEmptyDatabase() throws SQLException {
		if (TestDatabase.mysqlRequested()) {
			this.url = ownDatabase(TestDatabase.mysqlUrl());
			this.user = TestDatabase.mysqlUser();
			this.password = TestDatabase.mysqlPassword();
		}
		else {
			this.url = "jdbc:h2:mem:gba_name_sort;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;"
					+ "DB_CLOSE_DELAY=-1;IGNORECASE=TRUE";
			this.user = "sa";
			this.password = "";
		}
		flyway(null).clean();
	}

	@Test
	void existingRowsGetTheKeysOfTheirNamesAndSortByThem() throws SQLException {
		flyway("6").migrate();
		try (Connection connection = connect(); Statement statement = connection.createStatement()) {
			// pinyin: zhōng, běi, ā; strokes: 中 4, 北 5, 阿 7/8
			statement.executeUpdate("INSERT INTO organization (id, kind, jurisdiction, city_id, name_zh_hant, "
					+ "name_zh_hans, name_en, name_pt, version, created_at, updated_at) VALUES "
					+ "(1, 'UNIVERSITY', 'GUANGDONG', 1, '中山大學', '中山大学', 'Sun Yat-sen University', NULL, 0, "
					+ "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP), "
					+ "(2, 'UNIVERSITY', 'GUANGDONG', 1, '北京大學', '北京大学', 'peking University', 'Universidade de Pequim', 0, "
					+ "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP), "
					+ "(3, 'ENTERPRISE', 'GUANGDONG', 1, '阿里巴巴', '阿里巴巴', 'Alibaba', 'Évora Alibaba', 0, "
					+ "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
		}

		flyway(null).migrate();

		try (Connection connection = connect()) {
			assertThat(keysOf(connection, 1))
				.isEqualTo(NameSortKeys.of(new LocalizedText("中山大學", "中山大学", "Sun Yat-sen University", null)));
			assertThat(keysOf(connection, 3))
				.isEqualTo(NameSortKeys.of(new LocalizedText("阿里巴巴", "阿里巴巴", "Alibaba", "Évora Alibaba")));
			assertThat(idsOrderedBy(connection, "name_sort_zh_hans")).containsExactly(3L, 2L, 1L);
			assertThat(idsOrderedBy(connection, "name_sort_zh_hant")).containsExactly(1L, 2L, 3L);
			assertThat(idsOrderedBy(connection, "name_sort_en")).containsExactly(3L, 2L, 1L);
			// Portuguese: Évora Alibaba, Sun Yat-sen University (English), Universidade
			// de
			// Pequim
			assertThat(idsOrderedBy(connection, "name_sort_pt")).containsExactly(3L, 1L, 2L);
		}
	}

	@Test
	void eachLanguagesKeyIsIndexedWithTheIdAndTheEnglishNameNoLonger() throws SQLException {
		flyway(null).migrate();

		try (Connection connection = connect()) {
			assertThat(indexes(connection, "person"))
				.contains("ix_person_name_zh_hant", "ix_person_name_zh_hans", "ix_person_name_en", "ix_person_name_pt")
				.doesNotContain("ix_person_name");
		}
	}

	private static List<String> indexes(Connection connection, String table) throws SQLException {
		List<String> names = new ArrayList<>();
		try (ResultSet indexes = connection.getMetaData()
			.getIndexInfo(connection.getCatalog(), connection.getSchema(), table, false, false)) {
			while (indexes.next()) {
				names.add(indexes.getString("INDEX_NAME").toLowerCase());
			}
		}
		return names;
	}

	private NameSortKeys keysOf(Connection connection, long id) throws SQLException {
		try (PreparedStatement select = connection.prepareStatement("SELECT name_sort_zh_hant, name_sort_zh_hans, "
				+ "name_sort_en, name_sort_pt FROM organization WHERE id = ?")) {
			select.setLong(1, id);
			try (ResultSet row = select.executeQuery()) {
				assertThat(row.next()).isTrue();
				return new NameSortKeys(row.getString(1), row.getString(2), row.getString(3), row.getString(4));
			}
		}
	}

	private static List<Long> idsOrderedBy(Connection connection, String column) throws SQLException {
		List<Long> ids = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT id FROM organization ORDER BY " + column + ", id")) {
			while (rows.next()) {
				ids.add(rows.getLong(1));
			}
		}
		return ids;
	}

	private Flyway flyway(String target) {
		var configuration = Flyway.configure()
			.dataSource(this.url, this.user, this.password)
			.locations("classpath:db/migration")
			.cleanDisabled(false);
		if (target != null) {
			configuration.target(target);
		}
		return configuration.load();
	}

	private Connection connect() throws SQLException {
		return DriverManager.getConnection(this.url, this.user, this.password);
	}

	/**
	 * The URL of this test's database next to the MySQL test database, created if it does
	 * not exist.
	 */
	private static String ownDatabase(String testUrl) throws SQLException {
		Matcher matcher = DATABASE_IN_URL.matcher(testUrl);
		if (!matcher.matches()) {
			throw new IllegalStateException("MYSQL_URL must name a database: " + testUrl);
		}
		String database = matcher.group(2) + "_name_sort";
		try (Connection connection = DriverManager.getConnection(matcher.group(1) + matcher.group(3),
				TestDatabase.mysqlUser(), TestDatabase.mysqlPassword());
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE IF NOT EXISTS " + database + " CHARACTER SET utf8mb4");
		}
		return matcher.group(1) + database + matcher.group(3);
	}

}
