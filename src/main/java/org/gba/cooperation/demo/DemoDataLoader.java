package org.gba.cooperation.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.gba.cooperation.shared.LocalizedText;
import org.gba.cooperation.shared.NameSortKeys;
import org.gba.cooperation.shared.jpa.NameSortKeyColumns;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.stereotype.Component;

/**
 * Loads {@code db/demo/demo-data.sql} right after Flyway has migrated, in the same
 * start-up step, so the API never serves before its data is there. Only into a database
 * without organisations: a restart or a database with real data is left alone.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@ConditionalOnBooleanProperty("gba.demo-data.enabled")
class DemoDataLoader implements Callback {

	private static final Logger logger = LoggerFactory.getLogger(DemoDataLoader.class);

	private static final String SCRIPT = "db/demo/demo-data.sql";

	/**
	 * The localised texts of the demo data: table and field (columns
	 * {@code <field>_zh_hant}...).
	 */
	private static final String[][] LOCALIZED_TEXTS = { { "organization", "name" }, { "person", "name" },
			{ "joint_lab", "name" }, { "joint_lab", "description" }, { "cross_border_project", "name" },
			{ "cross_border_project", "description" }, { "project_milestone", "title" }, { "investment_event", "name" },
			{ "investment_event", "venue" }, { "investment_event", "description" }, { "event_deal", "title" },
			{ "talent_arrangement", "description" } };

	@Override
	public boolean supports(Event event, Context context) {
		return event == Event.AFTER_MIGRATE;
	}

	@Override
	public boolean canHandleInTransaction(Event event, Context context) {
		return true;
	}

	@Override
	public void handle(Event event, Context context) {
		Connection connection = context.getConnection();
		try {
			if (hasOrganizations(connection)) {
				logger.info("Demo data enabled, but the database already holds organisations: not loaded again");
				return;
			}
			ScriptUtils.executeSqlScript(connection, new EncodedResource(new ClassPathResource(SCRIPT), "UTF-8"));
			int converted = completeChineseScripts(connection);
			sortNames(connection);
			// The search index is built at start-up (SearchIndexing), with the demo data
			// in
			// it.
			try (Statement statement = connection.createStatement()) {
				statement.executeUpdate("DELETE FROM search_index_state");
			}
			logger.warn("Loaded the DEMO DATA (gba.demo-data.enabled=true): fictional people, sample records. "
					+ "Never enable this in production. {} texts given in one Chinese script got the other by conversion.",
					converted);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not load the demo data", ex);
		}
	}

	/**
	 * Gives every demo text written in one Chinese script only the other one, marked as
	 * machine-converted, exactly as a write through the API would
	 * ({@link LocalizedText#written}).
	 */
	private static int completeChineseScripts(Connection connection) throws SQLException {
		int converted = 0;
		for (String[] text : LOCALIZED_TEXTS) {
			String table = text[0];
			String field = text[1];
			String select = "SELECT id, %1$s_zh_hant, %1$s_zh_hans, %1$s_en, %1$s_pt FROM %2$s WHERE (%1$s_zh_hant IS NULL) <> (%1$s_zh_hans IS NULL)"
				.formatted(field, table);
			String update = "UPDATE %2$s SET %1$s_zh_hant = ?, %1$s_zh_hans = ?, %1$s_machine = ? WHERE id = ?"
				.formatted(field, table);
			try (Statement statement = connection.createStatement();
					ResultSet rows = statement.executeQuery(select);
					PreparedStatement write = connection.prepareStatement(update)) {
				while (rows.next()) {
					LocalizedText completed = LocalizedText.written(rows.getString(2), rows.getString(3),
							rows.getString(4), rows.getString(5));
					write.setString(1, completed.zhHant());
					write.setString(2, completed.zhHans());
					write.setString(3, completed.machine());
					write.setLong(4, rows.getLong(1));
					converted += write.executeUpdate();
				}
			}
		}
		return converted;
	}

	/**
	 * Gives every demo record with a name the sort keys of its names
	 * ({@link NameSortKeys}), as its entity would have them, once the names are complete.
	 */
	private static void sortNames(Connection connection) throws SQLException {
		for (String table : NameSortKeyColumns.TABLES) {
			NameSortKeyColumns.fill(connection, table);
		}
	}

	private static boolean hasOrganizations(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM organization")) {
			rows.next();
			return rows.getLong(1) > 0;
		}
	}

	@Override
	public String getCallbackName() {
		return "gba-demo-data";
	}

}
