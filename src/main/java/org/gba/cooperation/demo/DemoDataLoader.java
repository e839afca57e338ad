package org.gba.cooperation.demo;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.stereotype.Component;

/**
 * Loads {@code db/demo/demo-data.sql} right after Flyway has migrated, in the same start-up step, so
 * the API never serves before its data is there. Only into a database without organisations: a
 * restart or a database with real data is left alone.
 */
@Component
@ConditionalOnBooleanProperty("gba.demo-data.enabled")
class DemoDataLoader implements Callback {

	private static final Logger logger = LoggerFactory.getLogger(DemoDataLoader.class);

	private static final String SCRIPT = "db/demo/demo-data.sql";

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
			logger.warn("Loaded the DEMO DATA (gba.demo-data.enabled=true): fictional people, sample records. "
					+ "Never enable this in production.");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not load the demo data", ex);
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
