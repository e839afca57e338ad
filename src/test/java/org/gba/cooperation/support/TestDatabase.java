package org.gba.cooperation.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Which database the integration suite runs against. The build runs the suite twice: once
 * on the embedded H2 and once with {@code -Dgba.it.database=mysql} against the server
 * named by {@code MYSQL_URL} (MySQL 8.4 or MariaDB 10.11; {@code MYSQL_USER},
 * {@code MYSQL_PASSWORD}).
 */
public final class TestDatabase {

	/**
	 * System property that selects the database: {@code h2} (default) or {@code mysql}.
	 */
	public static final String DATABASE_PROPERTY = "gba.it.database";

	/** Test property naming another database of the MySQL server for a group of tests. */
	public static final String DATABASE_URL_PROPERTY = "gba.test.database-url";

	/**
	 * System property that turns a missing MySQL server from a skip into a failure (set
	 * by CI).
	 */
	public static final String REQUIRE_MYSQL_PROPERTY = "gba.it.require-mysql";

	private static final Pattern DATABASE_IN_URL = Pattern.compile("(jdbc:mysql://[^/]+/)([^?]+)(.*)");

	private TestDatabase() {
	}

	public static boolean mysqlRequested() {
		return "mysql".equalsIgnoreCase(System.getProperty(DATABASE_PROPERTY, "h2"));
	}

	public static boolean mysqlRequired() {
		return Boolean.parseBoolean(System.getProperty(REQUIRE_MYSQL_PROPERTY, "false"))
				|| Boolean.parseBoolean(env().getOrDefault("GBA_REQUIRE_MYSQL", "false"));
	}

	public static @Nullable String mysqlUrl() {
		String url = env().get("MYSQL_URL");
		return (url == null || url.isBlank()) ? null : url;
	}

	public static String mysqlUser() {
		return env().getOrDefault("MYSQL_USER", "root");
	}

	public static String mysqlPassword() {
		return env().getOrDefault("MYSQL_PASSWORD", "");
	}

	/**
	 * Points the application at the MySQL server when the suite runs on MySQL; on H2
	 * changes nothing.
	 */
	public static void register(DynamicPropertyRegistry registry) {
		if (mysqlRequested() && mysqlUrl() != null) {
			// A placeholder, so that a test base class can point at another database of
			// the same server
			// (WriteIntegrationTestSupport) whatever order the registrations run in.
			registry.add("spring.datasource.url", () -> "${" + DATABASE_URL_PROPERTY + ":" + mysqlUrl() + "}");
			registry.add("spring.datasource.username", TestDatabase::mysqlUser);
			registry.add("spring.datasource.password", TestDatabase::mysqlPassword);
		}
	}

	/**
	 * An empty database of its own on the suite's MySQL server, named after the suite's
	 * with {@code suffix} appended (dropped first if it exists): its JDBC URL.
	 */
	public static String freshMysqlDatabase(String suffix) {
		String suiteUrl = Objects.requireNonNull(mysqlUrl(), "MYSQL_URL");
		Matcher url = DATABASE_IN_URL.matcher(suiteUrl);
		if (!url.matches()) {
			throw new IllegalStateException("MYSQL_URL must name a database: " + suiteUrl);
		}
		String database = url.group(2) + suffix;
		try (Connection connection = DriverManager.getConnection(url.group(1) + url.group(3), mysqlUser(),
				mysqlPassword()); Statement statement = connection.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + database);
			statement.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot create the test database " + database, ex);
		}
		return url.group(1) + database + url.group(3);
	}

	private static Map<String, String> env() {
		return System.getenv();
	}

}
