package org.gba.cooperation.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips the integration suite, visibly, when it is asked to run on MySQL but no server is
 * named by {@code MYSQL_URL}; fails it instead when a MySQL run is required (CI sets
 * {@code GBA_REQUIRE_MYSQL=true}).
 */
public class DatabaseAvailableCondition implements ExecutionCondition {

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (!TestDatabase.mysqlRequested()) {
			return ConditionEvaluationResult.enabled("Running on embedded H2");
		}
		if (TestDatabase.mysqlUrl() != null) {
			return ConditionEvaluationResult.enabled("Running on MySQL at " + TestDatabase.mysqlUrl());
		}
		String message = "MySQL run SKIPPED: set MYSQL_URL (and MYSQL_USER, MYSQL_PASSWORD) to a MySQL 8.4 or "
				+ "MariaDB 10.11 test database to run the integration suite on it";
		if (TestDatabase.mysqlRequired()) {
			throw new ExtensionConfigurationException(message + " (required here: GBA_REQUIRE_MYSQL=true)");
		}
		System.err.println("WARNING: " + message);
		return ConditionEvaluationResult.disabled(message);
	}

}
