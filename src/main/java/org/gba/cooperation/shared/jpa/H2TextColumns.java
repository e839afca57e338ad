package org.gba.cooperation.shared.jpa;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.springframework.stereotype.Component;

/**
 * On the embedded H2 only, after the migrations: lifts the length limit of every text
 * column. H2 measures a {@code VARCHAR(n)} in UTF-16 units, so a 200-character name of
 * characters outside the Basic Multilingual Plane (CJK Extension B, common in Hong Kong
 * names, or 𝔸) would not fit in the 200 its column promises, while MySQL and MariaDB
 * measure characters. The application bounds every text input in characters (code points)
 * before it is written, so on H2 the column needs no bound of its own. Runs after each
 * migration and leaves columns it already lifted alone. (Flyway has no per-vendor type
 * mapping, and writing the migrations twice would let the two copies drift.)
 */
@Component
class H2TextColumns implements Callback {

	/** H2's longest {@code CHARACTER VARYING}: a column declared without a length. */
	private static final long UNBOUNDED = 1_000_000_000;

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
			if (!connection.getMetaData().getDatabaseProductName().equals("H2")) {
				return;
			}
			List<String> alterations = new ArrayList<>();
			try (Statement statement = connection.createStatement();
					ResultSet columns = statement.executeQuery(
							"""
									select table_name, column_name, data_type from information_schema.columns
									where table_schema = schema() and lower(data_type) in ('character varying', 'varchar_ignorecase')
									and character_maximum_length < %d and lower(table_name) <> 'flyway_schema_history'"""
								.formatted(UNBOUNDED))) {
				while (columns.next()) {
					alterations.add("alter table \"%s\" alter column \"%s\" set data type %s"
						.formatted(columns.getString(1), columns.getString(2), columns.getString(3)));
				}
			}
			try (Statement statement = connection.createStatement()) {
				for (String alteration : alterations) {
					statement.execute(alteration);
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not lift the length limits of H2's text columns", ex);
		}
	}

	@Override
	public String getCallbackName() {
		return "h2-text-columns";
	}

}
