package org.gba.cooperation.talent;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.gba.cooperation.support.GraphQlIntegrationTestSupport;
import org.gba.cooperation.support.search.RequiresOpenSearch;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gba.cooperation.support.GlobalIds.globalId;

/**
 * The {@code talentArrangements} and {@code talentArrangement} queries and the edges
 * around an arrangement, against the demo data: 96 flexible talent arrangements of 70
 * fictional people, 31 of them in a joint lab and 17 on a cross-border project.
 */
@Tag(RequiresOpenSearch.SEARCH_TAG)
class TalentArrangementQueriesIT extends GraphQlIntegrationTestSupport {

	private static final String CHAN_KA_WING = "Chan Ka-wing";

	private static final String CHAN_KA_WAI = "Chan Ka Wai";

	private static final String SUSTECH = "Southern University of Science and Technology";

	private static final String GDUT = "Guangdong University of Technology";

	private static final String QUANTUM_MATTER_LAB = "Guangdong-Hong Kong-Macao Joint Laboratory for Quantum Matter";

	private static final String SIX_G_TESTBED = "6G Deep Virtual Network Testbed";

	@Test
	void withoutAFilterEveryArrangementIsReturnedAndCounted() {
		GraphQlTester.Response response = arrangements(Map.of());

		response.path("talentArrangements.totalCount").entity(Integer.class).isEqualTo(96);
		// A page holds at most 100 items, so one page holds them all.
		response.path("talentArrangements.nodes").entityList(Object.class).hasSize(96);
	}

	@Test
	void filteringByModeReturnsOnlyArrangementsInThatMode() {
		GraphQlTester.Response response = arrangements(Map.of("modes", List.of("PROJECT_EQUITY")));

		response.path("talentArrangements.totalCount").entity(Integer.class).isEqualTo(21);
		response.path("talentArrangements.nodes[*].mode")
			.entityList(String.class)
			.satisfies((modes) -> assertThat(modes).hasSize(21).containsOnly("PROJECT_EQUITY"));
	}

	@Test
	void filteringBySeveralModesReturnsArrangementsInAnyOfThem() {
		GraphQlTester.Response response = arrangements(Map.of("modes", List.of("VISITING", "DUAL_APPOINTMENT")));

		response.path("talentArrangements.totalCount").entity(Integer.class).isEqualTo(23);
		response.path("talentArrangements.nodes[*].mode").entityList(String.class).satisfies((modes) -> {
			assertThat(modes).hasSize(23).containsOnly("VISITING", "DUAL_APPOINTMENT");
			assertThat(modes).filteredOn("VISITING"::equals).hasSize(12);
		});
	}

	@Test
	void filteringByCategoryReturnsOnlyArrangementsOfThatCategory() {
		GraphQlTester.Response response = arrangements(Map.of("categories", List.of("MASTER_CRAFTSMAN")));

		response.path("talentArrangements.totalCount").entity(Integer.class).isEqualTo(5);
		response.path("talentArrangements.nodes[*].category")
			.entityList(String.class)
			.satisfies((categories) -> assertThat(categories).hasSize(5).containsOnly("MASTER_CRAFTSMAN"));
	}

	@Test
	void filteringBySeveralCategoriesReturnsArrangementsOfAnyOfThem() {
		GraphQlTester.Response response = arrangements(
				Map.of("categories", List.of("STRATEGIC_SCIENTIST", "HIGHLY_SKILLED_WORKER")));

		response.path("talentArrangements.totalCount").entity(Integer.class).isEqualTo(18);
		response.path("talentArrangements.nodes[*].category")
			.entityList(String.class)
			.satisfies((categories) -> assertThat(categories).hasSize(18)
				.containsOnly("STRATEGIC_SCIENTIST", "HIGHLY_SKILLED_WORKER"));
	}

	@Test
	void filteringByStatusReturnsOnlyArrangementsWithThatStatus() {
		GraphQlTester.Response response = arrangements(Map.of("statuses", List.of("CANCELLED")));

		response.path("talentArrangements.totalCount").entity(Integer.class).isEqualTo(4);
		response.path("talentArrangements.nodes[*].status")
			.entityList(String.class)
			.satisfies((statuses) -> assertThat(statuses).hasSize(4).containsOnly("CANCELLED"));
	}

	@Test
	void filteringBySeveralStatusesReturnsArrangementsWithAnyOfThem() {
		GraphQlTester.Response response = arrangements(Map.of("statuses", List.of("ACTIVE", "ENDED")));

		response.path("talentArrangements.totalCount").entity(Integer.class).isEqualTo(69);
		response.path("talentArrangements.nodes[*].status").entityList(String.class).satisfies((statuses) -> {
			assertThat(statuses).hasSize(69).containsOnly("ACTIVE", "ENDED");
			assertThat(statuses).filteredOn("ENDED"::equals).hasSize(12);
		});
	}

	@Test
	void filteringByHostJurisdictionReturnsArrangementsHostedThere() {
		GraphQlTester.Response response = arrangements(Map.of("hostJurisdictions", List.of("MACAO")));

		response.path("talentArrangements.totalCount").entity(Integer.class).isEqualTo(20);
		response.path("talentArrangements.nodes[*].host.jurisdiction")
			.entityList(String.class)
			.satisfies((jurisdictions) -> assertThat(jurisdictions).hasSize(20).containsOnly("MACAO"));
	}

	@Test
	void filteringByHomeJurisdictionReturnsArrangementsOfPeopleLivingThere() {
		GraphQlTester.Response response = arrangements(Map.of("homeJurisdictions", List.of("HONG_KONG")));

		response.path("talentArrangements.totalCount").entity(Integer.class).isEqualTo(39);
		response.path("talentArrangements.nodes[*].person.homeJurisdiction")
			.entityList(String.class)
			.satisfies((jurisdictions) -> assertThat(jurisdictions).hasSize(39).containsOnly("HONG_KONG"));
	}

	@Test
	void filteringByHostAndHomeJurisdictionReturnsCrossBorderArrangements() {
		GraphQlTester.Response response = arrangements(
				Map.of("hostJurisdictions", List.of("GUANGDONG"), "homeJurisdictions", List.of("HONG_KONG")));

		response.path("talentArrangements.totalCount").entity(Integer.class).isEqualTo(34);
		response.path("talentArrangements.nodes[*].host.jurisdiction")
			.entityList(String.class)
			.satisfies((jurisdictions) -> assertThat(jurisdictions).hasSize(34).containsOnly("GUANGDONG"));
		response.path("talentArrangements.nodes[*].person.homeJurisdiction")
			.entityList(String.class)
			.satisfies((jurisdictions) -> assertThat(jurisdictions).containsOnly("HONG_KONG"));
	}

	@Test
	void filteringBySectorReturnsArrangementsWhoseHostHasItAsMainSector() {
		GraphQlTester.Response response = arrangements(Map.of("sectors", List.of(sectorId("BIOMEDICINE"))));

		response.path("talentArrangements.totalCount").entity(Integer.class).isEqualTo(7);
		response.path("talentArrangements.nodes[*].host.sector.code")
			.entityList(String.class)
			.satisfies((sectors) -> assertThat(sectors).hasSize(7).containsOnly("BIOMEDICINE"));
		response.path("talentArrangements.nodes[*].host.name")
			.entityList(String.class)
			.satisfies((hosts) -> assertThat(hosts).containsOnly("Guangzhou Laboratory",
					"Shenzhen Mindray Bio-Medical Electronics Co., Ltd.", "Guangzhou Pharmaceutical Holdings Limited"));
	}

	@Test
	void aStartDateRangeIncludesBothOfItsBounds() {
		// One arrangement starts on 2020-01-23 and one on 2021-03-04.
		GraphQlTester.Response response = arrangements(
				Map.of("startDate", Map.of("from", "2020-01-23", "to", "2021-03-04")));

		response.path("talentArrangements.nodes[*].startDate")
			.entityList(LocalDate.class)
			.satisfies((dates) -> assertThat(dates).contains(LocalDate.of(2020, 1, 23), LocalDate.of(2021, 3, 4))
				.allSatisfy((date) -> assertThat(date).isBetween(LocalDate.of(2020, 1, 23), LocalDate.of(2021, 3, 4))));
		response.path("talentArrangements.totalCount").entity(Integer.class).isEqualTo(7);
	}

	@Test
	void aStartDateRangeOfOneYearReturnsTheArrangementsStartingThatYear() {
		GraphQlTester.Response response = arrangements(
				Map.of("startDate", Map.of("from", "2025-01-01", "to", "2025-12-31")));

		response.path("talentArrangements.totalCount").entity(Integer.class).isEqualTo(17);
		response.path("talentArrangements.nodes[*].startDate")
			.entityList(LocalDate.class)
			.satisfies((dates) -> assertThat(dates).hasSize(17)
				.allSatisfy((date) -> assertThat(date.getYear()).isEqualTo(2025)));
	}

	@Test
	void aStartDateRangeWithoutAnEndHasNoUpperBound() {
		GraphQlTester.Response response = arrangements(Map.of("startDate", Map.of("from", "2027-01-01")));

		response.path("talentArrangements.totalCount").entity(Integer.class).isEqualTo(10);
		response.path("talentArrangements.nodes[*].status")
			.entityList(String.class)
			.satisfies((statuses) -> assertThat(statuses).hasSize(10).containsOnly("PROPOSED"));
	}

	@Test
	void aStartDateRangeWithoutABeginningHasNoLowerBound() {
		GraphQlTester.Response response = arrangements(Map.of("startDate", Map.of("to", "2020-01-23")));

		response.path("talentArrangements.totalCount").entity(Integer.class).isEqualTo(4);
		response.path("talentArrangements.nodes[*].startDate")
			.entityList(String.class)
			.satisfies((dates) -> assertThat(dates).containsExactlyInAnyOrder("2019-06-22", "2019-11-15", "2019-12-21",
					"2020-01-23"));
	}

	@Test
	void filteringByOrganizationReturnsTheArrangementsItHosts() {
		GraphQlTester.Response response = arrangements(Map.of("organization", idByName("organizations", GDUT)));

		response.path("talentArrangements.totalCount").entity(Integer.class).isEqualTo(6);
		response.path("talentArrangements.nodes[*].host.name")
			.entityList(String.class)
			.satisfies((hosts) -> assertThat(hosts).hasSize(6).containsOnly(GDUT));
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "陳嘉", "陈嘉", "CHAN ka" })
	void searchFindsArrangementsByThePersonsNameInTraditionalSimplifiedOrEnglishIgnoringCase(String search) {
		GraphQlTester.Response response = arrangements(Map.of("search", search));

		response.path("talentArrangements.totalCount").entity(Integer.class).isEqualTo(4);
		response.path("talentArrangements.nodes[*].person.name")
			.entityList(String.class)
			.satisfies((names) -> assertThat(names).containsExactlyInAnyOrder(CHAN_KA_WING, CHAN_KA_WING, CHAN_KA_WAI,
					CHAN_KA_WAI));
	}

	@Test
	void searchDoesNotLookAtTheHostsName() {
		arrangements(Map.of("search", SUSTECH)).path("talentArrangements.totalCount")
			.entity(Integer.class)
			.isEqualTo(0);
	}

	@Test
	void filtersCombineSoThatEveryConditionHolds() {
		GraphQlTester.Response response = arrangements(Map.of("modes", List.of("PROJECT_EQUITY"), "statuses",
				List.of("ACTIVE"), "homeJurisdictions", List.of("MACAO")));

		response.path("talentArrangements.totalCount").entity(Integer.class).isEqualTo(9);
		response.path("talentArrangements.nodes[*].mode")
			.entityList(String.class)
			.satisfies((modes) -> assertThat(modes).hasSize(9).containsOnly("PROJECT_EQUITY"));
		response.path("talentArrangements.nodes[*].person.homeJurisdiction")
			.entityList(String.class)
			.satisfies((jurisdictions) -> assertThat(jurisdictions).containsOnly("MACAO"));
	}

	@Test
	void aFilterGivenTheIdOfAnotherTypeIsABadRequest() {
		String personId = idByName("people", CHAN_KA_WING);

		this.graphQl.documentName("talent/arrangementsByFilter")
			.variable("filter", Map.of("organization", personId))
			.execute()
			.errors()
			.satisfy((errors) -> {
				assertThat(errors).hasSize(1);
				assertThat(errors.get(0).getMessage())
					.matches("'" + Pattern.quote(personId) + "' is the ID of a Person, not of an? Organization");
				assertThat(errors.get(0).getExtensions()).containsEntry("classification", "BAD_REQUEST");
			});
	}

	@Test
	void withoutAnOrderArrangementsAreSortedByStartDate() {
		List<LocalDate> dates = arrangements(Map.of()).path("talentArrangements.nodes[*].startDate")
			.entityList(LocalDate.class)
			.get();

		assertThat(dates).hasSize(96).isSorted();
		assertThat(dates.get(0)).isEqualTo("2019-06-22");
		assertThat(dates.get(95)).isEqualTo("2027-10-01");
	}

	@Test
	void orderingByStartDateAscendingSortsFromEarliestToLatest() {
		List<LocalDate> dates = startDates(Map.of(), "ASC");

		assertThat(dates).hasSize(96).isSorted();
		assertThat(dates.get(0)).isEqualTo("2019-06-22");
	}

	@Test
	void orderingByStartDateDescendingSortsFromLatestToEarliest() {
		List<LocalDate> dates = startDates(Map.of(), "DESC");

		assertThat(dates).hasSize(96).isSortedAccordingTo(Comparator.reverseOrder());
		assertThat(dates.get(0)).isEqualTo("2027-10-01");
		assertThat(dates.get(95)).isEqualTo("2019-06-22");
	}

	@Test
	void arrangementsStartingOnTheSameDayKeepAStableOrder() {
		// Two pairs of the university's arrangements start on the same day (2027-06-01
		// and 2027-10-01).
		Map<String, Object> filter = Map.of("organization", idByName("organizations", GDUT));

		List<String> first = personNames(filter, "ASC");
		List<String> second = personNames(filter, "ASC");

		assertThat(first).containsExactly("Yip Chun-kit", "Chau Wing-chi", "Cheng Ka-lok", "Lou Ka Hou",
				"Leung Chun-ho", "Tse Wai-yip");
		assertThat(second).isEqualTo(first);
	}

	@Test
	void lookingAnArrangementUpByIdReturnsTheArrangementTheConnectionReturned() {
		Map<String, Object> fromConnection = firstArrangementOf(CHAN_KA_WING);

		Map<String, Object> byId = detail((String) fromConnection.get("id")).path("talentArrangement")
			.entity(OBJECT)
			.get();

		assertThat(byId).containsEntry("id", fromConnection.get("id"))
			.containsEntry("mode", fromConnection.get("mode"))
			.containsEntry("category", fromConnection.get("category"))
			.containsEntry("status", fromConnection.get("status"))
			.containsEntry("startDate", fromConnection.get("startDate"))
			.containsEntry("endDate", fromConnection.get("endDate"));
		assertThat(((Map<?, ?>) byId.get("jointLab")).get("id"))
			.isEqualTo(((Map<?, ?>) fromConnection.get("jointLab")).get("id"));
	}

	@Test
	void lookingUpAnUnknownArrangementGivesNull() {
		detail(globalId("TalentArrangement:9999")).path("talentArrangement").valueIsNull();
	}

	@Test
	void lookingUpAnArrangementWithTheIdOfAnotherTypeIsABadRequest() {
		String personId = idByName("people", CHAN_KA_WING);

		this.graphQl.documentName("talent/arrangementDetail")
			.variable("id", personId)
			.execute()
			.errors()
			.satisfy((errors) -> {
				assertThat(errors).hasSize(1);
				assertThat(errors.get(0).getMessage())
					.isEqualTo("'" + personId + "' is the ID of a Person, not of a TalentArrangement");
				assertThat(errors.get(0).getExtensions()).containsEntry("classification", "BAD_REQUEST");
			});
	}

	@Test
	void anArrangementInAJointLabNamesThePersonTheHostAndTheLab() {
		GraphQlTester.Response response = detail((String) firstArrangementOf(CHAN_KA_WING).get("id"));

		response.path("talentArrangement.person.name").entity(String.class).isEqualTo(CHAN_KA_WING);
		response.path("talentArrangement.host.name").entity(String.class).isEqualTo(SUSTECH);
		response.path("talentArrangement.jointLab.name").entity(String.class).isEqualTo(QUANTUM_MATTER_LAB);
		response.path("talentArrangement.project").valueIsNull();
		response.path("talentArrangement.mode").entity(String.class).isEqualTo("SHORT_TERM_COOPERATION");
		response.path("talentArrangement.category").entity(String.class).isEqualTo("STRATEGIC_SCIENTIST");
		response.path("talentArrangement.status").entity(String.class).isEqualTo("ACTIVE");
		response.path("talentArrangement.startDate").entity(String.class).isEqualTo("2020-07-23");
		response.path("talentArrangement.endDate").entity(String.class).isEqualTo("2028-03-01");
		response.path("talentArrangement.createdAt").entity(String.class).isEqualTo("2026-01-01T00:00:00Z");
	}

	@Test
	void anArrangementOnAProjectNamesTheProjectAndNoLab() {
		GraphQlTester.Response response = detail((String) firstArrangementOf("Wong Chi Meng").get("id"));

		response.path("talentArrangement.project.name").entity(String.class).isEqualTo(SIX_G_TESTBED);
		response.path("talentArrangement.jointLab").valueIsNull();
		response.path("talentArrangement.host.name").entity(String.class).isEqualTo("Peng Cheng Laboratory");
		response.path("talentArrangement.mode").entity(String.class).isEqualTo("PROJECT_EQUITY");
		response.path("talentArrangement.category").entity(String.class).isEqualTo("OUTSTANDING_ENGINEER");
	}

	@Test
	void anArrangementIsDescribedInTheLanguagesItWasWrittenIn() {
		GraphQlTester.Response response = detail((String) firstArrangementOf(CHAN_KA_WING).get("id"));

		response.path("talentArrangement.descriptions.zhHant")
			.entity(String.class)
			.isEqualTo("以短期合作方式到南方科技大學參與粵港澳量子物質聯合實驗室研發，每年駐點約三個月。");
		response.path("talentArrangement.descriptions.zhHans")
			.entity(String.class)
			.isEqualTo("以短期合作方式到南方科技大学参与粤港澳量子物质联合实验室研发，每年驻点约三个月。");
		response.path("talentArrangement.descriptions.en")
			.entity(String.class)
			.isEqualTo("Short-term cooperation with Southern University of Science and Technology on the research "
					+ "programme of the Guangdong-Hong Kong-Macao Joint Laboratory for Quantum Matter, spending about "
					+ "three months a year on site.");
		response.path("talentArrangement.descriptions.pt").valueIsNull();
		String english = response.path("talentArrangement.descriptions.en").entity(String.class).get();
		response.path("talentArrangement.description").entity(String.class).isEqualTo(english);
	}

	@Test
	void thePersonListsTheArrangementAmongItsTalentArrangements() {
		String arrangementId = (String) firstArrangementOf(CHAN_KA_WING).get("id");

		GraphQlTester.Response response = bothWays(arrangementId);

		response.path("talentArrangement.person.talentArrangements.totalCount").entity(Integer.class).isEqualTo(2);
		response.path("talentArrangement.person.talentArrangements.nodes[*].id")
			.entityList(String.class)
			.contains(arrangementId);
	}

	@Test
	void theHostListsTheArrangementAmongTheArrangementsItHosts() {
		String arrangementId = (String) firstArrangementOf(CHAN_KA_WING).get("id");

		GraphQlTester.Response response = bothWays(arrangementId);

		response.path("talentArrangement.host.talentArrangements.totalCount").entity(Integer.class).isEqualTo(4);
		response.path("talentArrangement.host.talentArrangements.nodes[*].id")
			.entityList(String.class)
			.contains(arrangementId);
	}

	@Test
	void theJointLabListsTheArrangementAmongTheArrangementsWorkingInIt() {
		String arrangementId = (String) firstArrangementOf(CHAN_KA_WING).get("id");

		GraphQlTester.Response response = bothWays(arrangementId);

		response.path("talentArrangement.jointLab.talentArrangements.nodes[*].id")
			.entityList(String.class)
			.containsExactly(arrangementId);
		response.path("talentArrangement.project").valueIsNull();
	}

	@Test
	void theProjectListsTheArrangementAmongTheArrangementsWorkingOnIt() {
		String arrangementId = (String) firstArrangementOf("Wong Chi Meng").get("id");

		GraphQlTester.Response response = bothWays(arrangementId);

		response.path("talentArrangement.project.talentArrangements.totalCount").entity(Integer.class).isEqualTo(2);
		response.path("talentArrangement.project.talentArrangements.nodes[*].id")
			.entityList(String.class)
			.contains(arrangementId);
		response.path("talentArrangement.jointLab").valueIsNull();
	}

	private GraphQlTester.Response arrangements(Map<String, Object> filter) {
		return this.graphQl.documentName("talent/arrangementsByFilter").variable("filter", filter).execute();
	}

	private List<LocalDate> startDates(Map<String, Object> filter, String direction) {
		return this.graphQl.documentName("talent/arrangementsByFilter")
			.variable("filter", filter)
			.variable("orderBy", Map.of("field", "START_DATE", "direction", direction))
			.execute()
			.path("talentArrangements.nodes[*].startDate")
			.entityList(LocalDate.class)
			.get();
	}

	private List<String> personNames(Map<String, Object> filter, String direction) {
		return this.graphQl.documentName("talent/arrangementsByFilter")
			.variable("filter", filter)
			.variable("orderBy", Map.of("field", "START_DATE", "direction", direction))
			.execute()
			.path("talentArrangements.nodes[*].person.name")
			.entityList(String.class)
			.get();
	}

	/** The earliest arrangement of the person with this English name. */
	private Map<String, Object> firstArrangementOf(String personName) {
		return this.graphQl.documentName("talent/arrangementsByFilter")
			.variable("filter", Map.of("search", personName))
			.variable("orderBy", Map.of("field", "START_DATE", "direction", "ASC"))
			.execute()
			.path("talentArrangements.nodes[0]")
			.entity(OBJECT)
			.get();
	}

	private GraphQlTester.Response detail(String id) {
		return this.graphQl.documentName("talent/arrangementDetail").variable("id", id).execute();
	}

	private GraphQlTester.Response bothWays(String id) {
		return this.graphQl.documentName("talent/arrangementBothWays").variable("id", id).execute();
	}

}
