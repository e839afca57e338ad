package db.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.gba.cooperation.shared.NameSortKeys;
import org.gba.cooperation.shared.jpa.NameSortKeyColumns;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Names sort in the reader's language (issue 15): each table ordered by name gets the
 * four sort keys of its names ({@link NameSortKeys}: {@code name_sort_zh_hant},
 * {@code _zh_hans}, {@code _en}, {@code _pt}), made for the rows already there, and an
 * index {@code (key, id)} per language for keyset pages; the index on the English name,
 * which only ordered pages, goes.
 * <p>
 * In Java, because ICU makes the keys. The keys are ASCII (hexadecimal) compared byte for
 * byte: on MySQL and MariaDB the columns are {@code ascii_bin}, since the default
 * collations ignore case; on H2, which knows no per-column collation, a lowercase
 * hexadecimal key sorts the same with or without its {@code IGNORECASE=TRUE}. The width
 * is {@link org.gba.cooperation.shared.text.NameCollation#MAX_KEY_LENGTH}, written out
 * here because a migration never changes.
 */
public class V8__name_sort_keys extends BaseJavaMigration {

	private static final Logger logger = LoggerFactory.getLogger(V8__name_sort_keys.class);

	/** The tables ordered by name, and the prefixes of their index names (V1's). */
	private static final Map<String, String> TABLES = Map.of("organization", "organization", "person", "person",
			"joint_lab", "joint_lab", "cross_border_project", "project", "investment_event", "event");

	private static final List<String> LANGUAGES = List.of("zh_hant", "zh_hans", "en", "pt");

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		boolean h2 = connection.getMetaData().getDatabaseProductName().equals("H2");
		String type = h2 ? "VARCHAR(1000) DEFAULT '' NOT NULL"
				: "VARCHAR(1000) CHARACTER SET ascii COLLATE ascii_bin NOT NULL DEFAULT ''";
		for (Map.Entry<String, String> table : TABLES.entrySet()) {
			String name = table.getKey();
			try (Statement statement = connection.createStatement()) {
				for (String language : LANGUAGES) {
					statement.execute("ALTER TABLE " + name + " ADD COLUMN name_sort_" + language + " " + type);
				}
				long rows = NameSortKeyColumns.fill(connection, name);
				for (String language : LANGUAGES) {
					statement.execute("CREATE INDEX ix_" + table.getValue() + "_name_" + language + " ON " + name
							+ " (name_sort_" + language + ", id)");
				}
				String byEnglishName = "ix_" + table.getValue() + "_name";
				if (hasIndex(connection, name, byEnglishName)) {
					statement.execute("DROP INDEX " + byEnglishName + " ON " + name);
				}
				logger.info("Name sort keys made for the {} rows of {}", rows, name);
			}
		}
	}

	private static boolean hasIndex(Connection connection, String table, String index) throws SQLException {
		try (ResultSet indexes = connection.getMetaData()
			.getIndexInfo(connection.getCatalog(), connection.getSchema(), table, false, false)) {
			while (indexes.next()) {
				if (index.equalsIgnoreCase(indexes.getString("INDEX_NAME"))) {
					return true;
				}
			}
		}
		return false;
	}

}
