package org.gba.cooperation.labs;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.gba.cooperation.support.GraphQlIntegrationTestSupport;
import org.gba.cooperation.support.search.RequiresOpenSearch;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gba.cooperation.support.GlobalIds.globalId;
import static org.gba.cooperation.support.Lists.reversed;

/**
 * The {@code jointLabs} and {@code jointLab} queries and the edges around a joint lab,
 * against the demo data: 40 labs (1-20 OPERATING, 21-40 the new labs of the 22 measures,
 * PLANNED or UNDER_CONSTRUCTION), each with a Guangdong lead and Hong Kong or Macao
 * partners.
 */
@Tag(RequiresOpenSearch.SEARCH_TAG)
class JointLabQueriesIT extends GraphQlIntegrationTestSupport {

	private static final String LAB = "Guangdong-Hong Kong-Macao Joint Laboratory for ";

	private static final String MICROELECTRONICS = LAB + "Intelligent Microelectronics";

	private static final String INTELLIGENT_MANUFACTURING = LAB + "Intelligent Manufacturing";

	private static final String HKUST = "The Hong Kong University of Science and Technology";

	private static final ParameterizedTypeReference<List<String>> STRINGS = new ParameterizedTypeReference<>() {
	};

	@Test
	void withoutAFilterEveryLabIsReturnedAndCounted() {
		GraphQlTester.Response response = labs(Map.of());

		response.path("jointLabs.totalCount").entity(Integer.class).isEqualTo(40);
		response.path("jointLabs.nodes").entityList(Object.class).hasSize(40);
	}

	@Test
	void filteringByStatusReturnsOnlyLabsWithThatStatus() {
		GraphQlTester.Response response = labs(Map.of("statuses", List.of("OPERATING")));

		response.path("jointLabs.totalCount").entity(Integer.class).isEqualTo(20);
		response.path("jointLabs.nodes[*].status")
			.entityList(String.class)
			.hasSize(20)
			.satisfies((statuses) -> assertThat(statuses).containsOnly("OPERATING"));
	}

	@Test
	void filteringBySeveralStatusesReturnsLabsWithAnyOfThem() {
		GraphQlTester.Response response = labs(Map.of("statuses", List.of("PLANNED", "UNDER_CONSTRUCTION")));

		response.path("jointLabs.totalCount").entity(Integer.class).isEqualTo(20);
		response.path("jointLabs.nodes[*].status").entityList(String.class).satisfies((statuses) -> {
			assertThat(statuses).hasSize(20).containsOnly("PLANNED", "UNDER_CONSTRUCTION");
			assertThat(statuses).filteredOn("UNDER_CONSTRUCTION"::equals).hasSize(4);
		});
	}

	@Test
	void aStatusNoLabHasMatchesNothing() {
		GraphQlTester.Response response = labs(Map.of("statuses", List.of("CLOSED")));

		response.path("jointLabs.totalCount").entity(Integer.class).isEqualTo(0);
		response.path("jointLabs.nodes").entityList(Object.class).hasSize(0);
	}

	@Test
	void filteringByJurisdictionReturnsLabsWithAMemberFromIt() {
		GraphQlTester.Response response = labs(Map.of("jurisdictions", List.of("MACAO")));

		response.path("jointLabs.totalCount").entity(Integer.class).isEqualTo(24);
		response.path("jointLabs.nodes[*].memberJurisdictions")
			.entityList(STRINGS)
			.hasSize(24)
			.satisfies((jurisdictions) -> assertThat(jurisdictions)
				.allSatisfy((each) -> assertThat(each).contains("MACAO")));
	}

	@Test
	void filteringByHostCityReturnsLabsHostedThere() {
		GraphQlTester.Response response = labs(Map.of("hostCities", List.of(cityId("SHENZHEN"))));

		response.path("jointLabs.totalCount").entity(Integer.class).isEqualTo(10);
		response.path("jointLabs.nodes[*].hostCity.code")
			.entityList(String.class)
			.hasSize(10)
			.satisfies((cities) -> assertThat(cities).containsOnly("SHENZHEN"));
	}

	@Test
	void filteringBySeveralHostCitiesReturnsLabsHostedInAnyOfThem() {
		GraphQlTester.Response response = labs(Map.of("hostCities", List.of(cityId("GUANGZHOU"), cityId("SHENZHEN"))));

		response.path("jointLabs.totalCount").entity(Integer.class).isEqualTo(23);
		response.path("jointLabs.nodes[*].hostCity.code")
			.entityList(String.class)
			.satisfies((cities) -> assertThat(cities).hasSize(23).containsOnly("GUANGZHOU", "SHENZHEN"));
	}

	@Test
	void filteringBySectorReturnsTheLabsOfThatSector() {
		GraphQlTester.Response response = labs(Map.of("sectors", List.of(sectorId("INTEGRATED_CIRCUITS"))));

		response.path("jointLabs.totalCount").entity(Integer.class).isEqualTo(4);
		response.path("jointLabs.nodes[*].name")
			.entityList(String.class)
			.satisfies((names) -> assertThat(names).containsExactlyInAnyOrder(MICROELECTRONICS,
					LAB + "Advanced Electronic Packaging", LAB + "Third-generation Semiconductors",
					LAB + "Integrated Circuit Design and EDA"));
	}

	@Test
	void aStartDateRangeIncludesBothOfItsBounds() {
		// Three labs started on 2019-07-01 and two on 2019-11-01; two more started
		// earlier in 2019.
		GraphQlTester.Response response = labs(Map.of("startDate", Map.of("from", "2019-07-01", "to", "2019-11-01")));

		response.path("jointLabs.totalCount").entity(Integer.class).isEqualTo(5);
		response.path("jointLabs.nodes[*].startDate")
			.entityList(LocalDate.class)
			.satisfies((dates) -> assertThat(dates).hasSize(5)
				.allSatisfy((date) -> assertThat(date).isBetween(LocalDate.of(2019, 7, 1), LocalDate.of(2019, 11, 1))));
	}

	@Test
	void aStartDateRangeWithoutAnEndHasNoUpperBound() {
		GraphQlTester.Response response = labs(Map.of("startDate", Map.of("from", "2026-07-01")));

		response.path("jointLabs.totalCount").entity(Integer.class).isEqualTo(16);
		response.path("jointLabs.nodes[*].startDate")
			.entityList(LocalDate.class)
			.satisfies(
					(dates) -> assertThat(dates).allSatisfy((date) -> assertThat(date).isAfterOrEqualTo("2026-07-01")));
	}

	@Test
	void aStartDateRangeWithoutABeginningHasNoLowerBound() {
		GraphQlTester.Response response = labs(Map.of("startDate", Map.of("to", "2019-07-01")));

		response.path("jointLabs.totalCount").entity(Integer.class).isEqualTo(8);
		response.path("jointLabs.nodes[*].startDate")
			.entityList(LocalDate.class)
			.satisfies((dates) -> assertThat(dates)
				.allSatisfy((date) -> assertThat(date).isBeforeOrEqualTo("2019-07-01")));
	}

	@Test
	void filteringByOrganizationReturnsTheLabsItIsAMemberOf() {
		GraphQlTester.Response response = labs(Map.of("organization", idByName("organizations", HKUST)));

		response.path("jointLabs.totalCount").entity(Integer.class).isEqualTo(12);
		response.path("jointLabs.nodes[*].name")
			.entityList(String.class)
			.hasSize(12)
			.contains(MICROELECTRONICS, LAB + "Quantum Matter", LAB + "Intelligent Connected Vehicles");
	}

	@Test
	void searchFindsLabsByTheirTraditionalChineseName() {
		GraphQlTester.Response response = labs(Map.of("search", "電子"));

		response.path("jointLabs.totalCount").entity(Integer.class).isEqualTo(3);
		response.path("jointLabs.nodes[*].names.zhHant")
			.entityList(String.class)
			.satisfies((names) -> assertThat(names).containsExactlyInAnyOrder("粵港澳智能微電子聯合實驗室", "粵港澳先進電子封裝聯合實驗室",
					"粵港澳柔性電子聯合實驗室"));
	}

	@Test
	void searchFindsLabsByTheirSimplifiedChineseName() {
		GraphQlTester.Response response = labs(Map.of("search", "电子"));

		response.path("jointLabs.totalCount").entity(Integer.class).isEqualTo(3);
		response.path("jointLabs.nodes[*].names.zhHans")
			.entityList(String.class)
			.satisfies((names) -> assertThat(names).containsExactlyInAnyOrder("粤港澳智能微电子联合实验室", "粤港澳先进电子封装联合实验室",
					"粤港澳柔性电子联合实验室"));
	}

	@Test
	void searchFindsLabsByTheirEnglishNameIgnoringCase() {
		// A Latin word is found by its beginning: "electronic" finds Electronic and
		// Electronics, not Microelectronics or Optoelectronic (docs/search.md).
		List<String> expected = List.of(LAB + "Advanced Electronic Packaging", LAB + "Flexible Electronics");

		for (String search : List.of("ELECTRONIC", "electronic", "eLeCtRoNiC")) {
			GraphQlTester.Response response = labs(Map.of("search", search));

			response.path("jointLabs.totalCount").entity(Integer.class).isEqualTo(2);
			response.path("jointLabs.nodes[*].name")
				.entityList(String.class)
				.satisfies((names) -> assertThat(names).as(search).containsExactlyInAnyOrderElementsOf(expected));
		}
	}

	@Test
	void searchFindsLabsByTheirPortugueseName() {
		GraphQlTester.Response response = labs(Map.of("search", "MATÉRIA QUÂNTICA"));

		response.path("jointLabs.totalCount").entity(Integer.class).isEqualTo(1);
		response.path("jointLabs.nodes[0].names.pt")
			.entity(String.class)
			.isEqualTo("Laboratório Conjunto Guangdong-Hong Kong-Macau de Matéria Quântica");
	}

	@Test
	void searchTakesWildcardCharactersLiterally() {
		labs(Map.of("search", "%")).path("jointLabs.totalCount").entity(Integer.class).isEqualTo(0);
		labs(Map.of("search", "_")).path("jointLabs.totalCount").entity(Integer.class).isEqualTo(0);
	}

	@Test
	void filtersCombineSoThatEveryConditionHolds() {
		GraphQlTester.Response response = labs(
				Map.of("statuses", List.of("OPERATING"), "jurisdictions", List.of("MACAO")));

		response.path("jointLabs.totalCount").entity(Integer.class).isEqualTo(9);
		response.path("jointLabs.nodes[*].status")
			.entityList(String.class)
			.satisfies((statuses) -> assertThat(statuses).hasSize(9).containsOnly("OPERATING"));
	}

	@Test
	void aFilterGivenTheIdOfAnotherTypeIsABadRequest() {
		String cityId = cityId("SHENZHEN");

		this.graphQl.documentName("labs/labsByFilter")
			.variable("filter", Map.of("sectors", List.of(cityId)))
			.execute()
			.errors()
			.satisfy((errors) -> {
				assertThat(errors).hasSize(1);
				assertThat(errors.get(0).getMessage())
					.isEqualTo("'" + cityId + "' is the ID of a City, not of a Sector");
				assertThat(errors.get(0).getExtensions()).containsEntry("classification", "BAD_REQUEST");
			});
	}

	@Test
	void withoutAnOrderLabsAreSortedByEnglishName() {
		List<String> byDefault = labs(Map.of()).path("jointLabs.nodes[*].name").entityList(String.class).get();

		assertThat(byDefault).hasSize(40).isEqualTo(names("NAME", "ASC"));
	}

	@Test
	void orderingByNameAscendingSortsFromAToZ() {
		List<String> names = names("NAME", "ASC");

		assertThat(names).hasSize(40).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
		assertThat(names.get(0)).isEqualTo(LAB + "6G Terahertz Communications");
	}

	@Test
	void orderingByNameDescendingSortsFromZToA() {
		List<String> names = names("NAME", "DESC");

		assertThat(names).hasSize(40).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER.reversed());
		assertThat(names).isEqualTo(reversed(names("NAME", "ASC")));
	}

	@Test
	void orderingByStartDateAscendingSortsFromOldestToNewest() {
		List<LocalDate> dates = startDates("ASC");

		assertThat(dates).hasSize(40).isSorted();
		assertThat(dates.get(0)).isEqualTo("2018-03-01");
		assertThat(dates.get(39)).isEqualTo("2028-03-01");
	}

	@Test
	void orderingByStartDateDescendingSortsFromNewestToOldest() {
		List<LocalDate> dates = startDates("DESC");

		assertThat(dates).hasSize(40).isSortedAccordingTo(Comparator.reverseOrder());
		assertThat(dates.get(0)).isEqualTo("2028-03-01");
	}

	@Test
	void lookingALabUpByIdReturnsTheLabTheConnectionReturned() {
		Map<String, Object> fromConnection = labs(Map.of("search", MICROELECTRONICS)).path("jointLabs.nodes[0]")
			.entity(OBJECT)
			.get();

		Map<String, Object> byId = this.graphQl.documentName("labs/labDetail")
			.variable("id", fromConnection.get("id"))
			.execute()
			.path("jointLab")
			.entity(OBJECT)
			.get();

		assertThat(byId).containsAllEntriesOf(fromConnection);
	}

	@Test
	void theIdOfALabIsTheUrlSafeBase64OfItsTypeAndDatabaseId() {
		String id = idByName("jointLabs", MICROELECTRONICS);

		assertThat(id).isEqualTo("Sm9pbnRMYWI6MQ")
			.isEqualTo(Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString("JointLab:1".getBytes(StandardCharsets.UTF_8)));
		detail("Sm9pbnRMYWI6MQ").path("jointLab.name").entity(String.class).isEqualTo(MICROELECTRONICS);
	}

	@Test
	void lookingUpAnUnknownLabGivesNull() {
		String unknown = globalId("JointLab:9999");

		detail(unknown).path("jointLab").valueIsNull();
	}

	@Test
	void lookingUpALabWithTheIdOfAnotherTypeIsABadRequest() {
		String sectorId = sectorId("INTEGRATED_CIRCUITS");

		this.graphQl.documentName("labs/labDetail").variable("id", sectorId).execute().errors().satisfy((errors) -> {
			assertThat(errors).hasSize(1);
			assertThat(errors.get(0).getMessage())
				.isEqualTo("'" + sectorId + "' is the ID of a Sector, not of a JointLab");
			assertThat(errors.get(0).getExtensions()).containsEntry("classification", "BAD_REQUEST");
			assertThat(errors.get(0).getPath()).isEqualTo("jointLab");
		});
	}

	@Test
	void aLabIsNamedInEveryLanguageAndItsNameIsTheEnglishOne() {
		GraphQlTester.Response response = detail(idByName("jointLabs", MICROELECTRONICS));

		response.path("jointLab.names.zhHant").entity(String.class).isEqualTo("粵港澳智能微電子聯合實驗室");
		response.path("jointLab.names.zhHans").entity(String.class).isEqualTo("粤港澳智能微电子联合实验室");
		response.path("jointLab.names.en").entity(String.class).isEqualTo(MICROELECTRONICS);
		response.path("jointLab.names.pt")
			.entity(String.class)
			.isEqualTo("Laboratório Conjunto Guangdong-Hong Kong-Macau de Microeletrónica Inteligente");
		response.path("jointLab.name").entity(String.class).isEqualTo(MICROELECTRONICS);
	}

	@Test
	void aLabIsDescribedInTheLanguagesItWasWrittenIn() {
		GraphQlTester.Response response = detail(idByName("jointLabs", MICROELECTRONICS));

		String english = response.path("jointLab.descriptions.en").entity(String.class).get();
		assertThat(english).startsWith("Led by South China University of Technology with The Hong Kong University");
		response.path("jointLab.description").entity(String.class).isEqualTo(english);
		response.path("jointLab.descriptions.zhHant")
			.entity(String.class)
			.matches((text) -> text.startsWith("由華南理工大學牽頭"));
		response.path("jointLab.descriptions.zhHans")
			.entity(String.class)
			.matches((text) -> text.startsWith("由华南理工大学牵头"));
		response.path("jointLab.descriptions.pt").valueIsNull();
	}

	@Test
	void aLabShowsItsStatusDatesSectorAndHostCity() {
		GraphQlTester.Response response = detail(idByName("jointLabs", MICROELECTRONICS));

		response.path("jointLab.status").entity(String.class).isEqualTo("OPERATING");
		response.path("jointLab.startDate").entity(String.class).isEqualTo("2019-07-01");
		response.path("jointLab.endDate").valueIsNull();
		response.path("jointLab.sector.code").entity(String.class).isEqualTo("INTEGRATED_CIRCUITS");
		response.path("jointLab.hostCity.code").entity(String.class).isEqualTo("GUANGZHOU");
		response.path("jointLab.createdAt").entity(String.class).isEqualTo("2026-01-01T00:00:00Z");
		response.path("jointLab.updatedAt").entity(String.class).isEqualTo("2026-01-01T00:00:00Z");
	}

	@Test
	void membersAreListedLeadFirstWithTheirRolesAndJoiningDays() {
		GraphQlTester.Response response = detail(idByName("jointLabs", MICROELECTRONICS));

		response.path("jointLab.members[*].role")
			.entityList(String.class)
			.containsExactly("LEAD", "PARTNER", "PARTNER");
		response.path("jointLab.members[0].organization.name")
			.entity(String.class)
			.isEqualTo("South China University of Technology");
		response.path("jointLab.members[0].joinedOn").entity(String.class).isEqualTo("2019-07-01");
		response.path("jointLab.members[*].organization.name")
			.entityList(String.class)
			.contains(HKUST, "State Key Laboratory of Analog and Mixed-Signal VLSI, University of Macau");
		response.path("jointLab.members[*].joinedOn")
			.entityList(String.class)
			.satisfies((days) -> assertThat(days).containsExactlyInAnyOrder("2019-07-01", "2019-07-31", "2019-09-29"));
	}

	@Test
	void memberJurisdictionsAreListedOnceEachInTheirFixedOrder() {
		detail(idByName("jointLabs", MICROELECTRONICS)).path("jointLab.memberJurisdictions")
			.entityList(String.class)
			.containsExactly("GUANGDONG", "HONG_KONG", "MACAO");
		// Two members from Guangdong and two from Hong Kong: each jurisdiction once.
		detail(idByName("jointLabs", INTELLIGENT_MANUFACTURING)).path("jointLab.memberJurisdictions")
			.entityList(String.class)
			.containsExactly("GUANGDONG", "HONG_KONG");
	}

	@Test
	void everyMemberOrganizationListsTheLabAmongItsJointLabs() {
		String labId = idByName("jointLabs", INTELLIGENT_MANUFACTURING);

		GraphQlTester.Response response = membersBothWays(labId);

		response.path("jointLab.members").entityList(Object.class).hasSize(4);
		response.path("jointLab.members[*].organization.jointLabs.nodes")
			.entityList(OBJECTS)
			.satisfies((labsOfEachMember) -> assertThat(labsOfEachMember).hasSize(4)
				.allSatisfy((labs) -> assertThat(labs).extracting((lab) -> lab.get("id")).contains(labId)));
	}

	@Test
	void aMemberOrganizationCountsItsLabsProjectsEventsAndHostedArrangements() {
		GraphQlTester.Response response = membersBothWays(idByName("jointLabs", MICROELECTRONICS));

		String hkust = "jointLab.members[?(@.organization.name == '" + HKUST + "')].organization";
		response.path(hkust + ".jointLabs.totalCount").entityList(Integer.class).containsExactly(12);
		response.path(hkust + ".crossBorderProjects.totalCount").entityList(Integer.class).containsExactly(10);
		response.path(hkust + ".investmentEvents.totalCount").entityList(Integer.class).containsExactly(3);
		response.path(hkust + ".talentArrangements.totalCount").entityList(Integer.class).containsExactly(3);
	}

	@Test
	void aLabListsTheTalentArrangementsWorkingInIt() {
		String labId = idByName("jointLabs", INTELLIGENT_MANUFACTURING);

		GraphQlTester.Response response = this.graphQl.documentName("labs/labTalentArrangements")
			.variable("id", labId)
			.execute();

		response.path("jointLab.talentArrangements.totalCount").entity(Integer.class).isEqualTo(2);
		response.path("jointLab.talentArrangements.nodes[*].person.name")
			.entityList(String.class)
			.containsExactly("Yip Chun-kit", "Chau Wing-chi");
		response.path("jointLab.talentArrangements.nodes[*].jointLab.id")
			.entityList(String.class)
			.containsExactly(labId, labId);
	}

	private GraphQlTester.Response labs(Map<String, Object> filter) {
		return this.graphQl.documentName("labs/labsByFilter").variable("filter", filter).execute();
	}

	private List<String> names(String field, String direction) {
		return this.graphQl.documentName("labs/labsByFilter")
			.variable("orderBy", Map.of("field", field, "direction", direction))
			.execute()
			.path("jointLabs.nodes[*].name")
			.entityList(String.class)
			.get();
	}

	private List<LocalDate> startDates(String direction) {
		return this.graphQl.documentName("labs/labsByFilter")
			.variable("orderBy", Map.of("field", "START_DATE", "direction", direction))
			.execute()
			.path("jointLabs.nodes[*].startDate")
			.entityList(LocalDate.class)
			.get();
	}

	private GraphQlTester.Response detail(String id) {
		return this.graphQl.documentName("labs/labDetail").variable("id", id).execute();
	}

	private GraphQlTester.Response membersBothWays(String id) {
		return this.graphQl.documentName("labs/labMembersBothWays").variable("id", id).execute();
	}

}
