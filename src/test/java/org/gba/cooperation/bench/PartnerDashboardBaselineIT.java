package org.gba.cooperation.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.gba.cooperation.shared.GlobalId;
import org.gba.cooperation.shared.jpa.NameSortKeyColumns;
import org.gba.cooperation.support.DataMember;
import org.gba.cooperation.support.GraphQlIntegrationTestSupport;
import org.gba.cooperation.support.TestDatabase;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The baseline of the "partner dashboard" ({@code GET /bench/dashboard}, profile
 * {@code bench}) answers byte for byte the {@code data} member of the GraphQL response to
 * {@code bench/partner-dashboard.graphql} for an anonymous caller: on the demo data, then
 * on a generated variant (seeded: more than a page of each, every status, archived
 * records, names that tie, need escaping or sort by case, projects in several currencies,
 * events without capacity), in a constant number of SQL statements.
 * <p>
 * The class has a database of its own (its generated rows must not show in other tests'
 * numbers): on H2 another in-memory database, on MySQL/MariaDB the test database's name
 * with {@code _bench_baseline} appended.
 */
@ActiveProfiles(BenchApplication.PROFILE)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PartnerDashboardBaselineIT extends GraphQlIntegrationTestSupport {

	/**
	 * The statements of one dashboard: the totals, then page and children of each list
	 * (two for projects).
	 */
	private static final int STATEMENTS = 8;

	private static final Pattern DATABASE_IN_URL = Pattern.compile("(jdbc:mysql://[^/]+/)([^?]+)(.*)");

	@Autowired
	private DataSource dataSource;

	@DynamicPropertySource
	static void benchDatabase(DynamicPropertyRegistry registry) {
		String mysqlUrl = TestDatabase.mysqlUrl();
		if (TestDatabase.mysqlRequested() && mysqlUrl != null) {
			String url = siblingDatabase(mysqlUrl, "_bench_baseline");
			registry.add(TestDatabase.DATABASE_URL_PROPERTY, () -> url);
		}
		else {
			registry.add("spring.datasource.url",
					() -> "jdbc:h2:mem:gba_bench_baseline;MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
							+ "CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1;IGNORECASE=TRUE");
		}
	}

	@Test
	@Order(1)
	void answersTheDataOfGraphQlOnTheDemoData() {
		JsonNode data = assertSameData(null);
		// Not a comparison of two empty answers.
		assertThat(data.path("jointLabs").path("nodes").size()).isPositive();
		assertThat(data.path("crossBorderProjects").path("nodes").size()).isPositive();
		assertThat(data.path("investmentEvents").path("nodes").size()).isPositive();
		assertThat(data.findValues("investmentTotals").stream().anyMatch((totals) -> !totals.isEmpty())).isTrue();
		assertSameData("2026-05-01");
		assertSameData("2020-01-01");
		// No event from then on: an empty list, and a total of 0, on both sides.
		assertThat(assertSameData("2030-01-01").path("investmentEvents").path("totalCount").asInt()).isZero();
	}

	@Test
	@Order(2)
	void readsTheDemoDashboardInAConstantNumberOfStatements() {
		assertThat(statementsOfOneDashboard()).isEqualTo(STATEMENTS);
	}

	@Test
	@Order(3)
	void answersTheDataOfGraphQlOnGeneratedData() {
		new Variant(new JdbcTemplate(this.dataSource), new Random(8)).generate();
		JsonNode data = assertSameData(null);
		assertThat(data.path("jointLabs").path("nodes").size()).isEqualTo(20);
		assertThat(data.path("crossBorderProjects").path("nodes").size()).isEqualTo(20);
		assertThat(data.path("investmentEvents").path("nodes").size()).isEqualTo(20);
		assertSameData("2027-01-01");
		assertSameData("2025-06-30");
		assertThat(statementsOfOneDashboard()).isEqualTo(STATEMENTS);
	}

	@Test
	@Order(4)
	void showsAnArchivedMemberOrganisationAsGraphQlDoes() {
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		String firstLab = baselineData(null).path("jointLabs").path("nodes").path(0).path("id").asString();
		long labId = Long.parseLong(
				new String(java.util.Base64.getUrlDecoder().decode(firstLab), StandardCharsets.UTF_8).split(":")[1]);
		Long organizationId = jdbc.queryForObject(
				"SELECT MIN(organization_id) FROM joint_lab_member WHERE joint_lab_id = ?", Long.class, labId);
		jdbc.update("UPDATE organization SET archived_at = ? WHERE id = ?", LocalDateTime.of(2026, 1, 1, 0, 0),
				organizationId);
		try {
			// An archived organisation stays the member of a lab the caller sees
			// (AccessRules.referable).
			String graphQl = graphQlBody(null);
			assertThat(DataMember.names(graphQl)).doesNotContain("errors");
			JsonNode data = assertSameData(null);
			assertThat(data.path("jointLabs").path("nodes").path(0).path("members").toString())
				.contains(GlobalId.encode("Organization", organizationId));
		}
		finally {
			jdbc.update("UPDATE organization SET archived_at = NULL WHERE id = ?", organizationId);
		}
	}

	@Test
	void refusesADateThatIsNotIsoWithBadRequest() {
		this.http.get()
			.uri("/bench/dashboard?upcomingFrom=tomorrow")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].extensions.code")
			.isEqualTo("BAD_REQUEST")
			.jsonPath("$.errors[0].message")
			.value((message) -> assertThat((String) message).contains("upcomingFrom").doesNotContain("Exception"));
	}

	@Test
	void takesItsDefaultDateFromTheDocument() {
		assertThat(DashboardDocument.load().defaultUpcomingFrom()).isEqualTo(LocalDate.parse("2026-01-01"));
		assertThat(baselineBody("2026-01-01")).isEqualTo(baselineBody(null));
	}

	/**
	 * Fetches the dashboard both ways and asserts the baseline's answer is exactly
	 * {@code {"data":X}} where X is the raw text of the GraphQL response's {@code data}
	 * member (its {@code extensions} set aside).
	 */
	private JsonNode assertSameData(@Nullable String upcomingFrom) {
		String graphQl = graphQlBody(upcomingFrom);
		assertThat(DataMember.names(graphQl)).as(graphQl).doesNotContain("errors").contains("data");
		String data = DataMember.of(graphQl, "data");
		String baseline = baselineBody(upcomingFrom);
		assertThat(baseline).isEqualTo("{\"data\":" + data + "}");
		return JsonMapper.shared().readTree(data);
	}

	private JsonNode baselineData(@Nullable String upcomingFrom) {
		return JsonMapper.shared().readTree(DataMember.of(baselineBody(upcomingFrom), "data"));
	}

	private String graphQlBody(@Nullable String upcomingFrom) {
		Map<String, Object> request = new HashMap<>();
		request.put("query", DashboardDocument.load().text());
		if (upcomingFrom != null) {
			request.put("variables", Map.of(DashboardDocument.UPCOMING_FROM, upcomingFrom));
		}
		byte[] body = this.http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(request)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
		return new String(java.util.Objects.requireNonNull(body), StandardCharsets.UTF_8);
	}

	private String baselineBody(@Nullable String upcomingFrom) {
		byte[] body = this.http.get()
			.uri((upcomingFrom != null) ? "/bench/dashboard?upcomingFrom=" + upcomingFrom : "/bench/dashboard")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
		return new String(java.util.Objects.requireNonNull(body), StandardCharsets.UTF_8);
	}

	private long statementsOfOneDashboard() {
		this.statements.reset();
		baselineBody(null);
		return this.statements.count();
	}

	private static String siblingDatabase(String testUrl, String suffix) {
		Matcher matcher = DATABASE_IN_URL.matcher(testUrl);
		if (!matcher.matches()) {
			throw new IllegalStateException("MYSQL_URL must name a database: " + testUrl);
		}
		String database = matcher.group(2) + suffix;
		try (Connection connection = DriverManager.getConnection(matcher.group(1) + matcher.group(3),
				TestDatabase.mysqlUser(), TestDatabase.mysqlPassword());
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE IF NOT EXISTS " + database + " CHARACTER SET utf8mb4");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot create the test database " + database, ex);
		}
		return matcher.group(1) + database + matcher.group(3);
	}

	/**
	 * Seeded rows on top of the demo data: organisations, labs with members, projects
	 * with participants and investments, events with registrations, in every status, some
	 * archived.
	 */
	private record Variant(JdbcTemplate jdbc, Random random) {

		private static final int FIRST_ID = 100_000;

		/** Names that tie, differ only in case or accents, or need escaping in JSON. */
		private static final List<String> NAMES = List.of("Alpha", "alpha", "ALPHA", "Café", "Cafe", "\"Quoted\"",
				"Back\\slash", "Tab\tand newline\n", "深圳", "Zhuhai–Macao", "Ünïcödé", "🔬 Lab", "Lab", "lab");

		private static final LocalDateTime NOW = LocalDateTime.of(2026, 1, 1, 8, 0);

		void generate() {
			List<Long> cities = this.jdbc.queryForList("SELECT id FROM city", Long.class);
			List<Long> organizations = new ArrayList<>();
			for (int i = 0; i < 40; i++) {
				long id = FIRST_ID + i;
				this.jdbc
					.update("INSERT INTO organization (id, kind, jurisdiction, city_id, name_zh_hant, name_zh_hans,"
							+ " name_en, created_at, updated_at, archived_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
							id, pick("UNIVERSITY", "ENTERPRISE", "RESEARCH_INSTITUTE"),
							pick("GUANGDONG", "HONG_KONG", "MACAO"), pick(cities), "機構" + i, "机构" + i, name(i), NOW,
							NOW, null);
				organizations.add(id);
			}
			for (int i = 0; i < 60; i++) {
				long id = FIRST_ID + i;
				LocalDate start = LocalDate.of(2020, 1, 1).plusDays(this.random.nextInt(2000));
				this.jdbc.update(
						"INSERT INTO joint_lab (id, sector_id, host_city_id, status, start_date, end_date,"
								+ " name_zh_hant, name_zh_hans, name_en, created_at, updated_at, archived_at)"
								+ " VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
						id, pick(cities), pick("PLANNED", "UNDER_CONSTRUCTION", "OPERATING", "CLOSED", "OPERATING"),
						start, this.random.nextBoolean() ? start.plusYears(3) : null, "實驗室" + i, "实验室" + i, name(i),
						NOW, NOW, archived());
				List<Long> members = some(organizations, 1 + this.random.nextInt(4));
				for (int m = 0; m < members.size(); m++) {
					// The lead is not always the first row written: the API puts it first
					// anyway.
					String role = (m == members.size() - 1) ? "LEAD" : "PARTNER";
					this.jdbc.update(
							"INSERT INTO joint_lab_member (joint_lab_id, organization_id, role, joined_on,"
									+ " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
							id, members.get(m), role, start.plusDays(m), NOW, NOW);
				}
			}
			for (int i = 0; i < 60; i++) {
				long id = FIRST_ID + i;
				LocalDate start = LocalDate.of(2021, 1, 1).plusDays(this.random.nextInt(1500));
				this.jdbc.update(
						"INSERT INTO cross_border_project (id, sector_id, city_id, status, start_date, end_date,"
								+ " name_zh_hant, name_zh_hans, name_en, created_at, updated_at, archived_at)"
								+ " VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
						id, pick(cities),
						pick("PROPOSED", "APPROVED", "IN_PROGRESS", "COMPLETED", "SUSPENDED", "CANCELLED",
								"IN_PROGRESS"),
						start, this.random.nextBoolean() ? start.plusYears(2) : null, "項目" + i, "项目" + i, name(i), NOW,
						NOW, archived());
				List<Long> participants = some(organizations, 1 + this.random.nextInt(4));
				boolean withLead = this.random.nextInt(5) > 0;
				for (int p = 0; p < participants.size(); p++) {
					String role = (withLead && p == participants.size() - 1) ? "LEAD"
							: pick("PARTNER", "INVESTOR", "INSURER");
					this.jdbc.update(
							"INSERT INTO project_participant (project_id, organization_id, role, joined_on,"
									+ " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
							id, participants.get(p), role, start, NOW, NOW);
				}
				for (int k = this.random.nextInt(6); k > 0; k--) {
					BigDecimal amount = BigDecimal.valueOf(this.random.nextLong(1, 100_000_000_000L), 2)
						.setScale(2, RoundingMode.UNNECESSARY);
					this.jdbc.update(
							"INSERT INTO project_investment (project_id, investor_id, kind, amount, currency,"
									+ " committed_on, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
							id, pick(participants), pick("EQUITY", "GRANT", "LOAN", "RD_INSURANCE"), amount,
							pick("CNY", "HKD", "MOP", "USD"), start.plusDays(k), NOW, NOW);
				}
			}
			for (int i = 0; i < 80; i++) {
				long id = FIRST_ID + i;
				LocalDate start = LocalDate.of(2025, 1, 1).plusDays(this.random.nextInt(900));
				this.jdbc.update(
						"INSERT INTO investment_event (id, kind, status, city_id, starts_on, ends_on, capacity,"
								+ " name_zh_hant, name_zh_hans, name_en, created_at, updated_at, archived_at)"
								+ " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
						id, pick("CONFERENCE", "EXPO", "TRADE_FAIR", "ROADSHOW", "FORUM"),
						pick("DRAFT", "PUBLISHED", "CANCELLED", "COMPLETED", "PUBLISHED", "PUBLISHED"), pick(cities),
						// Several events on one day: ties broken by ID.
						(i % 7 == 0) ? LocalDate.of(2026, 3, 1) : start, start.plusDays(3),
						this.random.nextBoolean() ? null : 10 + this.random.nextInt(500), "活動" + i, "活动" + i, name(i),
						NOW, NOW, archived());
				List<Long> registrants = some(organizations, this.random.nextInt(8));
				for (Long organization : registrants) {
					this.jdbc.update(
							"INSERT INTO event_registration (event_id, organization_id, status, registered_at,"
									+ " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
							id, organization, pick("REGISTERED", "REGISTERED", "WITHDRAWN"), NOW, NOW, NOW);
				}
			}
			// The names' sort keys, as the entities make them (orderBy: NAME sorts by
			// them).
			this.jdbc.execute((ConnectionCallback<Void>) (connection) -> {
				for (String table : NameSortKeyColumns.TABLES) {
					NameSortKeyColumns.fill(connection, table);
				}
				return null;
			});
		}

		private String name(int i) {
			return pick(NAMES) + ((this.random.nextInt(3) == 0) ? "" : " " + i);
		}

		private @Nullable LocalDateTime archived() {
			return (this.random.nextInt(8) == 0) ? NOW : null;
		}

		@SafeVarargs
		private <T> T pick(T... values) {
			return values[this.random.nextInt(values.length)];
		}

		private <T> T pick(List<T> values) {
			return values.get(this.random.nextInt(values.size()));
		}

		private <T> List<T> some(List<T> values, int count) {
			List<T> copy = new ArrayList<>(values);
			java.util.Collections.shuffle(copy, this.random);
			return copy.subList(0, Math.min(count, copy.size()));
		}

	}

}
