package org.gba.cooperation.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import javax.sql.DataSource;

import org.gba.cooperation.support.GraphQlIntegrationTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gba.cooperation.support.GlobalIds.globalId;

/**
 * The {@code statistics} query against the demo data (40 labs: 1-20 OPERATING, 21-40
 * PLANNED or UNDER_CONSTRUCTION, each with a Guangdong lead; 40 projects; 18 events; 96
 * arrangements). Expectations are derived independently of the grouped SQL under test:
 * from the rows themselves, read with plain JDBC and grouped here, from the connections'
 * {@code totalCount} with the same filter, and from a few numbers checked by hand.
 */
class StatisticsIT extends GraphQlIntegrationTestSupport {

	@Autowired
	private DataSource dataSource;

	private JdbcTemplate jdbc;

	@BeforeEach
	void connectJdbc() {
		this.jdbc = new JdbcTemplate(this.dataSource);
	}

	// Joint labs

	@Test
	void labsPerJurisdictionAndFieldCountEachLabOnceInEveryJurisdictionOfItsMembers() {
		Map<List<Object>, Set<Long>> labs = new HashMap<>();
		this.jdbc.query("""
				select l.id, l.sector_id, o.jurisdiction from joint_lab l
				join joint_lab_member m on m.joint_lab_id = l.id join organization o on o.id = m.organization_id
				where l.archived_at is null""", (row) -> {
			labs.computeIfAbsent(List.of(row.getString(3), globalId("Sector", row.getLong(2))),
					(key) -> new HashSet<>())
				.add(row.getLong(1));
		});
		Map<List<Object>, Integer> expected = new HashMap<>();
		labs.forEach((key, ids) -> expected.put(key, ids.size()));

		List<Map<String, Object>> buckets = labBuckets(analyst(), Map.of(), List.of("JURISDICTION", "SECTOR"));

		Map<List<Object>, Integer> actual = new HashMap<>();
		for (Map<String, Object> bucket : buckets) {
			assertThat(bucket.get("status")).isNull();
			actual.put(List.of(bucket.get("jurisdiction"), sectorOf(bucket).get("id")), (Integer) bucket.get("count"));
		}
		assertThat(actual).isEqualTo(expected);
		assertThat(buckets).extracting((bucket) -> bucket.get("jurisdiction"))
			.isSortedAccordingTo((a, b) -> jurisdictionOrder(a) - jurisdictionOrder(b));
	}

	@Test
	void aLabBucketCountsWhatTheConnectionFilteredByItsKeysCounts() {
		List<Map<String, Object>> buckets = labBuckets(analyst(), Map.of(), null);

		assertThat(buckets).hasSizeGreaterThan(5);
		for (Map<String, Object> bucket : List.of(buckets.get(0), buckets.get(buckets.size() / 2),
				buckets.get(buckets.size() - 1))) {
			Map<String, Object> filter = Map.of("jurisdictions", List.of(bucket.get("jurisdiction")), "sectors",
					List.of(sectorOf(bucket).get("id")), "statuses", List.of(bucket.get("status")));
			assertThat(bucket.get("count")).as("bucket %s", bucket)
				.isEqualTo(totalCounts(analyst(), filter, null, null, null).get(0));
		}
	}

	@Test
	void labsByStatusAndInTotalAreTheNumbersOfTheDemoData() {
		assertThat(labBuckets(analyst(), Map.of(), List.of())).singleElement()
			.satisfies((total) -> assertThat(total.get("count")).isEqualTo(40));
		Map<Object, Object> byStatus = new HashMap<>();
		labBuckets(analyst(), Map.of(), List.of("STATUS"))
			.forEach((bucket) -> byStatus.put(bucket.get("status"), bucket.get("count")));
		assertThat(byStatus.get("OPERATING")).isEqualTo(20);
		assertThat((Integer) byStatus.get("PLANNED") + (Integer) byStatus.get("UNDER_CONSTRUCTION")).isEqualTo(20);
		// Every lab has a Guangdong lead.
		assertThat(labBuckets(analyst(), Map.of(), List.of("JURISDICTION")).get(0))
			.containsEntry("jurisdiction", "GUANGDONG")
			.containsEntry("count", 40);
	}

	// Access

	@Test
	void anonymousCallersCountOnlyThePublishedLabsTheyCanList() {
		int anonymousCount = (Integer) labBuckets(this.anonymous, Map.of(), List.of()).get(0).get("count");

		assertThat(anonymousCount).isEqualTo(20)
			.isEqualTo(totalCounts(this.anonymous, Map.of(), null, null, null).get(0));
		assertThat(labBuckets(analyst(), Map.of(), List.of()).get(0).get("count")).isEqualTo(40);
		assertThat(labBuckets(this.anonymous, Map.of(), List.of("STATUS"))).extracting((bucket) -> bucket.get("status"))
			.isSubsetOf("OPERATING", "CLOSED");
	}

	@Test
	void aPartnerCountsOnlyPublishedRecordsNotTheDraftsItsOrganizationTakesPartIn() {
		long member = this.jdbc.queryForObject("""
				select min(m.organization_id) from joint_lab_member m join joint_lab l on l.id = m.joint_lab_id
				where l.status in ('PLANNED', 'UNDER_CONSTRUCTION')""", Long.class);
		HttpGraphQlTester partner = partnerOf(globalId("Organization", member));

		int partnerListed = totalCounts(partner, Map.of(), null, null, null).get(0);
		int partnerCounted = (Integer) labBuckets(partner, Map.of(), List.of()).get(0).get("count");

		assertThat(partnerListed).isGreaterThan(20);
		assertThat(partnerCounted).isEqualTo(20);
		assertThat(projectCount(partner)).isEqualTo(projectCount(this.anonymous)).isLessThan(projectCount(analyst()));
	}

	@Test
	void anonymousEventAndArrangementStatisticsCountWhatAnonymousCallersList() {
		Map<String, Object> statistics = counts(this.anonymous, Map.of());
		List<Integer> listed = totalCounts(this.anonymous, null, null, Map.of(), Map.of());

		assertThat(count(statistics, "events")).isEqualTo(listed.get(2));
		assertThat(count(statistics, "talentArrangements")).isEqualTo(listed.get(3));
		assertThat(count(counts(analyst(), Map.of()), "talentArrangements")).isEqualTo(96);
		assertThat(count(counts(analyst(), Map.of()), "events")).isEqualTo(18)
			.isGreaterThan(count(statistics, "events"));
	}

	// Projects

	@Test
	void projectsPerSectorYearAndLeadJurisdictionSumTheirInvestmentExactlyPerCurrency() {
		Map<Long, List<Object>> keyOfProject = new HashMap<>();
		this.jdbc.query("""
				select p.id, p.sector_id, p.start_date, o.jurisdiction from cross_border_project p
				join project_participant pp on pp.project_id = p.id and pp.role = 'LEAD'
				join organization o on o.id = pp.organization_id where p.archived_at is null""", (row) -> {
			keyOfProject.put(row.getLong(1), List.of(globalId("Sector", row.getLong(2)),
					row.getObject(3, LocalDate.class).getYear(), row.getString(4)));
		});
		Map<List<Object>, Integer> expectedCounts = new HashMap<>();
		keyOfProject.values().forEach((key) -> expectedCounts.merge(key, 1, Integer::sum));
		Map<List<Object>, Map<String, BigDecimal>> expectedSums = new HashMap<>();
		this.jdbc.query("select project_id, amount, currency from project_investment", (row) -> {
			List<Object> key = keyOfProject.get(row.getLong(1));
			if (key != null) {
				expectedSums.computeIfAbsent(key, (k) -> new TreeMap<>())
					.merge(row.getString(3), row.getBigDecimal(2), BigDecimal::add);
			}
		});

		List<Map<String, Object>> buckets = this.analyst()
			.documentName("statistics/statisticsProjectsByCurrency")
			.execute()
			.path("statistics.projects")
			.entityList(OBJECT)
			.get();

		Map<List<Object>, Integer> actualCounts = new HashMap<>();
		Map<List<Object>, Map<String, BigDecimal>> actualSums = new HashMap<>();
		for (Map<String, Object> bucket : buckets) {
			List<Object> key = List.of(sectorOf(bucket).get("id"), bucket.get("year"), bucket.get("leadJurisdiction"));
			actualCounts.put(key, (Integer) bucket.get("count"));
			Map<String, BigDecimal> sums = new TreeMap<>();
			list(bucket, "sumsByCurrency").forEach(
					(money) -> sums.put((String) money.get("currency"), new BigDecimal((String) money.get("amount"))));
			if (!sums.isEmpty()) {
				actualSums.put(key, sums);
			}
		}
		assertThat(actualCounts).isEqualTo(expectedCounts);
		assertThat(actualSums).isEqualTo(expectedSums);
		assertThat(actualCounts.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(40);
	}

	@Test
	void crossBorderInvestmentPerSectorAndYearInHkdConvertsEachCurrencysExactSumAndRoundsOnce() {
		Map<Long, List<Object>> keyOfProject = new HashMap<>();
		this.jdbc.query("select id, sector_id, start_date from cross_border_project where archived_at is null",
				(row) -> {
					keyOfProject.put(row.getLong(1),
							List.of(globalId("Sector", row.getLong(2)), row.getObject(3, LocalDate.class).getYear()));
				});
		Map<List<Object>, Map<String, BigDecimal>> sums = new HashMap<>();
		this.jdbc.query("select project_id, amount, currency from project_investment", (row) -> {
			sums.computeIfAbsent(keyOfProject.get(row.getLong(1)), (k) -> new HashMap<>())
				.merge(row.getString(3), row.getBigDecimal(2), BigDecimal::add);
		});

		List<Map<String, Object>> buckets = analyst().documentName("statistics/statisticsProjects")
			.variable("groupBy", List.of("SECTOR", "YEAR"))
			.variable("currency", "HKD")
			.variable("ratesOn", "2026-03-01")
			.execute()
			.path("statistics.projects")
			.entityList(OBJECT)
			.get();

		assertThat(buckets).hasSizeGreaterThan(5);
		for (Map<String, Object> bucket : buckets) {
			List<Object> key = List.of(sectorOf(bucket).get("id"), bucket.get("year"));
			assertThat(bucket.get("sum")).as("bucket %s", key)
				.isEqualTo(Map.of("amount", inHkdOnFirstOfMarch2026(sums.getOrDefault(key, Map.of())).toPlainString(),
						"currency", "HKD"));
		}
	}

	@Test
	void allInvestmentAndAllDealsInHkdAreTheHandCheckedTotalsOfTheDemoData() {
		Map<String, Object> projects = analyst().documentName("statistics/statisticsProjects")
			.variable("groupBy", List.of())
			.variable("currency", "HKD")
			.variable("ratesOn", "2026-03-01")
			.execute()
			.path("statistics.projects[0]")
			.entity(OBJECT)
			.get();
		Map<String, Object> events = analyst().documentName("statistics/statisticsEvents")
			.variable("groupBy", List.of())
			.variable("currency", "HKD")
			.variable("ratesOn", "2026-03-01")
			.execute()
			.path("statistics.events[0]")
			.entity(OBJECT)
			.get();

		// 79 investments: CNY 37,725,000,000 + HKD 2,575,000,000 + MOP 877,000,000 + USD
		// 25,000,000, at
		// 0.904 CNY, 1.031 MOP and 1/7.785 USD per HKD.
		assertThat(projects).containsEntry("count", 40)
			.containsEntry("sum", Map.of("amount", "45351450146.13", "currency", "HKD"))
			.containsEntry("sumsByCurrency",
					List.of(Map.of("amount", "37725000000.00", "currency", "CNY"),
							Map.of("amount", "2575000000.00", "currency", "HKD"),
							Map.of("amount", "877000000.00", "currency", "MOP"),
							Map.of("amount", "25000000.00", "currency", "USD")));
		// 43 deals: CNY 20,010,000,000 + HKD 11,250,000,000 + MOP 1,600,000,000 + USD
		// 1,880,000,000.
		assertThat(events).containsEntry("count", 18)
			.containsEntry("dealCount", 43)
			.containsEntry("sum", Map.of("amount", "49572647119.82", "currency", "HKD"));
	}

	@Test
	void sumsAreInCnyWhenNoCurrencyIsAsked() {
		analyst().documentName("statistics/statisticsProjects")
			.variable("groupBy", List.of())
			.variable("ratesOn", "2026-03-01")
			.execute()
			.path("statistics.projects[0].sum.currency")
			.entity(String.class)
			.isEqualTo("CNY");
	}

	@Test
	void aRateDateBeforeAnyKnownRateIsABadRequest() {
		GraphQlTester.Response response = analyst().documentName("statistics/statisticsProjects")
			.variable("currency", "HKD")
			.variable("ratesOn", "2001-01-01")
			.execute();

		assertGraphQlError(response, ErrorType.BAD_REQUEST);
		response.errors()
			.satisfy((errors) -> assertThat(errors.get(0).getMessage()).contains("No exchange rate")
				.doesNotContain("Exception"));
	}

	/**
	 * Sums per currency in HKD at the demo rates effective on 2026-03-01 (HKD to CNY
	 * 0.904, HKD to MOP 1.031, USD to HKD 7.785), as one exact fraction over 904 × 1031
	 * rounded once, half to even.
	 */
	private static BigDecimal inHkdOnFirstOfMarch2026(Map<String, BigDecimal> sums) {
		BigDecimal hkd = sums.getOrDefault("HKD", BigDecimal.ZERO)
			.add(sums.getOrDefault("USD", BigDecimal.ZERO).multiply(new BigDecimal("7.785")));
		BigDecimal numerator = hkd.multiply(new BigDecimal(904 * 1031))
			.add(sums.getOrDefault("CNY", BigDecimal.ZERO).multiply(new BigDecimal(1000 * 1031)))
			.add(sums.getOrDefault("MOP", BigDecimal.ZERO).multiply(new BigDecimal(1000 * 904)));
		return numerator.divide(new BigDecimal(904 * 1031), 2, java.math.RoundingMode.HALF_EVEN);
	}

	// Events

	@Test
	void eventsAndDealsPerMonthAndCityAreTheEventsRowsGrouped() {
		Map<Long, List<Object>> keyOfEvent = new HashMap<>();
		this.jdbc.query("select id, starts_on, city_id from investment_event where archived_at is null", (row) -> {
			LocalDate startsOn = row.getObject(2, LocalDate.class);
			keyOfEvent.put(row.getLong(1),
					List.of(startsOn.getYear(), startsOn.getMonthValue(), globalId("City", row.getLong(3))));
		});
		Map<List<Object>, Integer> expectedCounts = new HashMap<>();
		keyOfEvent.values().forEach((key) -> expectedCounts.merge(key, 1, Integer::sum));
		Map<List<Object>, Integer> expectedDeals = new HashMap<>();
		Map<List<Object>, Map<String, BigDecimal>> expectedSums = new HashMap<>();
		this.jdbc.query("select event_id, amount, currency from event_deal", (row) -> {
			List<Object> key = keyOfEvent.get(row.getLong(1));
			expectedDeals.merge(key, 1, Integer::sum);
			expectedSums.computeIfAbsent(key, (k) -> new TreeMap<>())
				.merge(row.getString(3), row.getBigDecimal(2), BigDecimal::add);
		});

		List<Map<String, Object>> buckets = analyst().documentName("statistics/statisticsEventsByCurrency")
			.execute()
			.path("statistics.events")
			.entityList(OBJECT)
			.get();

		Map<List<Object>, Integer> actualCounts = new HashMap<>();
		Map<List<Object>, Integer> actualDeals = new HashMap<>();
		Map<List<Object>, Map<String, BigDecimal>> actualSums = new HashMap<>();
		for (Map<String, Object> bucket : buckets) {
			List<Object> key = List.of(bucket.get("year"), bucket.get("month"),
					((Map<?, ?>) bucket.get("city")).get("id"));
			actualCounts.put(key, (Integer) bucket.get("count"));
			if ((Integer) bucket.get("dealCount") > 0) {
				actualDeals.put(key, (Integer) bucket.get("dealCount"));
			}
			Map<String, BigDecimal> sums = new TreeMap<>();
			list(bucket, "sumsByCurrency").forEach(
					(money) -> sums.put((String) money.get("currency"), new BigDecimal((String) money.get("amount"))));
			if (!sums.isEmpty()) {
				actualSums.put(key, sums);
			}
		}
		assertThat(actualCounts).isEqualTo(expectedCounts);
		assertThat(actualDeals).isEqualTo(expectedDeals).isNotEmpty();
		assertThat(actualSums).isEqualTo(expectedSums);
		assertThat(buckets).extracting((bucket) -> ((Integer) bucket.get("year")) * 100 + (Integer) bucket.get("month"))
			.isSorted();
	}

	// Talent arrangements

	@Test
	void theTalentModesOfMacaoPartnersAreCountedAsTheConnectionCountsThem() {
		List<Map<String, Object>> buckets = talentBuckets(analyst(), Map.of("jurisdictions", List.of("MACAO")),
				List.of("MODE"));

		assertThat(buckets).isNotEmpty();
		int total = 0;
		for (Map<String, Object> bucket : buckets) {
			assertThat(bucket).containsEntry("category", null).containsEntry("hostJurisdiction", null);
			Map<String, Object> filter = Map.of("hostJurisdictions", List.of("MACAO"), "modes",
					List.of(bucket.get("mode")));
			assertThat(bucket.get("count")).as("bucket %s", bucket)
				.isEqualTo(totalCounts(analyst(), null, null, null, filter).get(3));
			total += (Integer) bucket.get("count");
		}
		assertThat(total)
			.isEqualTo(totalCounts(analyst(), null, null, null, Map.of("hostJurisdictions", List.of("MACAO"))).get(3));
	}

	@Test
	void talentArrangementsByAllFourDimensionsAreTheRowsGrouped() {
		Map<List<Object>, Integer> expected = new HashMap<>();
		this.jdbc.query("""
				select t.mode, t.category, p.home_jurisdiction, o.jurisdiction from talent_arrangement t
				join person p on p.id = t.person_id join organization o on o.id = t.host_organization_id
				where t.archived_at is null""", (row) -> {
			expected.merge(List.of(row.getString(1), row.getString(2), row.getString(3), row.getString(4)), 1,
					Integer::sum);
		});

		Map<List<Object>, Integer> actual = new LinkedHashMap<>();
		for (Map<String, Object> bucket : talentBuckets(analyst(), Map.of(), null)) {
			actual.put(List.of(bucket.get("mode"), bucket.get("category"), bucket.get("homeJurisdiction"),
					bucket.get("hostJurisdiction")), (Integer) bucket.get("count"));
		}

		assertThat(actual).isEqualTo(expected);
	}

	// Cross-border pairs

	@Test
	void crossBorderPairsCountTheLabsAndProjectsWithOrganizationsOfBothJurisdictions() {
		Map<List<Object>, Integer> expected = new TreeMap<>((a, b) -> a.toString().compareTo(b.toString()));
		countPairs(
				"select joint_lab_id, o.jurisdiction from joint_lab_member m join organization o on o.id = m.organization_id",
				"JOINT_LAB", expected);
		countPairs(
				"select project_id, o.jurisdiction from project_participant m join organization o on o.id = m.organization_id",
				"PROJECT", expected);

		Map<List<Object>, Integer> actual = new TreeMap<>((a, b) -> a.toString().compareTo(b.toString()));
		List<Map<String, Object>> buckets = analyst().documentName("statistics/statisticsCrossBorderPairs")
			.variable("groupBy", List.of("RECORD_TYPE"))
			.execute()
			.path("statistics.crossBorderPairs")
			.entityList(OBJECT)
			.get();
		buckets.forEach((bucket) -> actual.put(List.of(bucket.get("jurisdictions"), bucket.get("recordType")),
				(Integer) bucket.get("count")));

		assertThat(actual).isEqualTo(expected);
		// Without RECORD_TYPE, labs and projects add up per pair.
		List<Map<String, Object>> together = analyst().documentName("statistics/statisticsCrossBorderPairs")
			.execute()
			.path("statistics.crossBorderPairs")
			.entityList(OBJECT)
			.get();
		int sumOfKinds = expected.values().stream().mapToInt(Integer::intValue).sum();
		assertThat(together.stream().mapToInt((bucket) -> (Integer) bucket.get("count")).sum()).isEqualTo(sumOfKinds);
		assertThat(together).allSatisfy((bucket) -> assertThat(bucket.get("recordType")).isNull());
		// By sector, each pair's buckets add up to the pair's count.
		Map<Object, Integer> bySector = new HashMap<>();
		analyst().documentName("statistics/statisticsCrossBorderPairs")
			.variable("groupBy", List.of("SECTOR"))
			.execute()
			.path("statistics.crossBorderPairs")
			.entityList(OBJECT)
			.get()
			.forEach((bucket) -> {
				assertThat(bucket.get("sector")).isNotNull();
				assertThat((Integer) bucket.get("count")).isPositive();
				bySector.merge(bucket.get("jurisdictions"), (Integer) bucket.get("count"), Integer::sum);
			});
		Map<Object, Integer> perPair = new HashMap<>();
		together.forEach((bucket) -> perPair.put(bucket.get("jurisdictions"), (Integer) bucket.get("count")));
		assertThat(bySector).isEqualTo(perPair);
	}

	private void countPairs(String sql, String type, Map<List<Object>, Integer> pairs) {
		Map<Long, Set<String>> jurisdictions = new HashMap<>();
		this.jdbc.query(
				sql + " where m."
						+ (type.equals("JOINT_LAB")
								? "joint_lab_id in (select id from joint_lab where archived_at is null)"
								: "project_id in (select id from cross_border_project where archived_at is null)"),
				(row) -> {
					jurisdictions.computeIfAbsent(row.getLong(1), (id) -> new TreeSet<>()).add(row.getString(2));
				});
		for (Set<String> of : jurisdictions.values()) {
			List<String> sorted = new ArrayList<>(of);
			for (int i = 0; i < sorted.size(); i++) {
				for (int j = i + 1; j < sorted.size(); j++) {
					pairs.merge(List.of(List.of(sorted.get(i), sorted.get(j)), type), 1, Integer::sum);
				}
			}
		}
	}

	// Filters

	@Test
	void aPeriodASectorAndAJurisdictionFilterAsTheConnectionsFiltersDo() {
		String sector = sectorId("ARTIFICIAL_INTELLIGENCE");
		Map<String, Object> period = Map.of("from", "2019-01-01", "to", "2023-12-31");
		for (Map<String, Object> filter : List.of(Map.<String, Object>of("period", period),
				Map.<String, Object>of("sectors", List.of(sector)),
				Map.<String, Object>of("jurisdictions", List.of("MACAO")),
				Map.<String, Object>of("period", period, "jurisdictions", List.of("HONG_KONG")))) {
			Map<String, Object> statistics = counts(analyst(), filter);
			Map<String, Object> labs = new HashMap<>();
			Map<String, Object> projects = new HashMap<>();
			Map<String, Object> events = new HashMap<>();
			Map<String, Object> talent = new HashMap<>();
			if (filter.containsKey("period")) {
				labs.put("startDate", period);
				projects.put("startDate", period);
				events.put("startsOn", period);
				talent.put("startDate", period);
			}
			if (filter.containsKey("sectors")) {
				labs.put("sectors", filter.get("sectors"));
				projects.put("sectors", filter.get("sectors"));
				events.put("sectors", filter.get("sectors"));
				talent.put("sectors", filter.get("sectors"));
			}
			if (filter.containsKey("jurisdictions")) {
				labs.put("jurisdictions", filter.get("jurisdictions"));
				projects.put("jurisdictions", filter.get("jurisdictions"));
				events.put("jurisdictions", filter.get("jurisdictions"));
				talent.put("hostJurisdictions", filter.get("jurisdictions"));
			}
			List<Integer> listed = totalCounts(analyst(), labs, projects, events, talent);
			assertThat(List.of(count(statistics, "jointLabs"), count(statistics, "projects"),
					count(statistics, "events"), count(statistics, "talentArrangements")))
				.as("filter %s", filter)
				.isEqualTo(listed);
		}
		assertThat(count(counts(analyst(), Map.of("jurisdictions", List.of("MACAO"))), "jointLabs")).isGreaterThan(0)
			.isLessThan(40);
	}

	@Test
	void anEmptyListOfJurisdictionsMatchesNothing() {
		assertThat(labBuckets(analyst(), Map.of("jurisdictions", List.of()), null)).isEmpty();
	}

	// SQL aggregates

	@Test
	void eachStatisticReadsNoRecordFromTheDatabaseWhateverTheNumberOfRecords() {
		HttpGraphQlTester analyst = analyst();
		// The search index aggregates; the database answers only the sectors or cities of
		// the keys and the exchange rates (one query) for sums.
		Map<String, Integer> documents = Map.of("statistics/statisticsJointLabs", 1, "statistics/statisticsProjects", 2,
				"statistics/statisticsEvents", 2, "statistics/statisticsTalentArrangements", 0,
				"statistics/statisticsCrossBorderPairs", 0);
		documents.forEach((document, most) -> {
			for (Map<String, Object> filter : List.of(Map.<String, Object>of(),
					Map.<String, Object>of("period", Map.of("from", "2023-01-01", "to", "2023-12-31")))) {
				this.statements.reset();
				analyst.documentName(document).variable("filter", filter).execute().errors().verify();
				List<String> executed = Arrays.stream(this.statements.statements().split("\n"))
					.filter((sql) -> !sql.isBlank())
					// The instance's background work meanwhile (the exports' heartbeat,
					// the
					// outbox agent with OpenSearch) is not the statistics'.
					.filter((sql) -> !sql.contains("bulk_export") && !sql.contains("hsearch_"))
					.toList();
				assertThat(executed).as("%s:%n%s", document, this.statements.statements())
					.hasSizeLessThanOrEqualTo(most)
					.allSatisfy((sql) -> assertThat(sql.toLowerCase())
						.matches("(?s)select .* from (sector|city|exchange_rate) .*"));
			}
		});
	}

	// The analysts' examples shipped for GraphiQL

	@Test
	void everyStatisticsExampleSaysWhatItAnswersAndAnswersItWithoutErrors() throws Exception {
		org.springframework.core.io.Resource[] examples = new org.springframework.core.io.support.PathMatchingResourcePatternResolver()
			.getResources("classpath:graphiql/examples/statistics-*.graphql");

		assertThat(examples).hasSize(5);
		for (org.springframework.core.io.Resource example : examples) {
			String document = example.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
			assertThat(document).as(example.getFilename()).startsWith("# ");
			Map<String, Object> statistics = analyst().document(document)
				.execute()
				.errors()
				.verify()
				.path("statistics")
				.entity(OBJECT)
				.get();
			assertThat(statistics.values()).as(example.getFilename())
				.singleElement()
				.satisfies((buckets) -> assertThat((List<?>) buckets).isNotEmpty());
		}
	}

	// Bad input

	@Test
	void aSectorThatIsNotASectorIdIsABadRequest() {
		GraphQlTester.Response response = analyst().documentName("statistics/statisticsJointLabs")
			.variable("filter", Map.of("sectors", List.of(globalId("City", 1))))
			.execute();

		assertGraphQlError(response, ErrorType.BAD_REQUEST);
		response.errors().satisfy((errors) -> assertThat(errors.get(0).getMessage()).doesNotContain("Exception"));
	}

	@Test
	void aPeriodThatEndsBeforeItStartsIsABadRequest() {
		GraphQlTester.Response response = analyst().documentName("statistics/statisticsTalentArrangements")
			.variable("filter", Map.of("period", Map.of("from", "2024-01-01", "to", "2023-01-01")))
			.execute();

		assertGraphQlError(response, ErrorType.BAD_REQUEST);
	}

	@Test
	void anUnknownDimensionIsRefusedBeforeAnythingRuns() {
		this.statements.reset();
		analyst().documentName("statistics/statisticsJointLabs")
			.variable("groupBy", List.of("CITY"))
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getExtensions()).containsKey("code")));
		assertThat(this.statements.count()).isZero();
	}

	// Helpers

	private List<Map<String, Object>> labBuckets(HttpGraphQlTester client, Map<String, Object> filter,
			List<String> groupBy) {
		return client.documentName("statistics/statisticsJointLabs")
			.variable("filter", filter)
			.variable("groupBy", groupBy)
			.execute()
			.path("statistics.jointLabs")
			.entityList(OBJECT)
			.get();
	}

	private List<Map<String, Object>> talentBuckets(HttpGraphQlTester client, Map<String, Object> filter,
			List<String> groupBy) {
		return client.documentName("statistics/statisticsTalentArrangements")
			.variable("filter", filter)
			.variable("groupBy", groupBy)
			.execute()
			.path("statistics.talentArrangements")
			.entityList(OBJECT)
			.get();
	}

	private Map<String, Object> counts(HttpGraphQlTester client, Map<String, Object> filter) {
		return client.documentName("statistics/statisticsCounts")
			.variable("filter", filter)
			.execute()
			.path("statistics")
			.entity(OBJECT)
			.get();
	}

	/** The count of the one bucket of an ungrouped statistic (0 when there is none). */
	@SuppressWarnings("unchecked")
	private static int count(Map<String, Object> statistics, String field) {
		List<Map<String, Object>> buckets = (List<Map<String, Object>>) statistics.get(field);
		return buckets.isEmpty() ? 0 : (Integer) buckets.get(0).get("count");
	}

	private int projectCount(HttpGraphQlTester client) {
		return count(counts(client, Map.of()), "projects");
	}

	/**
	 * The totalCount of jointLabs, crossBorderProjects, investmentEvents and
	 * talentArrangements, filtered so.
	 */
	private List<Integer> totalCounts(HttpGraphQlTester client, Map<String, Object> labs, Map<String, Object> projects,
			Map<String, Object> events, Map<String, Object> talent) {
		GraphQlTester.Response response = client.documentName("statistics/statisticsTotalCounts")
			.variable("labs", labs)
			.variable("projects", projects)
			.variable("events", events)
			.variable("talent", talent)
			.execute();
		return List.of(response.path("jointLabs.totalCount").entity(Integer.class).get(),
				response.path("crossBorderProjects.totalCount").entity(Integer.class).get(),
				response.path("investmentEvents.totalCount").entity(Integer.class).get(),
				response.path("talentArrangements.totalCount").entity(Integer.class).get());
	}

	private static Map<?, ?> sectorOf(Map<String, Object> bucket) {
		return (Map<?, ?>) bucket.get("sector");
	}

	private static int jurisdictionOrder(Object jurisdiction) {
		return List.of("GUANGDONG", "HONG_KONG", "MACAO").indexOf(jurisdiction);
	}

}
