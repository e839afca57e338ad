package org.gba.cooperation.people;

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
 * The {@code people} and {@code person} queries and the edges around a person, against
 * the demo data: 70 fictional people (24 living in Hong Kong, 18 in Macao, 28 in
 * Guangdong), each with one or two talent arrangements.
 */
class PersonQueriesIT extends GraphQlIntegrationTestSupport {

	private static final String CHAN_KA_WING = "Chan Ka-wing";

	private static final String CHAN_KA_WAI = "Chan Ka Wai";

	private static final String LEONG_WENG_HONG = "Leong Weng Hong";

	private static final String HKU = "The University of Hong Kong";

	@Test
	void withoutAFilterEveryPersonIsReturnedAndCounted() {
		GraphQlTester.Response response = people(Map.of());

		response.path("people.totalCount").entity(Integer.class).isEqualTo(70);
		response.path("people.nodes").entityList(Object.class).hasSize(70);
	}

	@Test
	void filteringByHomeJurisdictionReturnsPeopleLivingThere() {
		GraphQlTester.Response response = people(Map.of("homeJurisdictions", List.of("MACAO")));

		response.path("people.totalCount").entity(Integer.class).isEqualTo(18);
		response.path("people.nodes[*].homeJurisdiction")
			.entityList(String.class)
			.satisfies((jurisdictions) -> assertThat(jurisdictions).hasSize(18).containsOnly("MACAO"));
	}

	@Test
	void filteringBySeveralHomeJurisdictionsReturnsPeopleLivingInAnyOfThem() {
		GraphQlTester.Response response = people(Map.of("homeJurisdictions", List.of("HONG_KONG", "MACAO")));

		response.path("people.totalCount").entity(Integer.class).isEqualTo(42);
		response.path("people.nodes[*].homeJurisdiction")
			.entityList(String.class)
			.satisfies((jurisdictions) -> assertThat(jurisdictions).hasSize(42).containsOnly("HONG_KONG", "MACAO"));
	}

	@Test
	void filteringByAffiliationReturnsThePeopleOfThatOrganization() {
		GraphQlTester.Response response = people(Map.of("affiliation", idByName("organizations", HKU)));

		response.path("people.totalCount").entity(Integer.class).isEqualTo(3);
		response.path("people.nodes[*].name")
			.entityList(String.class)
			.containsExactly(CHAN_KA_WING, "Choi Hoi-yan", "Mak Ka-yan");
		response.path("people.nodes[*].affiliation.name")
			.entityList(String.class)
			.satisfies((affiliations) -> assertThat(affiliations).containsOnly(HKU));
	}

	@Test
	void filteringBySectorReturnsPeopleWithExpertiseInIt() {
		GraphQlTester.Response response = people(Map.of("sectors", List.of(sectorId("INTEGRATED_CIRCUITS"))));

		response.path("people.totalCount").entity(Integer.class).isEqualTo(8);
		response.path("people.nodes[*].expertise.code")
			.entityList(String.class)
			.satisfies((sectors) -> assertThat(sectors).hasSize(8).containsOnly("INTEGRATED_CIRCUITS"));
	}

	@Test
	void filteringBySeveralSectorsReturnsPeopleWithExpertiseInAnyOfThem() {
		GraphQlTester.Response response = people(
				Map.of("sectors", List.of(sectorId("INTEGRATED_CIRCUITS"), sectorId("SIX_G"))));

		response.path("people.totalCount").entity(Integer.class).isEqualTo(14);
		response.path("people.nodes[*].expertise.code")
			.entityList(String.class)
			.satisfies((sectors) -> assertThat(sectors).hasSize(14).containsOnly("INTEGRATED_CIRCUITS", "SIX_G"));
	}

	@Test
	void searchFindsPeopleByTheirTraditionalChineseName() {
		GraphQlTester.Response response = people(Map.of("search", "陳嘉"));

		response.path("people.totalCount").entity(Integer.class).isEqualTo(2);
		response.path("people.nodes[*].names.zhHant")
			.entityList(String.class)
			.satisfies((names) -> assertThat(names).containsExactlyInAnyOrder("陳嘉穎", "陳嘉慧"));
	}

	@Test
	void searchFindsPeopleByTheirSimplifiedChineseName() {
		GraphQlTester.Response response = people(Map.of("search", "陈嘉"));

		response.path("people.totalCount").entity(Integer.class).isEqualTo(2);
		response.path("people.nodes[*].names.zhHans")
			.entityList(String.class)
			.satisfies((names) -> assertThat(names).containsExactlyInAnyOrder("陈嘉颖", "陈嘉慧"));
	}

	@Test
	void searchFindsPeopleByTheirEnglishNameIgnoringCase() {
		GraphQlTester.Response response = people(Map.of("search", "CHAN ka"));

		response.path("people.totalCount").entity(Integer.class).isEqualTo(2);
		response.path("people.nodes[*].name")
			.entityList(String.class)
			.satisfies((names) -> assertThat(names).containsExactlyInAnyOrder(CHAN_KA_WING, CHAN_KA_WAI));
	}

	@Test
	void filtersCombineSoThatEveryConditionHolds() {
		GraphQlTester.Response response = people(
				Map.of("homeJurisdictions", List.of("MACAO"), "sectors", List.of(sectorId("INTEGRATED_CIRCUITS"))));

		response.path("people.totalCount").entity(Integer.class).isEqualTo(2);
		response.path("people.nodes[*].name")
			.entityList(String.class)
			.satisfies((names) -> assertThat(names).containsExactlyInAnyOrder(LEONG_WENG_HONG, "Ho Chon Fai"));
	}

	@Test
	void aFilterGivenTheIdOfAnotherTypeIsABadRequest() {
		String personId = idByName("people", CHAN_KA_WING);

		this.graphQl.documentName("people/peopleByFilter")
			.variable("filter", Map.of("sectors", List.of(personId)))
			.execute()
			.errors()
			.satisfy((errors) -> {
				assertThat(errors).hasSize(1);
				assertThat(errors.get(0).getMessage())
					.isEqualTo("'" + personId + "' is the ID of a Person, not of a Sector");
				assertThat(errors.get(0).getExtensions()).containsEntry("classification", "BAD_REQUEST");
			});
	}

	@Test
	void withoutAnOrderPeopleAreSortedByEnglishName() {
		List<String> byDefault = people(Map.of()).path("people.nodes[*].name").entityList(String.class).get();

		assertThat(byDefault).hasSize(70).isEqualTo(names("ASC"));
	}

	@Test
	void orderingByNameAscendingSortsFromAToZ() {
		List<String> names = names("ASC");

		assertThat(names).hasSize(70).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
		assertThat(names.get(0)).isEqualTo("Ana Ferreira");
		assertThat(names.get(69)).isEqualTo("Zhu Jiayi");
	}

	@Test
	void orderingByNameDescendingSortsFromZToA() {
		List<String> names = names("DESC");

		assertThat(names).hasSize(70).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER.reversed());
		assertThat(names).isEqualTo(reversed(names("ASC")));
	}

	@Test
	void lookingAPersonUpByIdReturnsThePersonTheConnectionReturned() {
		Map<String, Object> fromConnection = people(Map.of("search", CHAN_KA_WING)).path("people.nodes[0]")
			.entity(OBJECT)
			.get();

		Map<String, Object> byId = detail((String) fromConnection.get("id")).path("person").entity(OBJECT).get();

		for (String field : List.of("id", "name", "names", "title", "homeJurisdiction", "expertise")) {
			assertThat(byId.get(field)).as(field).isEqualTo(fromConnection.get(field));
		}
		assertThat(((Map<?, ?>) byId.get("affiliation")).get("name"))
			.isEqualTo(((Map<?, ?>) fromConnection.get("affiliation")).get("name"));
	}

	@Test
	void lookingUpAnUnknownPersonGivesNull() {
		detail(globalId("Person:9999")).path("person").valueIsNull();
	}

	@Test
	void lookingUpAPersonWithTheIdOfAnotherTypeIsABadRequest() {
		String organizationId = idByName("organizations", HKU);

		this.graphQl.documentName("people/personDetail")
			.variable("id", organizationId)
			.execute()
			.errors()
			.satisfy((errors) -> {
				assertThat(errors).hasSize(1);
				assertThat(errors.get(0).getMessage())
					.matches("'" + Pattern.quote(organizationId) + "' is the ID of an? Organization, not of a Person");
				assertThat(errors.get(0).getExtensions()).containsEntry("classification", "BAD_REQUEST");
			});
	}

	@Test
	void aPersonIsNamedInEveryLanguageAndTheirNameIsTheEnglishOne() {
		GraphQlTester.Response response = detail(idByName("people", LEONG_WENG_HONG));

		response.path("person.names.zhHant").entity(String.class).isEqualTo("梁穎雄");
		response.path("person.names.zhHans").entity(String.class).isEqualTo("梁颖雄");
		response.path("person.names.en").entity(String.class).isEqualTo(LEONG_WENG_HONG);
		response.path("person.names.pt").entity(String.class).isEqualTo(LEONG_WENG_HONG);
		response.path("person.name").entity(String.class).isEqualTo(LEONG_WENG_HONG);
	}

	@Test
	void aPersonWithoutAPortugueseNameHasANullOne() {
		GraphQlTester.Response response = detail(idByName("people", CHAN_KA_WING));

		response.path("person.names.zhHant").entity(String.class).isEqualTo("陳嘉穎");
		response.path("person.names.zhHans").entity(String.class).isEqualTo("陈嘉颖");
		response.path("person.names.pt").valueIsNull();
		response.path("person.name").entity(String.class).isEqualTo(CHAN_KA_WING);
	}

	@Test
	void aPersonShowsTheirTitleHomeAffiliationAndExpertise() {
		GraphQlTester.Response response = detail(idByName("people", CHAN_KA_WING));

		response.path("person.title").entity(String.class).isEqualTo("Professor");
		response.path("person.homeJurisdiction").entity(String.class).isEqualTo("HONG_KONG");
		response.path("person.affiliation.name").entity(String.class).isEqualTo(HKU);
		response.path("person.expertise.code").entity(String.class).isEqualTo("QUANTUM_TECHNOLOGY");
		response.path("person.createdAt").entity(String.class).isEqualTo("2026-01-01T00:00:00Z");
		response.path("person.updatedAt").entity(String.class).isEqualTo("2026-01-01T00:00:00Z");
	}

	@Test
	void aPersonListsTheirTalentArrangementsByStartDate() {
		String personId = idByName("people", CHAN_KA_WING);

		GraphQlTester.Response response = detail(personId);

		response.path("person.talentArrangements.totalCount").entity(Integer.class).isEqualTo(2);
		response.path("person.talentArrangements.nodes[*].startDate")
			.entityList(String.class)
			.containsExactly("2020-07-23", "2026-01-15");
		response.path("person.talentArrangements.nodes[*].status")
			.entityList(String.class)
			.containsExactly("ACTIVE", "PROPOSED");
		response.path("person.talentArrangements.nodes[*].host.name")
			.entityList(String.class)
			.containsExactly("Southern University of Science and Technology",
					"Southern University of Science and Technology");
		response.path("person.talentArrangements.nodes[*].person.id")
			.entityList(String.class)
			.containsExactly(personId, personId);
	}

	@Test
	void aPersonsTalentArrangementsCanBeFilteredFurther() {
		GraphQlTester.Response response = this.graphQl.documentName("people/personDetail")
			.variable("id", idByName("people", CHAN_KA_WING))
			.variable("arrangementFilter", Map.of("statuses", List.of("ACTIVE")))
			.execute();

		response.path("person.talentArrangements.totalCount").entity(Integer.class).isEqualTo(1);
		response.path("person.talentArrangements.nodes[*].startDate")
			.entityList(String.class)
			.containsExactly("2020-07-23");
	}

	@Test
	void contactDetailsAreNotShownToACallerWhoIsNotEntitledToThem() {
		// The schema: "contact details are shown only to those entitled to them". This
		// request
		// carries no credentials at all, so it is entitled to no one's e-mail address or
		// phone number:
		// each is null, with a FORBIDDEN error at its path.
		List<Map<String, Object>> people = this.anonymous.documentName("people/peopleContactDetails")
			.execute()
			.errors()
			.expect((error) -> error.getErrorType() == org.springframework.graphql.execution.ErrorType.FORBIDDEN)
			.verify()
			.path("people.nodes")
			.entityList(OBJECT)
			.get();

		assertThat(people).hasSize(70);
		assertThat(people).filteredOn((person) -> person.get("email") != null || person.get("phone") != null)
			.as("people whose contact details an anonymous caller can read")
			.extracting((person) -> person.get("name"))
			.isEmpty();
	}

	@Test
	void everyPersonHasOneOrTwoTalentArrangementsNinetySixInAll() {
		List<Integer> counts = this.graphQl.documentName("people/peopleArrangementCounts")
			.execute()
			.path("people.nodes[*].talentArrangements.totalCount")
			.entityList(Integer.class)
			.get();

		assertThat(counts).hasSize(70).allSatisfy((count) -> assertThat(count).isBetween(1, 2));
		assertThat(counts.stream().mapToInt(Integer::intValue).sum()).isEqualTo(96);
	}

	@Test
	void thePersonsAffiliationListsThePersonAmongItsPeople() {
		String personId = idByName("people", CHAN_KA_WING);

		GraphQlTester.Response response = detail(personId);

		response.path("person.affiliation.people.totalCount").entity(Integer.class).isEqualTo(3);
		response.path("person.affiliation.people.nodes[*].id").entityList(String.class).contains(personId);
	}

	private GraphQlTester.Response people(Map<String, Object> filter) {
		return this.graphQl.documentName("people/peopleByFilter").variable("filter", filter).execute();
	}

	private List<String> names(String direction) {
		return this.graphQl.documentName("people/peopleByFilter")
			.variable("orderBy", Map.of("field", "NAME", "direction", direction))
			.execute()
			.path("people.nodes[*].name")
			.entityList(String.class)
			.get();
	}

	private GraphQlTester.Response detail(String id) {
		return this.graphQl.documentName("people/personDetail").variable("id", id).execute();
	}

}
