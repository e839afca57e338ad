package org.gba.cooperation.labs;

import java.util.List;
import java.util.Map;

import org.gba.cooperation.support.WriteIntegrationTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The joint lab mutations: who may make them, the rules each enforces with its user error
 * code, and what they leave in the audit trail. Each test creates the lab it changes.
 */
class JointLabMutationsIT extends WriteIntegrationTestSupport {

	private static final String SYSU = "T3JnYW5pemF0aW9uOjE"; // Organization 1, Guangdong

	private static final String SCUT = "T3JnYW5pemF0aW9uOjI"; // Organization 2, Guangdong

	private static final String HKUST = "T3JnYW5pemF0aW9uOjM5"; // Organization 39, Hong
																// Kong

	private static final String POLYU = "T3JnYW5pemF0aW9uOjQw"; // Organization 40, Hong
																// Kong

	private static final String UM = "T3JnYW5pemF0aW9uOjU2"; // Organization 56, Macao

	private String sectorId;

	private String cityId;

	@BeforeEach
	void referenceData() {
		this.sectorId = firstSectorId();
		this.cityId = secondCityId();
	}

	@Test
	void aCoordinatorCreatesAPlannedLabWithTheLeadItNames() {
		GraphQlTester.Response response = create(this.graphQl, input("Lab of the coordinator", SYSU));

		response.path("createJointLab.userErrors").entityList(Object.class).hasSize(0);
		response.path("createJointLab.jointLab.status").entity(String.class).isEqualTo("PLANNED");
		response.path("createJointLab.jointLab.version").entity(Integer.class).isEqualTo(0);
		response.path("createJointLab.jointLab.members[0].role").entity(String.class).isEqualTo("LEAD");
		response.path("createJointLab.jointLab.members[0].organization.id").entity(String.class).isEqualTo(SYSU);
	}

	@Test
	void aLabCreatedWithoutADescriptionReadsAsAnEmptyOne() {
		String lab = create(this.graphQl, input("Lab without a description", SYSU)).path("createJointLab.jointLab.id")
			.entity(String.class)
			.get();

		GraphQlTester.Response read = this.graphQl
			.document("query($id: ID!) { node(id: $id) { ... on JointLab { description "
					+ "descriptions { zhHant zhHans en pt machineConverted } } } }")
			.variable("id", lab)
			.execute();

		read.errors().verify();
		read.path("node.description").valueIsNull();
		read.path("node.descriptions.en").valueIsNull();
		read.path("node.descriptions.zhHant").valueIsNull();
		read.path("node.descriptions.machineConverted").entityList(String.class).hasSize(0);
	}

	@Test
	void aPartnersNewLabIsLedByItsOwnOrganization() {
		GraphQlTester.Response response = create(partnerOf(HKUST), input("Lab of a partner", null));

		response.path("createJointLab.jointLab.members[0].organization.id").entity(String.class).isEqualTo(HKUST);
		response.path("createJointLab.jointLab.members[0].role").entity(String.class).isEqualTo("LEAD");
	}

	@Test
	void aPartnerCannotNameAnotherOrganizationAsLead() {
		assertRefused(create(partnerOf(HKUST), input("Lab led by another", SYSU)), "createJointLab", "INVALID_VALUE",
				"input", "leadOrganizationId");
	}

	@Test
	void analystsNeverWrite() {
		analyst().documentName("labs/createJointLab")
			.variable("input", input("Lab of an analyst", SYSU))
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getErrorType()).isEqualTo(ErrorType.FORBIDDEN)));
	}

	@Test
	void anonymousCallersMustSignInToWrite() {
		this.anonymous.documentName("labs/createJointLab")
			.variable("input", input("Lab of nobody", SYSU))
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getErrorType()).isEqualTo(ErrorType.UNAUTHORIZED)));
	}

	@Test
	void aNameIsRequiredInEnglishAndInAtLeastOneChineseScript() {
		Map<String, Object> input = input("x", SYSU);
		input.put("names", Map.of("zhHant", " ", "zhHans", " ", "en", ""));

		GraphQlTester.Response response = create(this.graphQl, input);

		response.path("createJointLab.jointLab").valueIsNull();
		response.path("createJointLab.userErrors[*].code")
			.entityList(String.class)
			.containsExactly("REQUIRED", "REQUIRED");
		response.path("createJointLab.userErrors[*].field")
			.entityList(Object.class)
			.containsExactly(List.of("input", "names", "en"), List.of("input", "names", "zhHant"));
	}

	@Test
	void aNameLongerThanThreeHundredCharactersIsTooLong() {
		Map<String, Object> input = input("x", SYSU);
		input.put("names", Map.of("zhHant", "實驗室", "zhHans", "实验室", "en", "L".repeat(301)));

		assertRefused(create(this.graphQl, input), "createJointLab", "TOO_LONG", "input", "names", "en");
	}

	@Test
	void anUnknownSectorIsNotFound() {
		Map<String, Object> input = input("Lab in no sector", SYSU);
		input.put("sectorId", "U2VjdG9yOjk5OTk"); // Sector:9999

		assertRefused(create(this.graphQl, input), "createJointLab", "NOT_FOUND", "input", "sectorId");
	}

	@Test
	void anUpdateChangesTheGivenFieldsAndMovesTheVersionOn() {
		String lab = createdLab("Lab to rename", SYSU);

		GraphQlTester.Response response = update(this.graphQl,
				Map.of("id", lab, "version", 0, "names", names("Renamed lab"), "endDate", "2030-12-31"));

		response.path("updateJointLab.jointLab.name").entity(String.class).isEqualTo("Renamed lab");
		response.path("updateJointLab.jointLab.endDate").entity(String.class).isEqualTo("2030-12-31");
		response.path("updateJointLab.jointLab.version").entity(Integer.class).isEqualTo(1);
	}

	@Test
	void aStaleVersionWritesNothingAndTellsTheCurrentOne() {
		String lab = createdLab("Lab changed twice", SYSU);
		update(this.graphQl, Map.of("id", lab, "version", 0, "names", names("First change")));

		GraphQlTester.Response response = update(this.graphQl, Map.of("id", lab, "version", 0, "names", names("Lost")));

		assertRefused(response, "updateJointLab", "STALE_VERSION", "input", "version");
		response.path("updateJointLab.userErrors[0].currentVersion").entity(Integer.class).isEqualTo(1);
		labById(lab).path("jointLab.name").entity(String.class).isEqualTo("First change");
	}

	@Test
	void anEndBeforeTheStartIsRefused() {
		String lab = createdLab("Lab with dates", SYSU);

		assertRefused(update(this.graphQl, Map.of("id", lab, "version", 0, "endDate", "2020-01-01")), "updateJointLab",
				"DATES_OUT_OF_ORDER", "input", "endDate");
	}

	@Test
	void aPartnerChangesLabsItIsAMemberOfOnly() {
		String ownLab = createdLab("Lab of HKUST", HKUST);
		String otherLab = createdLab("Lab of SYSU", SYSU);
		changeStatus(this.graphQl, otherLab, 0, "CLOSED");

		update(partnerOf(HKUST), Map.of("id", ownLab, "version", 0, "names", names("HKUST renamed")))
			.path("updateJointLab.jointLab.name")
			.entity(String.class)
			.isEqualTo("HKUST renamed");
		// A closed lab is public, so the partner sees it, but it is not its lab to
		// change.
		partnerOf(HKUST).documentName("labs/updateJointLab")
			.variable("input", Map.of("id", otherLab, "version", 1, "names", names("Taken over")))
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getErrorType()).isEqualTo(ErrorType.FORBIDDEN)));
	}

	@Test
	void aLabThePartnerCannotSeeIsNotFound() {
		String plannedLab = createdLab("Planned lab of SYSU", SYSU);

		assertRefused(update(partnerOf(HKUST), Map.of("id", plannedLab, "version", 0, "names", names("Found"))),
				"updateJointLab", "NOT_FOUND", "input", "id");
	}

	@Test
	void anIdOfAnotherTypeIsABadRequest() {
		this.graphQl.documentName("labs/updateJointLab")
			.variable("input", Map.of("id", SYSU, "version", 0))
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(error.getMessage())
					.isEqualTo("'" + SYSU + "' is the ID of an Organization, not of a JointLab");
			}));
	}

	@Test
	void aLabOperatesOnlyWithMembersFromTwoJurisdictions() {
		String lab = createdLab("Lab of one jurisdiction", SYSU);
		addMember(this.graphQl, lab, 0, SCUT, "PARTNER");

		assertRefused(changeStatus(this.graphQl, lab, 1, "OPERATING"), "changeJointLabStatus",
				"NEEDS_TWO_JURISDICTIONS", "input", "status");

		addMember(this.graphQl, lab, 1, UM, "PARTNER");
		changeStatus(this.graphQl, lab, 2, "OPERATING").path("changeJointLabStatus.jointLab.status")
			.entity(String.class)
			.isEqualTo("OPERATING");
	}

	@Test
	void statusesMoveOnlyForwards() {
		String lab = createdLab("Lab closed early", SYSU);
		changeStatus(this.graphQl, lab, 0, "CLOSED").path("changeJointLabStatus.jointLab.endDate")
			.entity(String.class)
			.satisfies((endDate) -> assertThat(endDate).isNotBlank());

		assertRefused(changeStatus(this.graphQl, lab, 1, "PLANNED"), "changeJointLabStatus", "INVALID_TRANSITION",
				"input", "status");
	}

	@Test
	void anOrganizationIsAMemberOnce() {
		String lab = createdLab("Lab with a member", SYSU);
		addMember(this.graphQl, lab, 0, HKUST, "PARTNER");

		assertRefused(addMember(this.graphQl, lab, 1, HKUST, "PARTNER"), "addJointLabMember", "ALREADY_EXISTS", "input",
				"organizationId");
	}

	@Test
	void aLabHasOneLead() {
		String lab = createdLab("Lab with a lead", SYSU);

		assertRefused(addMember(this.graphQl, lab, 0, HKUST, "LEAD"), "addJointLabMember", "ALREADY_EXISTS", "input",
				"role");
	}

	@Test
	void theLeadCannotLeave() {
		String lab = createdLab("Lab keeping its lead", SYSU);

		assertRefused(removeMember(this.graphQl, lab, 0, SYSU), "removeJointLabMember", "NEEDS_A_LEAD", "input",
				"organizationId");
	}

	@Test
	void anOperatingLabKeepsMembersFromTwoJurisdictionsAndARefusalLeavesNoTrace() {
		String lab = createdLab("Operating lab", SYSU);
		addMember(this.graphQl, lab, 0, HKUST, "PARTNER");
		changeStatus(this.graphQl, lab, 1, "OPERATING");
		int entries = auditEntries(lab);

		// The member row is deleted before the rule is checked; the refusal must undo the
		// deletion.
		assertRefused(removeMember(this.graphQl, lab, 2, HKUST), "removeJointLabMember", "NEEDS_TWO_JURISDICTIONS",
				"input", "organizationId");

		labById(lab).path("jointLab.members[*].organization.id").entityList(String.class).containsExactly(SYSU, HKUST);
		labById(lab).path("jointLab.version").entity(Integer.class).isEqualTo(2);
		assertThat(auditEntries(lab)).isEqualTo(entries);
	}

	@Test
	void aRemovedMemberIsGone() {
		String lab = createdLab("Lab losing a member", SYSU);
		addMember(this.graphQl, lab, 0, POLYU, "PARTNER");

		removeMember(this.graphQl, lab, 1, POLYU).path("removeJointLabMember.jointLab.members[*].organization.id")
			.entityList(String.class)
			.containsExactly(SYSU);
	}

	@Test
	void anArchivedLabIsSeenByCoordinatorsOnlyAndChangesNoMore() {
		String lab = createdLab("Lab to archive", HKUST);

		this.graphQl.documentName("labs/archiveJointLab")
			.variable("input", Map.of("id", lab, "version", 0))
			.execute()
			.path("archiveJointLab.jointLab.archivedAt")
			.entity(String.class)
			.satisfies((archivedAt) -> assertThat(archivedAt).isNotBlank());

		partnerOf(HKUST).documentName("labs/labById").variable("id", lab).execute().path("jointLab").valueIsNull();
		assertRefused(update(this.graphQl, Map.of("id", lab, "version", 1, "names", names("Revived"))),
				"updateJointLab", "ARCHIVED", "input", "id");
	}

	@Test
	void everyChangeIsInTheAuditTrailWithWhoAndWhatChanged() {
		String lab = createdLab("Audited lab", HKUST);
		update(partnerOf(HKUST), Map.of("id", lab, "version", 0, "names", names("Audited lab, renamed")));

		GraphQlTester.Response trail = this.graphQl.documentName("writes/auditTrail")
			.variable("objectId", lab)
			.execute();

		trail.path("auditTrail.nodes[*].action")
			.entityList(String.class)
			.containsExactly("createJointLab", "updateJointLab");
		trail.path("auditTrail.nodes[1].subject").entity(String.class).isEqualTo("partner-" + HKUST);
		trail.path("auditTrail.nodes[1].organization.id").entity(String.class).isEqualTo(HKUST);
		trail.path("auditTrail.nodes[1].changes[0].field").entity(String.class).isEqualTo("names");
		trail.path("auditTrail.nodes[1].changes[0].before")
			.entity(String.class)
			.satisfies((before) -> assertThat(before).contains("en: Audited lab |"));
		trail.path("auditTrail.nodes[1].changes[0].after")
			.entity(String.class)
			.satisfies((after) -> assertThat(after).contains("en: Audited lab, renamed |"));
	}

	@Test
	void theAuditTrailIsForCoordinatorsAndAnalystsOnly() {
		String lab = createdLab("Lab with a private trail", HKUST);

		partnerOf(HKUST).documentName("writes/auditTrail")
			.variable("objectId", lab)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getErrorType()).isEqualTo(ErrorType.FORBIDDEN)));
		analyst().documentName("writes/auditTrail")
			.variable("objectId", lab)
			.execute()
			.path("auditTrail.totalCount")
			.entity(Integer.class)
			.isEqualTo(1);
	}

	@Test
	void aRetryWithTheSameKeyReturnsTheFirstResultAndWritesNothing() {
		Map<String, Object> input = input("Lab created once", SYSU);
		input.put("idempotencyKey", "create-lab-once");

		String first = create(this.graphQl, input).path("createJointLab.jointLab.id").entity(String.class).get();
		String second = create(this.graphQl, input).path("createJointLab.jointLab.id").entity(String.class).get();

		assertThat(second).isEqualTo(first);
		this.graphQl.document("{ jointLabs(filter: {search: \"Lab created once\"}) { totalCount } }")
			.execute()
			.path("jointLabs.totalCount")
			.entity(Integer.class)
			.isEqualTo(1);
	}

	@Test
	void theSameKeyWithAnotherInputIsRefused() {
		Map<String, Object> input = input("Lab with a key", SYSU);
		input.put("idempotencyKey", "one-key-one-request");
		create(this.graphQl, input);
		input.put("names", names("Another lab with the same key"));

		assertRefused(create(this.graphQl, input), "createJointLab", "IDEMPOTENCY_KEY_REUSED", "input",
				"idempotencyKey");
	}

	@Test
	void idempotencyKeysArePerCaller() {
		Map<String, Object> input = input("Lab of two callers", null);
		input.put("idempotencyKey", "same-key-two-callers");

		String ofHkust = create(partnerOf(HKUST), input).path("createJointLab.jointLab.id").entity(String.class).get();
		String ofUm = create(partnerOf(UM), input).path("createJointLab.jointLab.id").entity(String.class).get();

		assertThat(ofUm).isNotEqualTo(ofHkust);
	}

	@ParameterizedTest(name = "{0} and {1}")
	@CsvSource(delimiter = '|', value = { "Key-1|key-1", "Kéy-2|Key-2", "'key-3 '|key-3" })
	void keysThatDifferInCaseAccentsOrTrailingSpacesAreDifferentKeys(String first, String second) {
		// Keys are opaque byte strings, whatever the database's collation (issue 13, D5).
		Map<String, Object> input = input("Lab of key " + first, SYSU);
		input.put("idempotencyKey", first);
		String firstLab = create(this.graphQl, input).path("createJointLab.jointLab.id").entity(String.class).get();
		Map<String, Object> other = input("Lab of key " + second + " (other)", SYSU);
		other.put("idempotencyKey", second);

		String secondLab = create(this.graphQl, other).path("createJointLab.jointLab.id").entity(String.class).get();

		assertThat(secondLab).isNotEqualTo(firstLab);
	}

	@Test
	void callersWhoseSubjectsDifferOnlyInCaseAreDifferentCallers() {
		// A token's subject is opaque too: "CaseTester" never gets "casetester"'s result
		// back as a replay.
		Map<String, Object> input = input("Lab of CaseTester", null);
		input.put("idempotencyKey", "subject-case");
		String upper = create(graphQlAs(token("CaseTester", List.of("COORDINATOR"), null)), input)
			.path("createJointLab.jointLab.id")
			.entity(String.class)
			.get();

		String lower = create(graphQlAs(token("casetester", List.of("COORDINATOR"), null)), input)
			.path("createJointLab.jointLab.id")
			.entity(String.class)
			.get();

		assertThat(lower).isNotEqualTo(upper);
	}

	private String createdLab(String name, String lead) {
		return create(this.graphQl, input(name, lead)).path("createJointLab.jointLab.id").entity(String.class).get();
	}

	private Map<String, Object> input(String name, String lead) {
		return jointLabInput(names(name), this.sectorId, this.cityId, lead);
	}

	private static Map<String, Object> names(String english) {
		return Map.of("zhHant", "測試實驗室", "zhHans", "测试实验室", "en", english);
	}

	private GraphQlTester.Response create(HttpGraphQlTester client, Map<String, Object> input) {
		return execute(client, "labs/createJointLab", input);
	}

	private GraphQlTester.Response update(HttpGraphQlTester client, Map<String, Object> input) {
		return execute(client, "labs/updateJointLab", input);
	}

	private GraphQlTester.Response addMember(HttpGraphQlTester client, String lab, int version, String organization,
			String role) {
		return client.documentName("labs/addJointLabMember")
			.variable("input", Map.of("id", lab, "version", version, "organizationId", organization, "role", role))
			.execute();
	}

	private GraphQlTester.Response removeMember(HttpGraphQlTester client, String lab, int version,
			String organization) {
		return client.documentName("labs/removeJointLabMember")
			.variable("input", Map.of("id", lab, "version", version, "organizationId", organization))
			.execute();
	}

	private GraphQlTester.Response changeStatus(HttpGraphQlTester client, String lab, int version, String status) {
		return client.documentName("labs/changeJointLabStatus")
			.variable("input", Map.of("id", lab, "version", version, "status", status))
			.execute();
	}

	private GraphQlTester.Response labById(String lab) {
		return this.graphQl.documentName("labs/labById").variable("id", lab).execute();
	}

	private int auditEntries(String objectId) {
		return read("writes/auditTrail", "objectId", objectId, "auditTrail.totalCount").entity(Integer.class).get();
	}

	private static void assertRefused(GraphQlTester.Response response, String mutation, String code, String... field) {
		assertUserError(response.path(mutation + ".userErrors[0]").entity(OBJECT).get(), code, field);
	}

}
