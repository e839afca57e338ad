package org.gba.cooperation.support;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * What the integration suite adds to the real application: a statement counter and a
 * clean database.
 */
@TestConfiguration(proxyBeanMethods = false)
public class IntegrationTestConfiguration {

	/**
	 * Counts every statement: the application's data source is already wrapped by
	 * datasource-micrometer (a datasource-proxy {@code ProxyDataSource}, for the spans of
	 * SQL statements), which hands each statement to every {@code QueryExecutionListener}
	 * bean, this one included. (A wrapper of the test's own would count each statement
	 * twice.)
	 */
	@Bean
	static StatementCounter statementCounter() {
		return new StatementCounter();
	}

	/**
	 * Every run starts from an empty schema, so the MySQL run does not depend on what an
	 * earlier one left.
	 */
	@Bean
	FlywayMigrationStrategy cleanMigrateStrategy() {
		return (flyway) -> {
			flyway.clean();
			flyway.migrate();
		};
	}

}
