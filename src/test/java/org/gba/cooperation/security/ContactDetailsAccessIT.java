package org.gba.cooperation.security;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gba.cooperation.security.Viewer.ANONYMOUS;
import static org.gba.cooperation.security.Viewer.COORDINATOR;
import static org.gba.cooperation.security.Viewer.GDUT_PARTNER;
import static org.gba.cooperation.security.Viewer.STU_PARTNER;
import static org.gba.cooperation.support.GlobalIds.rowOf;

/**
 * People's contact details (email, phone) are personal data: a coordinator reads them
 * all, a partner those of the people its organisation hosts (an ACTIVE, unarchived talent
 * arrangement with its organisation as host: a proposal opens nothing), nobody else any.
 * A protected field comes back as null with a FORBIDDEN error at its path; the rest of
 * the response stands.
 * <p>
 * From the demo data: GDUT (5) hosts people 11 and 19 (arrangements 18 and 31, ACTIVE)
 * and has proposed to host 6, 8, 15 and 36 (arrangements 11, 13, 25 and 55, PROPOSED);
 * STU (7) hosts person 22 (arrangement 36, ACTIVE) and has proposed to host 39
 * (arrangement 60, PROPOSED); the two departments host nobody; every person has an e-mail
 * address and a phone number.
 */
class ContactDetailsAccessIT extends AccessTestSupport {

	@Test
	void aCoordinatorReadsAnyonesContactDetails() {
		GraphQlTester.Response response = as(COORDINATOR).documentName("security/contactDetails")
			.operationName("person")
			.variable("id", person(39))
			.execute();

		response.path("person.email").entity(String.class).isEqualTo("ngateng.cheang@example.net");
		response.path("person.phone").entity(String.class).isEqualTo("+853 6845 1351");
	}

	@Test
	void aPartnerReadsTheContactDetailsOfAPersonItsOrganisationHosts() {
		// STU hosts person 22 through arrangement 36 (ACTIVE).
		GraphQlTester.Response response = as(STU_PARTNER).documentName("security/contactDetails")
			.operationName("person")
			.variable("id", person(22))
			.execute();

		response.path("person.email").entity(String.class).isEqualTo("tszkin.tam@example.org");
		response.path("person.phone").entity(String.class).isEqualTo("+852 5743 0906");
	}

	@Test
	void aProposedArrangementOpensNothing() {
		// STU has only proposed to host person 39 (arrangement 60, PROPOSED).
		GraphQlTester.Response response = as(STU_PARTNER).documentName("security/contactDetails")
			.operationName("person")
			.variable("id", person(39))
			.execute();

		response.errors()
			.satisfy((errors) -> assertThat(contactDetailErrorPaths(errors)).containsExactlyInAnyOrder("person.email",
					"person.phone"));
		response.path("person.email").valueIsNull();
		response.path("person.phone").valueIsNull();
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(value = Viewer.class, names = { "ANONYMOUS", "GDUT_PARTNER", "GD_DIIT_PARTNER", "ANALYST" })
	void contactDetailsOfSomeoneElsesPersonAreNullWithAForbiddenError(Viewer viewer) {
		// Person 39 is hosted by STU (arrangement 60) and Gree (arrangement 61) only.
		GraphQlTester.Response response = as(viewer).documentName("security/contactDetails")
			.operationName("person")
			.variable("id", person(39))
			.execute();

		response.errors()
			.satisfy((errors) -> assertThat(contactDetailErrorPaths(errors)).containsExactlyInAnyOrder("person.email",
					"person.phone"));
		response.path("person.email").valueIsNull();
		response.path("person.phone").valueIsNull();
		response.path("person.id").entity(String.class).isEqualTo(person(39));
		response.path("person.name").entity(String.class).isEqualTo("Cheang Nga Teng");
		response.path("person.title").entity(String.class).isEqualTo("Laboratory Technician");
		response.path("person.homeJurisdiction").entity(String.class).isEqualTo("MACAO");
		response.path("person.affiliation.id").entity(String.class).isEqualTo(organization(MPU));
	}

	@Test
	void affiliationIsNotHosting() {
		// Person 59 is affiliated to GDUT but hosted only by HKU (arrangement 85).
		GraphQlTester.Response response = as(GDUT_PARTNER).documentName("security/contactDetails")
			.operationName("person")
			.variable("id", person(59))
			.execute();

		response.errors()
			.satisfy((errors) -> assertThat(contactDetailErrorPaths(errors)).containsExactlyInAnyOrder("person.email",
					"person.phone"));
		response.path("person.affiliation.id").entity(String.class).isEqualTo(organization(GDUT));
		response.path("person.email").valueIsNull();
	}

	@Test
	void aForbiddenFieldLeavesTheRestOfTheResponseStanding() {
		GraphQlTester.Response response = as(ANONYMOUS).documentName("security/contactDetails")
			.operationName("withOtherData")
			.variable("id", person(39))
			.execute();

		response.errors().satisfy((errors) -> {
			assertThat(contactDetailErrorPaths(errors)).containsExactly("person.email");
			assertThat(errors.get(0).getParsedPath()).containsExactly("person", "email");
		});
		response.path("person.name").entity(String.class).isEqualTo("Cheang Nga Teng");
		response.path("person.email").valueIsNull();
		response.path("jointLabs.totalCount").entity(Integer.class).isEqualTo(20);
	}

	@ParameterizedTest(name = "{0} reads the contact details of people {1}")
	@CsvSource(delimiter = '|', textBlock = """
			ANONYMOUS       |
			GDUT_PARTNER    | 11 19
			STU_PARTNER     | 22
			GD_DIIT_PARTNER |
			ANALYST         |
			""")
	void inAListOfPeopleOnlyTheHostedOnesShowTheirContactDetails(Viewer viewer, @Nullable String hosted) {
		Set<String> readable = new HashSet<>(rows("Person", hosted));

		GraphQlTester.Response response = as(viewer).documentName("security/contactDetails")
			.operationName("people")
			.execute();

		List<String> errorPaths = new ArrayList<>();
		List<PersonContact> people = response.errors()
			.satisfy((errors) -> errorPaths.addAll(contactDetailErrorPaths(errors)))
			.path("people.nodes")
			.entityList(PersonContact.class)
			.get();
		assertThat(people).hasSize(70);
		List<String> shown = new ArrayList<>();
		List<String> expectedErrorPaths = new ArrayList<>();
		for (int i = 0; i < people.size(); i++) {
			PersonContact person = people.get(i);
			if (person.email() != null && person.phone() != null) {
				shown.add(rowOf(person.id()));
			}
			if (!readable.contains(rowOf(person.id()))) {
				expectedErrorPaths.add("people.nodes[" + i + "].email");
				expectedErrorPaths.add("people.nodes[" + i + "].phone");
			}
		}
		assertThat(shown).containsExactlyInAnyOrderElementsOf(readable);
		assertThat(errorPaths).containsExactlyInAnyOrderElementsOf(expectedErrorPaths);
	}

	@Test
	void aCoordinatorReadsEveryonesContactDetailsInAList() {
		List<PersonContact> people = as(COORDINATOR).documentName("security/contactDetails")
			.operationName("people")
			.execute()
			.errors()
			.verify()
			.path("people.nodes")
			.entityList(PersonContact.class)
			.get();

		assertThat(people).hasSize(70).allSatisfy((person) -> {
			assertThat(person.email()).isNotNull();
			assertThat(person.phone()).isNotNull();
		});
	}

	@Test
	void aPartnerReadsTheContactDetailsOfThePeopleOfItsActiveArrangementsOnly() {
		// GDUT's six arrangements: 18 and 31 ACTIVE (people 11 and 19), 11, 13, 25 and 55
		// PROPOSED.
		List<String> errorPaths = new ArrayList<>();
		List<HostedPerson> hosted = as(GDUT_PARTNER).documentName("security/contactDetails")
			.operationName("hostedPeople")
			.variable("organization", organization(GDUT))
			.execute()
			.errors()
			.satisfy((errors) -> errorPaths.addAll(contactDetailErrorPaths(errors)))
			.path("organization.talentArrangements.nodes")
			.entityList(HostedPerson.class)
			.get();

		assertThat(hosted).hasSize(6);
		List<String> readable = hosted.stream()
			.filter((arrangement) -> arrangement.person().email() != null && arrangement.person().phone() != null)
			.map((arrangement) -> rowOf(arrangement.person().id()))
			.toList();
		assertThat(readable).containsExactlyInAnyOrderElementsOf(rows("Person", "11 19"));
		assertThat(errorPaths).hasSize(8);
	}

	/** A person of the {@code people} document. */
	record PersonContact(String id, String name, @Nullable String email, @Nullable String phone) {
	}

	/** An arrangement of the {@code hostedPeople} document. */
	record HostedPerson(String id, PersonContact person) {
	}

}
