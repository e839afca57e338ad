package org.gba.cooperation.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base class of the tests that write. They run against a database of their own (on H2
 * another in-memory database, on MySQL the test database's name with {@code _writes}
 * appended), loaded with the same demo data, so that what they change never shows in the
 * read tests' expected numbers. Tests that write share that database: each asserts on
 * records it creates or on the fields it changes, never on totals of the whole data set.
 */
public abstract class WriteIntegrationTestSupport extends GraphQlIntegrationTestSupport {

	/** The application's clock. */
	@Autowired
	private Clock clock;

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

	/**
	 * The URL of the writes database next to the test database, created if it does not
	 * exist.
	 */
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

	/** Runs the mutation document with this input as the client. */
	protected static GraphQlTester.Response execute(HttpGraphQlTester client, String document,
			Map<String, Object> input) {
		return client.documentName(document).variable("input", input).execute();
	}

	/**
	 * The mutation a document of its module's folder runs: there a mutation's document is
	 * named after it ({@code events/createInvestmentEvent} runs
	 * {@code createInvestmentEvent}), so tests name the document alone.
	 */
	protected static String mutationOf(String document) {
		return document.substring(document.lastIndexOf('/') + 1);
	}

	/**
	 * The object a mutation answered in the field {@code object} of its payload, after
	 * checking it has no user errors.
	 */
	protected static Map<String, Object> succeeded(GraphQlTester.Response response, String mutation, String object) {
		response.path(mutation + ".userErrors").entityList(Object.class).hasSize(0);
		return response.path(mutation + "." + object).entity(OBJECT).get();
	}

	/**
	 * The user errors of a refused mutation, after checking its payload's field
	 * {@code object} is null.
	 */
	protected static List<Map<String, Object>> userErrorsOf(GraphQlTester.Response response, String mutation,
			String object) {
		response.path(mutation + "." + object).valueIsNull();
		return response.path(mutation + ".userErrors").entityList(OBJECT).get();
	}

	/**
	 * The one user error of a refused mutation, after checking its payload's field
	 * {@code object} is null.
	 */
	protected static Map<String, Object> onlyUserError(GraphQlTester.Response response, String mutation,
			String object) {
		List<Map<String, Object>> errors = userErrorsOf(response, mutation, object);
		assertThat(errors).hasSize(1);
		return errors.get(0);
	}

	/**
	 * The only user error of a refused mutation, after checking its code and field and
	 * that {@code object} is null.
	 */
	protected static Map<String, Object> assertOnlyUserError(GraphQlTester.Response response, String mutation,
			String object, String code, String... field) {
		List<Map<String, Object>> errors = userErrorsOf(response, mutation, object);
		assertThat(errors).singleElement()
			.satisfies((error) -> assertThat(error).containsEntry("code", code).containsEntry("field", List.of(field)));
		return errors.get(0);
	}

	/** Asserts a user error's code and field path, and that it has a message. */
	protected static void assertUserError(Map<String, Object> error, String code, String... field) {
		assertThat(error).containsEntry("code", code).containsEntry("field", Arrays.asList(field));
		assertThat((String) error.get("message")).isNotBlank();
	}

	/**
	 * Asserts a refusal as a GraphQL error (not a user error) with this classification.
	 */
	protected static void assertRefused(GraphQlTester.Response response, String classification) {
		response.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies(
						(error) -> assertThat(error.getExtensions()).containsEntry("classification", classification)));
	}

	/** The input of a change that names only the object's ID and version. */
	protected static Map<String, Object> versioned(String id, int version) {
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("id", id);
		input.put("version", version);
		return input;
	}

	/** The input of a change of the object: its ID and version, and the fields. */
	protected static Map<String, Object> on(Map<String, Object> object, Map<String, Object> fields) {
		Map<String, Object> input = new HashMap<>(fields);
		input.put("id", object.get("id"));
		input.put("version", object.get("version"));
		return input;
	}

	/**
	 * A new joint lab's input: these names, sector and host city, from 2027-03-01, led by
	 * {@code lead} if given.
	 */
	protected static Map<String, Object> jointLabInput(Map<String, Object> names, String sectorId, String cityId,
			@Nullable String lead) {
		Map<String, Object> input = new HashMap<>();
		input.put("names", names);
		input.put("sectorId", sectorId);
		input.put("hostCityId", cityId);
		input.put("startDate", "2027-03-01");
		return ledBy(input, lead);
	}

	/**
	 * The input, with {@code leadOrganizationId} set to {@code lead} unless it is null.
	 */
	protected static Map<String, Object> ledBy(Map<String, Object> input, @Nullable String lead) {
		if (lead != null) {
			input.put("leadOrganizationId", lead);
		}
		return input;
	}

	/** The ID of the first sector of the reference data. */
	protected String firstSectorId() {
		return idAt("{ sectors { id } }", "sectors[0].id");
	}

	/** The ID of the second city of the reference data. */
	protected String secondCityId() {
		return idAt("{ cities { id } }", "cities[1].id");
	}

	/**
	 * The audit entries of an object, as a coordinator reads them with this document,
	 * which takes its ID as {@code variable}.
	 */
	protected List<Map<String, Object>> auditTrailOf(String document, String variable, Object objectId) {
		return read(document, variable, objectId, "auditTrail.nodes").entityList(OBJECT).get();
	}

	/**
	 * The latest audit entry of an object, read with this document, which takes its ID as
	 * {@code objectId}.
	 */
	protected Map<String, Object> latestAuditEntry(String document, Object objectId) {
		List<Map<String, Object>> entries = auditTrailOf(document, "objectId", objectId);
		assertThat(entries).isNotEmpty();
		return entries.get(entries.size() - 1);
	}

	/** The changes of an audit entry, by field: {@code {before, after}}. */
	protected static Map<String, Map<String, Object>> changesByField(Map<String, Object> entry) {
		Map<String, Map<String, Object>> byField = new LinkedHashMap<>();
		for (Map<String, Object> change : list(entry, "changes")) {
			byField.put((String) change.get("field"), values(change.get("before"), change.get("after")));
		}
		return byField;
	}

	/**
	 * The values of a field before and after a change, as {@link #changesByField} gives
	 * them.
	 */
	protected static Map<String, Object> values(@Nullable Object before, @Nullable Object after) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("before", before);
		values.put("after", after);
		return values;
	}

	/**
	 * One change of an audit entry, as the audit trail lists it: {@code {field, before,
	 * after}}.
	 */
	protected static Map<String, @Nullable Object> change(String field, @Nullable String before,
			@Nullable String after) {
		Map<String, @Nullable Object> change = new LinkedHashMap<>();
		change.put("field", field);
		change.put("before", before);
		change.put("after", after);
		return change;
	}

	/**
	 * Today for the application: its clock's zone (the Bay Area's) decides, not the test
	 * machine's.
	 */
	protected LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
