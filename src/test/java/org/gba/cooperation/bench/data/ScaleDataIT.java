package org.gba.cooperation.bench.data;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.flywaydb.core.Flyway;
import org.gba.cooperation.bench.BenchApplication;
import org.gba.cooperation.people.Person;
import org.gba.cooperation.shared.search.SearchIndexing;
import org.gba.cooperation.support.GraphQlIntegrationTestSupport;
import org.gba.cooperation.support.TestDatabase;
import org.gba.cooperation.talent.TalentArrangement;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The CI smoke of the scale data generator: the application, started in the {@code bench}
 * profile at scale factor 0.01 on a database of its own (H2, or the MySQL test database's
 * name with {@code _bench_data} appended), generates the expected numbers of rows, the
 * same rows for the same seed on every database, and serves them through the API, search
 * included.
 */
@ActiveProfiles(BenchApplication.PROFILE)
class ScaleDataIT extends GraphQlIntegrationTestSupport {

	private static final BigDecimal SCALE_FACTOR = new BigDecimal("0.01");

	private static final long SEED = 42;

	/** Tables whose rows the determinism checks compare. */
	private static final List<String> CHECKED_TABLES = List.of("organization", "person", "joint_lab_member",
			"cross_border_project", "project_investment", "event_registration", "event_deal", "talent_arrangement");

	private static final Pattern DATABASE_IN_URL = Pattern.compile("(jdbc:mysql://[^/]+/)([^?]+)(.*)");

	@Autowired
	private DataSource dataSource;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@Autowired
	private SearchIndexing searchIndexing;

	@DynamicPropertySource
	static void scaleData(DynamicPropertyRegistry registry) {
		registry.add("gba.demo-data.enabled", () -> "false");
		registry.add("gba.bench.data.scale-factor", SCALE_FACTOR::toPlainString);
		registry.add("gba.bench.data.seed", () -> SEED);
		if (TestDatabase.mysqlRequested() && TestDatabase.mysqlUrl() != null) {
			String url = benchUrl(TestDatabase.mysqlUrl());
			registry.add(TestDatabase.DATABASE_URL_PROPERTY, () -> url);
		}
		else {
			registry.add("spring.datasource.url", () -> h2Url("gba_bench_data"));
		}
	}

	@Test
	void rowsFollowTheScaleFactor() {
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);

		assertThat(count(jdbc, "organization")).isEqualTo(ScaleDataGenerator.MIN_ORGANIZATIONS);
		assertThat(count(jdbc, "person")).isEqualTo(200);
		assertThat(count(jdbc, "joint_lab")).isEqualTo(10);
		assertThat(count(jdbc, "cross_border_project")).isEqualTo(100);
		assertThat(count(jdbc, "talent_arrangement")).isEqualTo(1000);
		assertThat(count(jdbc, "investment_event")).isEqualTo(10);
		// Drawn per project and event from skewed sizes: about the base number times the
		// scale factor.
		assertThat(count(jdbc, "project_investment")).isCloseTo(500, within(150L));
		assertThat(count(jdbc, "event_registration")).isCloseTo(200, within(100L));
	}

	@Test
	void everyJointLabAndProjectJoinsOrganisationsOfTwoJurisdictionsAndHasOneLead() {
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);

		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM joint_lab l WHERE (SELECT COUNT(DISTINCT o.jurisdiction) "
				+ "FROM joint_lab_member m JOIN organization o ON o.id = m.organization_id WHERE m.joint_lab_id = l.id) < 2",
				Long.class))
			.isZero();
		assertThat(
				jdbc.queryForObject(
						"SELECT COUNT(*) FROM cross_border_project p WHERE (SELECT COUNT(*) "
								+ "FROM project_participant x WHERE x.project_id = p.id AND x.role = 'LEAD') <> 1",
						Long.class))
			.isZero();
	}

	@Test
	void theStartUpIndexesTheGeneratedRecordsForSearch() {
		// The generator marks the index outdated; the mass indexer builds it before the
		// application serves.
		try (EntityManager reader = this.entityManagerFactory.createEntityManager()) {
			assertThat(Search.session(reader).search(Person.class).where((f) -> f.matchAll()).fetchTotalHitCount())
				.isEqualTo(200);
			assertThat(Search.session(reader)
				.search(TalentArrangement.class)
				.where((f) -> f.matchAll())
				.fetchTotalHitCount()).isEqualTo(1000);
		}
		// The build's figures, which the benchmark reports (documents per second).
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		long records = List
			.of("organization", "person", "joint_lab", "cross_border_project", "investment_event", "talent_arrangement")
			.stream()
			.mapToLong((table) -> count(jdbc, table))
			.sum();
		SearchIndexing.Build build = this.searchIndexing.lastBuild();
		assertThat(build).isNotNull();
		assertThat(build.documents()).isEqualTo(records);
		assertThat(build.types()).hasSize(6);
	}

	@Test
	void theSameSeedGivesTheSameRowsOnEveryDatabaseAndAnotherSeedOthers() throws Exception {
		Map<String, String> application;
		try (Connection connection = this.dataSource.getConnection()) {
			application = checksums(connection);
		}
		Map<String, String> again = checksums(generatedOnH2("gba_bench_again", SEED));
		Map<String, String> otherSeed = checksums(generatedOnH2("gba_bench_other_seed", SEED + 1));

		assertThat(again).isEqualTo(application);
		assertThat(otherSeed.get("talent_arrangement")).isNotEqualTo(application.get("talent_arrangement"));
		assertThat(otherSeed.get("organization")).isNotEqualTo(application.get("organization"));
	}

	@Test
	void theApiServesTheGeneratedDataAndFindsItsNames() {
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		String name = jdbc.queryForObject("SELECT name_zh_hant FROM cross_border_project WHERE id = 7", String.class);
		String simplified = jdbc.queryForObject("SELECT name_zh_hans FROM cross_border_project WHERE id = 7",
				String.class);

		var response = this.graphQl.documentName("bench/benchScaleData").variable("search", name).execute();

		response.path("organizations.totalCount").entity(Integer.class).isEqualTo(ScaleDataGenerator.MIN_ORGANIZATIONS);
		response.path("people.totalCount").entity(Integer.class).isEqualTo(200);
		response.path("jointLabs.totalCount").entity(Integer.class).isEqualTo(10);
		response.path("investmentEvents.totalCount").entity(Integer.class).isEqualTo(10);
		response.path("talentArrangements.totalCount").entity(Integer.class).isEqualTo(1000);
		response.path("crossBorderProjects.nodes[*].names.zhHans").entityList(String.class).contains(simplified);
		assertThat(response.path("jointLabs.nodes[0].members").entityList(Object.class).get())
			.hasSizeGreaterThanOrEqualTo(2);
		assertThat(response.path("jointLabs.nodes[0].memberJurisdictions").entityList(String.class).get())
			.hasSizeGreaterThanOrEqualTo(2);
	}

	@Test
	void theAnonymousSeeThePublishedPartOnly() {
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		long published = jdbc.queryForObject(
				"SELECT COUNT(*) FROM cross_border_project WHERE status IN ('APPROVED', 'IN_PROGRESS', 'SUSPENDED', 'COMPLETED')",
				Long.class);

		var response = this.anonymous.documentName("bench/benchScaleData").execute();

		assertThat(published).isBetween(50L, 99L);
		response.path("crossBorderProjects.totalCount").entity(Long.class).isEqualTo(published);
		response.path("jointLabs.totalCount").entity(Integer.class).satisfies((labs) -> assertThat(labs).isPositive());
	}

	/** A new H2 database, migrated, with the scale data of this seed generated in it. */
	private Connection generatedOnH2(String name, long seed) throws SQLException {
		String url = h2Url(name);
		Flyway.configure()
			.dataSource(url, "sa", "")
			.locations("classpath:db/migration")
			.cleanDisabled(false)
			.load()
			.clean();
		Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
		Connection connection = DriverManager.getConnection(url, "sa", "");
		ScaleDataGenerator.generate(connection, SCALE_FACTOR, seed, 500);
		return connection;
	}

	/**
	 * A SHA-256 of every row of each checked table, in ID order, values in a
	 * database-independent form.
	 */
	private static Map<String, String> checksums(Connection connection) throws SQLException, NoSuchAlgorithmException {
		Map<String, String> checksums = new LinkedHashMap<>();
		try (connection) {
			for (String table : CHECKED_TABLES) {
				MessageDigest digest = MessageDigest.getInstance("SHA-256");
				try (Statement statement = connection.createStatement();
						ResultSet rows = statement.executeQuery("SELECT * FROM " + table + " ORDER BY id")) {
					ResultSetMetaData columns = rows.getMetaData();
					while (rows.next()) {
						for (int i = 1; i <= columns.getColumnCount(); i++) {
							digest.update(
									(columns.getColumnLabel(i).toLowerCase() + "=" + canonical(rows.getObject(i)) + ";")
										.getBytes(StandardCharsets.UTF_8));
						}
					}
				}
				checksums.put(table, HexFormat.of().formatHex(digest.digest()));
			}
		}
		return checksums;
	}

	private static String canonical(Object value) {
		if (value instanceof BigDecimal amount) {
			return amount.stripTrailingZeros().toPlainString();
		}
		if (value instanceof java.sql.Date date) {
			return date.toLocalDate().toString();
		}
		if (value instanceof java.sql.Timestamp time) {
			return time.toLocalDateTime().toString();
		}
		if (value instanceof Number number) {
			return String.valueOf(number.longValue());
		}
		return String.valueOf(value);
	}

	private static long count(JdbcTemplate jdbc, String table) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
	}

	private static String h2Url(String name) {
		return "jdbc:h2:mem:" + name + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;"
				+ "DB_CLOSE_DELAY=-1;IGNORECASE=TRUE";
	}

	/**
	 * The URL of the bench database next to the MySQL test database, created if it does
	 * not exist.
	 */
	private static String benchUrl(String testUrl) {
		Matcher matcher = DATABASE_IN_URL.matcher(testUrl);
		if (!matcher.matches()) {
			throw new IllegalStateException("MYSQL_URL must name a database: " + testUrl);
		}
		String database = matcher.group(2) + "_bench_data";
		try (Connection connection = DriverManager.getConnection(matcher.group(1) + matcher.group(3),
				TestDatabase.mysqlUser(), TestDatabase.mysqlPassword());
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE IF NOT EXISTS " + database + " CHARACTER SET utf8mb4");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot create the bench test database " + database, ex);
		}
		return matcher.group(1) + database + matcher.group(3);
	}

}
