package org.gba.cooperation.security;

import java.util.HashMap;
import java.util.Map;

import org.assertj.core.api.MapAssert;
import org.gba.cooperation.shared.GlobalId;
import org.gba.cooperation.support.WriteIntegrationTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing a partner writes on its own widens what it may read or change (issue 13, D1). A
 * partner may propose to host anyone, but a proposal opens nothing: the host reads the
 * person's contact details only once the person's own organisation (their affiliation) or
 * a coordinator has accepted the arrangement, and only while it stays ACTIVE and
 * unarchived; hosting never lets it change the person.
 * <p>
 * The host is the Department of Commerce of Guangdong Province (organisation 35), which
 * hosts none of the demo data's arrangements. Each test proposes for people of its own,
 * so that no test's acceptance opens what another asserts closed.
 */
class SelfGrantedAccessIT extends WriteIntegrationTestSupport {

	private static final String HOST = GlobalId.encode("Organization", 35);

	private static final String DOCUMENT = "security/selfGrantedAccess";

	@Test
	void aPartnersProposalShowsNoContactDetailsInItsPayloadNorAfterwards() {
		// Lau Hoi-lam (person 5) works for organisation 40.
		String person = GlobalId.encode("Person", 5);

		GraphQlTester.Response proposed = host().documentName(DOCUMENT)
			.operationName("propose")
			.variable("input", proposal(person))
			.execute();

		assertForbiddenContactDetails(proposed, "createTalentArrangement.talentArrangement.person");
		proposed.path("createTalentArrangement.talentArrangement.status").entity(String.class).isEqualTo("PROPOSED");
		assertForbiddenContactDetails(contactAsHost(person), "person");
	}

	@Test
	void aliasedProposalsInOneRequestShowNoOnesContactDetails() {
		String[] people = { person(1), person(2), person(3), person(4), person(9) };
		Map<String, Object> inputs = new HashMap<>();
		String[] aliases = { "a", "b", "c", "d", "e" };
		for (int i = 0; i < aliases.length; i++) {
			inputs.put(aliases[i], proposal(people[i]));
		}

		GraphQlTester.Response proposed = host().documentName(DOCUMENT)
			.operationName("proposeFive")
			.variables(inputs)
			.execute();

		proposed.errors().satisfy((errors) -> {
			assertThat(errors).hasSize(10)
				.allSatisfy((error) -> assertThat(error.getErrorType()).isEqualTo(ErrorType.FORBIDDEN));
		});
		for (String alias : aliases) {
			proposed.path(alias + ".talentArrangement.person.email").valueIsNull();
			proposed.path(alias + ".talentArrangement.person.phone").valueIsNull();
		}
	}

	@Test
	void theHostCannotAcceptItsOwnProposal() {
		// Ng Wing-yan (person 7) works for organisation 43, not for the host.
		String person = person(7);
		Map<String, Object> arrangement = propose(person);

		GraphQlTester.Response accepted = host().documentName(DOCUMENT)
			.operationName("accept")
			.variable("input", versioned(arrangement))
			.execute();

		assertGraphQlError(accepted, ErrorType.FORBIDDEN);
		readArrangement(arrangement).containsEntry("status", "PROPOSED").containsEntry("version", 0);
		assertForbiddenContactDetails(contactAsHost(person), "person");
	}

	@Test
	void acceptedByThePersonsOrganisationItOpensTheirContactDetailsUntilItEnds() {
		// Lam Ho-yin (person 10) works for HKUST (organisation 39).
		String person = person(10);
		Map<String, Object> arrangement = propose(person);

		Map<String, Object> active = succeeded(partnerOf(GlobalId.encode("Organization", 39)).documentName(DOCUMENT)
			.operationName("accept")
			.variable("input", versioned(arrangement))
			.execute(), "startTalentArrangement", "talentArrangement");
		assertThat(active).containsEntry("status", "ACTIVE");
		contactAsHost(person).errors()
			.verify()
			.path("person.email")
			.entity(String.class)
			.isEqualTo("hoyin.lam@example.org");

		succeeded(host().documentName(DOCUMENT).operationName("end").variable("input", versioned(active)).execute(),
				"endTalentArrangement", "talentArrangement");

		assertForbiddenContactDetails(contactAsHost(person), "person");
	}

	@Test
	void archivingAnAcceptedArrangementClosesTheContactDetailsAgain() {
		// Ma Kwok-kuen (person 12) works for SenseTime (organisation 52); a coordinator
		// accepts.
		String person = person(12);
		Map<String, Object> active = succeeded(this.graphQl.documentName(DOCUMENT)
			.operationName("accept")
			.variable("input", versioned(propose(person)))
			.execute(), "startTalentArrangement", "talentArrangement");
		contactAsHost(person).errors().verify().path("person.phone").entity(String.class).isEqualTo("+852 5361 8830");

		succeeded(host().documentName(DOCUMENT).operationName("archive").variable("input", versioned(active)).execute(),
				"archiveTalentArrangement", "talentArrangement");

		assertForbiddenContactDetails(contactAsHost(person), "person");
	}

	@Test
	void hostingAPersonGivesNoRightToChangeThem() {
		// Leung Chun-ho (person 6) works for organisation 41; a coordinator accepts.
		String person = person(6);
		succeeded(this.graphQl.documentName(DOCUMENT)
			.operationName("accept")
			.variable("input", versioned(propose(person)))
			.execute(), "startTalentArrangement", "talentArrangement");
		Map<String, Object> before = this.graphQl.documentName(DOCUMENT)
			.operationName("contact")
			.variable("id", person)
			.execute()
			.path("person")
			.entity(OBJECT)
			.get();
		Map<String, Object> change = new HashMap<>();
		change.put("id", person);
		change.put("version", before.get("version"));
		change.put("email", "taken.over@example.org");

		GraphQlTester.Response changed = host().documentName(DOCUMENT)
			.operationName("changePerson")
			.variable("input", change)
			.execute();

		assertGraphQlError(changed, ErrorType.FORBIDDEN);
		this.graphQl.documentName(DOCUMENT)
			.operationName("contact")
			.variable("id", person)
			.execute()
			.path("person")
			.entity(OBJECT)
			.satisfies((after) -> assertThat(after).isEqualTo(before));
	}

	private HttpGraphQlTester host() {
		return partnerOf(HOST);
	}

	private static String person(long row) {
		return GlobalId.encode("Person", row);
	}

	private static Map<String, Object> proposal(String person) {
		Map<String, Object> input = new HashMap<>();
		input.put("personId", person);
		input.put("hostOrganizationId", HOST);
		input.put("mode", "REMOTE_CONSULTING");
		input.put("category", "YOUNG_SCIENTIST");
		input.put("startDate", "2025-06-01");
		return input;
	}

	/**
	 * The host proposes an arrangement for the person; answers the arrangement (id,
	 * version, status).
	 */
	private Map<String, Object> propose(String person) {
		GraphQlTester.Response proposed = host().documentName(DOCUMENT)
			.operationName("propose")
			.variable("input", proposal(person))
			.execute();
		assertForbiddenContactDetails(proposed, "createTalentArrangement.talentArrangement.person");
		proposed.path("createTalentArrangement.userErrors").entityList(Object.class).hasSize(0);
		return proposed.path("createTalentArrangement.talentArrangement").entity(OBJECT).get();
	}

	private static Map<String, Object> versioned(Map<String, Object> arrangement) {
		return Map.of("id", arrangement.get("id"), "version", arrangement.get("version"));
	}

	private GraphQlTester.Response contactAsHost(String person) {
		return host().documentName(DOCUMENT).operationName("contact").variable("id", person).execute();
	}

	private MapAssert<String, Object> readArrangement(Map<String, Object> arrangement) {
		return assertThat(this.graphQl.documentName(DOCUMENT)
			.operationName("arrangement")
			.variable("id", arrangement.get("id"))
			.execute()
			.path("talentArrangement")
			.entity(OBJECT)
			.get());
	}

	/**
	 * The person at this path shows neither e-mail nor phone, each with a FORBIDDEN error
	 * at its path.
	 */
	private static void assertForbiddenContactDetails(GraphQlTester.Response response, String personPath) {
		response.errors()
			.satisfy((errors) -> assertThat(errors).extracting((error) -> error.getPath() + ":" + error.getErrorType())
				.containsExactlyInAnyOrder(personPath + ".email:FORBIDDEN", personPath + ".phone:FORBIDDEN"));
		response.path(personPath + ".email").valueIsNull();
		response.path(personPath + ".phone").valueIsNull();
	}

}
