package org.gba.cooperation.organizations;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.gba.cooperation.support.GraphQlIntegrationTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gba.cooperation.support.GlobalIds.globalId;
import static org.gba.cooperation.support.Lists.reversed;

/**
 * The {@code organizations} and {@code organization} queries, an organisation's
 * connections to the other domains, and the reference data ({@code sectors},
 * {@code cities}), against the demo data: 70 organisations (36 in Guangdong, 19 in Hong
 * Kong, 15 in Macao), 15 sectors and 14 cities.
 */
class OrganizationQueriesIT extends GraphQlIntegrationTestSupport {

	private static final String UM = "University of Macau";

	private static final String HKU = "The University of Hong Kong";

	private static final String CUHK = "The Chinese University of Hong Kong";

	private static final String HKUST = "The Hong Kong University of Science and Technology";

	private static final String HUAWEI = "Huawei Technologies Co., Ltd.";

	@Test
	void withoutAFilterEveryOrganizationIsReturnedAndCounted() {
		GraphQlTester.Response response = organizations(Map.of());

		response.path("organizations.totalCount").entity(Integer.class).isEqualTo(70);
		response.path("organizations.nodes").entityList(Object.class).hasSize(70);
	}

	@Test
	void filteringByJurisdictionReturnsOrganizationsRegisteredThere() {
		GraphQlTester.Response response = organizations(Map.of("jurisdictions", List.of("MACAO")));

		response.path("organizations.totalCount").entity(Integer.class).isEqualTo(15);
		response.path("organizations.nodes[*].jurisdiction")
			.entityList(String.class)
			.satisfies((jurisdictions) -> assertThat(jurisdictions).hasSize(15).containsOnly("MACAO"));
	}

	@Test
	void filteringBySeveralJurisdictionsReturnsOrganizationsOfAnyOfThem() {
		GraphQlTester.Response response = organizations(Map.of("jurisdictions", List.of("HONG_KONG", "MACAO")));

		response.path("organizations.totalCount").entity(Integer.class).isEqualTo(34);
		response.path("organizations.nodes[*].jurisdiction")
			.entityList(String.class)
			.satisfies((jurisdictions) -> assertThat(jurisdictions).hasSize(34).containsOnly("HONG_KONG", "MACAO"));
	}

	@Test
	void filteringByCityReturnsOrganizationsSeatedThere() {
		GraphQlTester.Response response = organizations(Map.of("cities", List.of(cityId("SHENZHEN"))));

		response.path("organizations.totalCount").entity(Integer.class).isEqualTo(13);
		response.path("organizations.nodes[*].city.code")
			.entityList(String.class)
			.satisfies((cities) -> assertThat(cities).hasSize(13).containsOnly("SHENZHEN"));
	}

	@Test
	void filteringBySeveralCitiesReturnsOrganizationsSeatedInAnyOfThem() {
		List<String> cities = List.of(cityId("ZHUHAI"), cityId("FOSHAN"), cityId("SHANTOU"));

		GraphQlTester.Response response = organizations(Map.of("cities", cities));

		response.path("organizations.totalCount").entity(Integer.class).isEqualTo(3);
		response.path("organizations.nodes[*].name")
			.entityList(String.class)
			.satisfies((names) -> assertThat(names).containsExactlyInAnyOrder(
					"Gree Electric Appliances, Inc. of Zhuhai", "Midea Group Co., Ltd.", "Shantou University"));
	}

	@Test
	void filteringByKindReturnsOnlyOrganizationsOfThatKind() {
		GraphQlTester.Response response = organizations(Map.of("kinds", List.of("UNIVERSITY")));

		response.path("organizations.totalCount").entity(Integer.class).isEqualTo(19);
		response.path("organizations.nodes[*].kind")
			.entityList(String.class)
			.satisfies((kinds) -> assertThat(kinds).hasSize(19).containsOnly("UNIVERSITY"));
	}

	@Test
	void filteringBySeveralKindsReturnsOrganizationsOfAnyOfThem() {
		GraphQlTester.Response response = organizations(
				Map.of("kinds", List.of("GOVERNMENT_BODY", "INDUSTRY_ASSOCIATION")));

		response.path("organizations.totalCount").entity(Integer.class).isEqualTo(16);
		response.path("organizations.nodes[*].kind").entityList(String.class).satisfies((kinds) -> {
			assertThat(kinds).hasSize(16).containsOnly("GOVERNMENT_BODY", "INDUSTRY_ASSOCIATION");
			assertThat(kinds).filteredOn("INDUSTRY_ASSOCIATION"::equals).hasSize(5);
		});
	}

	@Test
	void filteringBySectorReturnsOrganizationsWithItAsMainSector() {
		GraphQlTester.Response response = organizations(Map.of("sectors", List.of(sectorId("SIX_G"))));

		response.path("organizations.totalCount").entity(Integer.class).isEqualTo(4);
		response.path("organizations.nodes[*].name")
			.entityList(String.class)
			.satisfies((names) -> assertThat(names).containsExactlyInAnyOrder("Peng Cheng Laboratory", HUAWEI,
					"ZTE Corporation", "Macau Telecom (CTM)"));
	}

	@Test
	void filteringForChainLeadersReturnsOnlyChainLeadersEachWithAMainSector() {
		GraphQlTester.Response response = organizations(Map.of("chainLeader", true));

		response.path("organizations.totalCount").entity(Integer.class).isEqualTo(14);
		response.path("organizations.nodes")
			.entityList(OBJECT)
			.satisfies((organizations) -> assertThat(organizations).hasSize(14).allSatisfy((organization) -> {
				assertThat(organization.get("chainLeader")).isEqualTo(true);
				assertThat(organization.get("kind")).isEqualTo("ENTERPRISE");
				assertThat(organization.get("sector")).isNotNull();
			}));
	}

	@Test
	void filteringForOtherOrganizationsLeavesChainLeadersOut() {
		GraphQlTester.Response response = organizations(Map.of("chainLeader", false));

		response.path("organizations.totalCount").entity(Integer.class).isEqualTo(56);
		response.path("organizations.nodes[*].chainLeader")
			.entityList(Boolean.class)
			.satisfies((chainLeaders) -> assertThat(chainLeaders).hasSize(56).containsOnly(false));
	}

	@Test
	void searchFindsOrganizationsByTheirTraditionalChineseName() {
		GraphQlTester.Response response = organizations(Map.of("search", "實驗室"));

		response.path("organizations.totalCount").entity(Integer.class).isEqualTo(5);
		response.path("organizations.nodes[*].names.zhHant")
			.entityList(String.class)
			.satisfies((names) -> assertThat(names).hasSize(5).allSatisfy((name) -> assertThat(name).contains("實驗室")));
	}

	@Test
	void searchFindsOrganizationsByTheirSimplifiedChineseName() {
		GraphQlTester.Response response = organizations(Map.of("search", "实验室"));

		response.path("organizations.totalCount").entity(Integer.class).isEqualTo(5);
		response.path("organizations.nodes[*].names.zhHans")
			.entityList(String.class)
			.satisfies((names) -> assertThat(names).hasSize(5).allSatisfy((name) -> assertThat(name).contains("实验室")));
	}

	@Test
	void searchFindsOrganizationsByTheirEnglishNameIgnoringCase() {
		GraphQlTester.Response response = organizations(Map.of("search", "LABORATORY"));

		response.path("organizations.totalCount").entity(Integer.class).isEqualTo(5);
		response.path("organizations.nodes[*].name")
			.entityList(String.class)
			.satisfies((names) -> assertThat(names).contains("Peng Cheng Laboratory", "Guangzhou Laboratory",
					"Songshan Lake Materials Laboratory"));
	}

	@Test
	void searchFindsOrganizationsByTheirAbbreviationIgnoringCase() {
		GraphQlTester.Response response = organizations(Map.of("search", "cityu"));

		response.path("organizations.totalCount").entity(Integer.class).isEqualTo(2);
		response.path("organizations.nodes[*].abbreviation")
			.entityList(String.class)
			.satisfies((abbreviations) -> assertThat(abbreviations).containsExactlyInAnyOrder("CityU", "CityU Macau"));
	}

	@Test
	void searchFindsOrganizationsByTheirPortugueseName() {
		GraphQlTester.Response response = organizations(Map.of("search", "UNIVERSIDADE"));

		response.path("organizations.totalCount").entity(Integer.class).isEqualTo(7);
		response.path("organizations.nodes[*].jurisdiction")
			.entityList(String.class)
			.satisfies((jurisdictions) -> assertThat(jurisdictions).hasSize(7).containsOnly("MACAO"));
	}

	@Test
	void filtersCombineSoThatEveryConditionHolds() {
		GraphQlTester.Response response = organizations(
				Map.of("kinds", List.of("UNIVERSITY"), "jurisdictions", List.of("GUANGDONG")));

		response.path("organizations.totalCount").entity(Integer.class).isEqualTo(8);
		response.path("organizations.nodes[*].jurisdiction")
			.entityList(String.class)
			.satisfies((jurisdictions) -> assertThat(jurisdictions).hasSize(8).containsOnly("GUANGDONG"));
	}

	@Test
	void aFilterGivenTheIdOfAnotherTypeIsABadRequest() {
		String sectorId = sectorId("SIX_G");

		this.graphQl.documentName("organizations/organizationsByFilter")
			.variable("filter", Map.of("cities", List.of(sectorId)))
			.execute()
			.errors()
			.satisfy((errors) -> {
				assertThat(errors).hasSize(1);
				assertThat(errors.get(0).getMessage())
					.isEqualTo("'" + sectorId + "' is the ID of a Sector, not of a City");
				assertThat(errors.get(0).getExtensions()).containsEntry("classification", "BAD_REQUEST");
			});
	}

	@Test
	void withoutAnOrderOrganizationsAreSortedByEnglishName() {
		List<String> byDefault = organizations(Map.of()).path("organizations.nodes[*].name")
			.entityList(String.class)
			.get();

		assertThat(byDefault).hasSize(70).doesNotHaveDuplicates().isEqualTo(names(Map.of(), "ASC"));
	}

	@Test
	void orderingByNameAscendingSortsFromAToZ() {
		// Whether "CLP ..." sorts before "Canton ..." depends on the database's
		// collation, so the
		// order is checked on organisations whose names differ by more than case.
		List<String> names = names(Map.of("kinds", List.of("UNIVERSITY")), "ASC");

		assertThat(names).hasSize(19).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
		assertThat(names.get(0)).isEqualTo("City University of Hong Kong");
		assertThat(names.get(18)).isEqualTo("University of Saint Joseph");
	}

	@Test
	void orderingByNameDescendingSortsFromZToA() {
		List<String> names = names(Map.of("kinds", List.of("UNIVERSITY")), "DESC");

		assertThat(names).hasSize(19).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER.reversed());
		assertThat(names.get(0)).isEqualTo("University of Saint Joseph");
	}

	@Test
	void orderingByNameDescendingIsTheReverseOfAscending() {
		List<String> descending = names(Map.of(), "DESC");
		List<String> ascending = names(Map.of(), "ASC");

		assertThat(descending).hasSize(70).isEqualTo(reversed(ascending));
	}

	@Test
	void lookingAnOrganizationUpByIdReturnsTheOrganizationTheConnectionReturned() {
		Map<String, Object> fromConnection = organizations(Map.of("search", HUAWEI)).path("organizations.nodes[0]")
			.entity(OBJECT)
			.get();

		Map<String, Object> byId = detail((String) fromConnection.get("id")).path("organization").entity(OBJECT).get();

		assertThat(byId).containsAllEntriesOf(fromConnection);
	}

	@Test
	void lookingUpAnUnknownOrganizationGivesNull() {
		detail(globalId("Organization:9999")).path("organization").valueIsNull();
	}

	@Test
	void lookingUpAnOrganizationWithTheIdOfAnotherTypeIsABadRequest() {
		String personId = idByName("people", "Chan Ka-wing");

		this.graphQl.documentName("organizations/organizationDetail")
			.variable("id", personId)
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
	void aMacaoOrganizationIsNamedInEveryLanguageIncludingPortuguese() {
		GraphQlTester.Response response = detail(idByName("organizations", UM));

		response.path("organization.names.zhHant").entity(String.class).isEqualTo("澳門大學");
		response.path("organization.names.zhHans").entity(String.class).isEqualTo("澳门大学");
		response.path("organization.names.en").entity(String.class).isEqualTo(UM);
		response.path("organization.names.pt").entity(String.class).isEqualTo("Universidade de Macau");
		response.path("organization.name").entity(String.class).isEqualTo(UM);
	}

	@Test
	void anOrganizationWithoutAPortugueseNameHasANullOne() {
		GraphQlTester.Response response = detail(idByName("organizations", HKU));

		response.path("organization.names.zhHant").entity(String.class).isEqualTo("香港大學");
		response.path("organization.names.zhHans").entity(String.class).isEqualTo("香港大学");
		response.path("organization.names.pt").valueIsNull();
		response.path("organization.name").entity(String.class).isEqualTo(HKU);
	}

	@Test
	void anOrganizationShowsItsKindSeatSectorAndWebsite() {
		GraphQlTester.Response response = detail(idByName("organizations", HUAWEI));

		response.path("organization.kind").entity(String.class).isEqualTo("ENTERPRISE");
		response.path("organization.jurisdiction").entity(String.class).isEqualTo("GUANGDONG");
		response.path("organization.city.code").entity(String.class).isEqualTo("SHENZHEN");
		response.path("organization.sector.code").entity(String.class).isEqualTo("SIX_G");
		response.path("organization.chainLeader").entity(Boolean.class).isEqualTo(true);
		response.path("organization.abbreviation").valueIsNull();
		response.path("organization.website").entity(String.class).isEqualTo("https://www.huawei.com");
		response.path("organization.createdAt").entity(String.class).isEqualTo("2026-01-01T00:00:00Z");
		response.path("organization.updatedAt").entity(String.class).isEqualTo("2026-01-01T00:00:00Z");
	}

	@Test
	void anOrganizationWithoutAMainSectorHasANullSector() {
		GraphQlTester.Response response = detail(idByName("organizations", HKU));

		response.path("organization.sector").valueIsNull();
		response.path("organization.abbreviation").entity(String.class).isEqualTo("HKU");
		response.path("organization.kind").entity(String.class).isEqualTo("UNIVERSITY");
		response.path("organization.city.code").entity(String.class).isEqualTo("HONG_KONG");
	}

	@Test
	void anOrganizationListsItsPeopleByName() {
		String cuhk = idByName("organizations", CUHK);

		GraphQlTester.Response response = involvement(cuhk, null);

		response.path("organization.people.totalCount").entity(Integer.class).isEqualTo(3);
		response.path("organization.people.nodes[*].name")
			.entityList(String.class)
			.containsExactly("Law Chi-hung", "Shek Ho-yin", "Wong Hiu-ching");
		response.path("organization.people.nodes[*].affiliation.id")
			.entityList(String.class)
			.satisfies((ids) -> assertThat(ids).hasSize(3).containsOnly(cuhk));
	}

	@Test
	void anOrganizationCountsItsLabsProjectsEventsArrangementsAndPeople() {
		GraphQlTester.Response response = involvement(idByName("organizations", CUHK), null);

		response.path("organization.jointLabs.totalCount").entity(Integer.class).isEqualTo(7);
		response.path("organization.crossBorderProjects.totalCount").entity(Integer.class).isEqualTo(6);
		response.path("organization.investmentEvents.totalCount").entity(Integer.class).isEqualTo(4);
		response.path("organization.talentArrangements.totalCount").entity(Integer.class).isEqualTo(4);
		response.path("organization.people.totalCount").entity(Integer.class).isEqualTo(3);
	}

	@Test
	void anOrganizationsTalentArrangementsAreTheOnesItHosts() {
		String hkust = idByName("organizations", HKUST);

		GraphQlTester.Response response = involvement(hkust, null);

		response.path("organization.talentArrangements.nodes[*].host.id")
			.entityList(String.class)
			.satisfies((hosts) -> assertThat(hosts).hasSize(3).containsOnly(hkust));
	}

	@Test
	void anOrganizationsJointLabsCanBeFilteredFurther() {
		GraphQlTester.Response response = involvement(idByName("organizations", HKUST),
				Map.of("statuses", List.of("OPERATING")));

		response.path("organization.jointLabs.totalCount").entity(Integer.class).isEqualTo(7);
		response.path("organization.jointLabs.nodes[*].status")
			.entityList(String.class)
			.satisfies((statuses) -> assertThat(statuses).hasSize(7).containsOnly("OPERATING"));
	}

	@Test
	void sectorsListsEverySectorGroupedByGroup() {
		List<Map<String, Object>> sectors = this.graphQl.documentName("reference/sectors")
			.execute()
			.path("sectors")
			.entityList(OBJECT)
			.get();

		assertThat(sectors).hasSize(15).extracting((sector) -> sector.get("code")).doesNotHaveDuplicates();
		List<Object> groupsInOrder = new ArrayList<>();
		for (Map<String, Object> sector : sectors) {
			if (groupsInOrder.isEmpty() || !groupsInOrder.get(groupsInOrder.size() - 1).equals(sector.get("group"))) {
				groupsInOrder.add(sector.get("group"));
			}
		}
		assertThat(groupsInOrder).as("each group in one run")
			.containsExactlyInAnyOrder("COOPERATION_SECTOR", "FRONTIER_FIELD", "FUTURE_CLUSTER");
	}

	@Test
	void sectorsOfOneGroupAreOnlyThatGroupsSectors() {
		this.graphQl.documentName("reference/sectors")
			.variable("group", "FRONTIER_FIELD")
			.execute()
			.path("sectors[*].code")
			.entityList(String.class)
			.satisfies((codes) -> assertThat(codes).containsExactlyInAnyOrder("SIX_G", "NEW_GENERATION_AI",
					"QUANTUM_TECHNOLOGY", "GENE_TECHNOLOGY", "DEEP_SEA_AEROSPACE"));
		this.graphQl.documentName("reference/sectors")
			.variable("group", "COOPERATION_SECTOR")
			.execute()
			.path("sectors[*].group")
			.entityList(String.class)
			.satisfies((groups) -> assertThat(groups).hasSize(5).containsOnly("COOPERATION_SECTOR"));
	}

	@Test
	void aSectorIsNamedInEveryLanguage() {
		GraphQlTester.Response response = this.graphQl.documentName("reference/sectors").execute();

		String quantum = "sectors[?(@.code == 'QUANTUM_TECHNOLOGY')]";
		response.path(quantum + ".names.zhHant").entityList(String.class).containsExactly("量子科技");
		response.path(quantum + ".names.zhHans").entityList(String.class).containsExactly("量子科技");
		response.path(quantum + ".names.en").entityList(String.class).containsExactly("Quantum Technology");
		response.path(quantum + ".names.pt").entityList(String.class).containsExactly("Tecnologia Quântica");
		response.path(quantum + ".name").entityList(String.class).containsExactly("Quantum Technology");
		String equipment = "sectors[?(@.code == 'HIGH_END_EQUIPMENT')]";
		response.path(equipment + ".names.zhHant").entityList(String.class).containsExactly("高端裝備製造");
		response.path(equipment + ".names.zhHans").entityList(String.class).containsExactly("高端装备制造");
	}

	@Test
	void citiesListsTheCitiesOfGuangdongAndTheTwoSpecialAdministrativeRegions() {
		this.graphQl.documentName("reference/cities")
			.execute()
			.path("cities[*].code")
			.entityList(String.class)
			.hasSize(14)
			.contains("GUANGZHOU", "SHENZHEN", "SHANTOU", "ZHANJIANG", "SHAOGUAN", "HONG_KONG", "MACAO");
	}

	@Test
	void citiesOfOneJurisdictionAreOnlyThatJurisdictionsCities() {
		this.graphQl.documentName("reference/cities")
			.variable("jurisdiction", "GUANGDONG")
			.execute()
			.path("cities[*].jurisdiction")
			.entityList(String.class)
			.satisfies((jurisdictions) -> assertThat(jurisdictions).hasSize(12).containsOnly("GUANGDONG"));
		this.graphQl.documentName("reference/cities")
			.variable("jurisdiction", "HONG_KONG")
			.execute()
			.path("cities[*].code")
			.entityList(String.class)
			.containsExactly("HONG_KONG");
	}

	@Test
	void aCityShowsItsRegionAndIsNamedInEveryLanguage() {
		GraphQlTester.Response response = this.graphQl.documentName("reference/cities")
			.variable("jurisdiction", "MACAO")
			.execute();

		response.path("cities[0].code").entity(String.class).isEqualTo("MACAO");
		response.path("cities[0].region").entity(String.class).isEqualTo("MACAO");
		response.path("cities[0].names.zhHant").entity(String.class).isEqualTo("澳門");
		response.path("cities[0].names.zhHans").entity(String.class).isEqualTo("澳门");
		response.path("cities[0].names.en").entity(String.class).isEqualTo("Macao");
		response.path("cities[0].names.pt").entity(String.class).isEqualTo("Macau");
		response.path("cities[0].name").entity(String.class).isEqualTo("Macao");
	}

	@Test
	void citiesOutsideThePearlRiverDeltaLieInTheirOwnRegions() {
		GraphQlTester.Response response = this.graphQl.documentName("reference/cities")
			.variable("jurisdiction", "GUANGDONG")
			.execute();

		response.path("cities[?(@.code == 'SHANTOU')].region")
			.entityList(String.class)
			.containsExactly("EAST_GUANGDONG");
		response.path("cities[?(@.code == 'ZHANJIANG')].region")
			.entityList(String.class)
			.containsExactly("WEST_GUANGDONG");
		response.path("cities[?(@.code == 'SHAOGUAN')].region")
			.entityList(String.class)
			.containsExactly("NORTH_GUANGDONG");
		response.path("cities[?(@.region == 'PEARL_RIVER_DELTA')].code").entityList(String.class).hasSize(9);
	}

	private GraphQlTester.Response organizations(Map<String, Object> filter) {
		return this.graphQl.documentName("organizations/organizationsByFilter").variable("filter", filter).execute();
	}

	private List<String> names(Map<String, Object> filter, String direction) {
		return this.graphQl.documentName("organizations/organizationsByFilter")
			.variable("filter", filter)
			.variable("orderBy", Map.of("field", "NAME", "direction", direction))
			.execute()
			.path("organizations.nodes[*].name")
			.entityList(String.class)
			.get();
	}

	private GraphQlTester.Response detail(String id) {
		return this.graphQl.documentName("organizations/organizationDetail").variable("id", id).execute();
	}

	private GraphQlTester.Response involvement(String id, Map<String, Object> labFilter) {
		return this.graphQl.documentName("organizations/organizationInvolvement")
			.variable("id", id)
			.variable("labFilter", labFilter)
			.execute();
	}

}
