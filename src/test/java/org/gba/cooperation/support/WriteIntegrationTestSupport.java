package org.gba.cooperation.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base class of the tests that write. They run against a database of their own (on H2 another
 * in-memory database, on MySQL the test database's name with {@code _writes} appended), loaded with
 * the same demo data, so that what they change never shows in the read tests' expected numbers.
 * Tests that write share that database: each asserts on records it creates or on the fields it
 * changes, never on totals of the whole data set.
 */
public abstract class WriteIntegrationTestSupport extends GraphQlIntegrationTestSupport {

	private static final Pattern DATABASE_IN_URL = Pattern.compile("(jdbc:mysql://[^/]+/)([^?]+)(.*)");

	@DynamicPropertySource
	static void writesDatabase(DynamicPropertyRegistry registry) {
		if (TestDatabase.mysqlRequested() && TestDatabase.mysqlUrl() != null) {
			String url = writesUrl(TestDatabase.mysqlUrl());
			registry.add(TestDatabase.DATABASE_URL_PROPERTY, () -> url);
		}
		else {
			registry.add("spring.datasource.url", () -> "jdbc:h2:mem:gba_writes;MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
					+ "CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1;IGNORECASE=TRUE");
		}
	}

	/** The URL of the writes database next to the test database, created if it does not exist. */
	private static String writesUrl(String testUrl) {
		Matcher matcher = DATABASE_IN_URL.matcher(testUrl);
		if (!matcher.matches()) {
			throw new IllegalStateException("MYSQL_URL must name a database: " + testUrl);
		}
		String database = matcher.group(2) + "_writes";
		try (Connection connection = DriverManager.getConnection(matcher.group(1) + matcher.group(3),
				TestDatabase.mysqlUser(), TestDatabase.mysqlPassword());
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE IF NOT EXISTS " + database + " CHARACTER SET utf8mb4");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot create the writes test database " + database, ex);
		}
		return matcher.group(1) + database + matcher.group(3);
	}

}
