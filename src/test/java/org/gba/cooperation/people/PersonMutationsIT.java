package org.gba.cooperation.people;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.gba.cooperation.support.WriteIntegrationTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gba.cooperation.support.GlobalIds.globalId;

/**
 * The person mutations: {@code createPerson} for partners and coordinators (a partner's
 * new person is affiliated to the partner's organisation unless another is given),
 * {@code updatePerson} for coordinators and partners whose organisation employs or hosts
 * the person, {@code archivePerson} for coordinators only. Contact details are checked
 * for form, and never enter the audit trail.
 * <p>
 * From the demo data: HKU (37) and CUHK (38) are universities in Hong Kong; GDUT (5)
 * hosts person 6 (Leung Chun-ho, of CityU, 41) through arrangement 11; Huawei (14)
 * neither employs nor hosts him.
 */
class PersonMutationsIT extends WriteIntegrationTestSupport {

	private static final String HKU = globalId("Organization", 37);

	private static final String CUHK = globalId("Organization", 38);

	private static final String GDUT = globalId("Organization", 5);

	private static final String HUAWEI = globalId("Organization", 14);

	private static final String QUANTUM_TECHNOLOGY = globalId("Sector", 8);

	private static final String BIOMEDICINE = globalId("Sector", 5);

	/** Leung Chun-ho, of CityU, hosted by GDUT. */
	private static final String HOSTED_BY_GDUT = globalId("Person", 6);

	// createPerson

	@Test
	void aCoordinatorRegistersAPerson() {
		Map<String, Object> input = newPerson("Chan Tai-man");
		input.put("title", "Professor");
		input.put("email", "taiman.chan@example.org");
		input.put("phone", "+852 5123 4567");
		input.put("affiliationId", HKU);
		input.put("expertiseSectorId", QUANTUM_TECHNOLOGY);

		Map<String, Object> person = created(this.graphQl, input);

		assertThat(person).containsEntry("version", 0)
			.containsEntry("title", "Professor")
			.containsEntry("homeJurisdiction", "HONG_KONG")
			.containsEntry("affiliation", Map.of("id", HKU))
			.containsEntry("expertise", Map.of("code", "QUANTUM_TECHNOLOGY"))
			.containsEntry("archivedAt", null);
		assertThat(current((String) person.get("id"))).containsEntry("email", "taiman.chan@example.org")
			.containsEntry("phone", "+852 5123 4567");
	}

	@Test
	void aCoordinatorsNewPersonWithoutAffiliationHasNone() {
		assertThat(created(this.graphQl, newPerson("Unaffiliated Person"))).containsEntry("affiliation", null);
	}

	@Test
	void registeringAPersonLeavesAnAuditEntryWithoutTheirContactDetails() {
		Map<String, Object> input = newPerson("Audited Newcomer");
		input.put("email", "audited.newcomer@example.org");
		input.put("phone", "+852 5000 0001");
		input.put("affiliationId", HKU);

		String id = (String) created(this.graphQl, input).get("id");

		List<Map<String, Object>> trail = auditTrail(id);
		assertThat(trail).singleElement().satisfies((entry) -> {
			assertThat(entry).containsEntry("action", "createPerson");
			assertThat(changesByField(entry)).containsEntry("affiliation", values(null, HKU))
				.containsEntry("homeJurisdiction", values(null, "HONG_KONG"))
				.containsEntry("email", values(null, PersonWrites.WITHHELD))
				.containsEntry("phone", values(null, PersonWrites.WITHHELD));
		});
		assertThat(trail.toString()).doesNotContain("audited.newcomer").doesNotContain("5000 0001");
	}

	@Test
	void aPartnersNewPersonWithoutAffiliationBelongsToThePartnersOrganisation() {
		HttpGraphQlTester hku = partnerOf(HKU);

		Map<String, Object> person = created(hku, newPerson("Recruited By HKU"));

		assertThat(person).containsEntry("affiliation", Map.of("id", HKU));
		Map<String, Object> change = versioned((String) person.get("id"), 0);
		change.put("title", "Research Fellow");
		assertThat(updated(hku, change)).containsEntry("title", "Research Fellow").containsEntry("version", 1);
	}

	@Test
	void aPartnerMayRegisterAPersonOfAnotherOrganisation() {
		Map<String, Object> input = newPerson("Visiting From CUHK");
		input.put("affiliationId", CUHK);

		Map<String, Object> person = created(partnerOf(HKU), input);

		assertThat(person).containsEntry("affiliation", Map.of("id", CUHK));
		Map<String, Object> entry = auditTrail((String) person.get("id")).get(0);
		assertThat(entry).containsEntry("subject", "partner-" + HKU).containsEntry("organization", Map.of("id", HKU));
	}

	@Test
	void anEmailAddressMustBeValid() {
		Map<String, Object> input = newPerson("Bad Email");
		input.put("email", "not-an-address");

		assertUserError(create(this.graphQl, input), "createPerson", "INVALID_VALUE", "input", "email");
	}

	@Test
	void anEmailAddressHasAtMost254Characters() {
		Map<String, Object> input = newPerson("Long Email");
		String label = "d".repeat(60);
		input.put("email", "someone@" + String.join(".", label, label, label, label) + ".org");

		List<Map<String, Object>> errors = userErrors(create(this.graphQl, input), "createPerson");

		assertThat(errors).anySatisfy((error) -> assertThat(error).containsEntry("code", "TOO_LONG")
			.containsEntry("field", List.of("input", "email")));
	}

	@Test
	void aPhoneNumberHoldsOnlyDigitsSpacesPlusMinusAndParentheses() {
		Map<String, Object> input = newPerson("Bad Phone");
		input.put("phone", "+852 5123 4567 ext. 12");

		assertUserError(create(this.graphQl, input), "createPerson", "INVALID_VALUE", "input", "phone");
	}

	@Test
	void aPhoneNumberHasADigit() {
		Map<String, Object> input = newPerson("No Digits");
		input.put("phone", "+( )-");

		assertUserError(create(this.graphQl, input), "createPerson", "INVALID_VALUE", "input", "phone");
	}

	@Test
	void aPhoneNumberWithParenthesesAndDashesIsAccepted() {
		Map<String, Object> input = newPerson("Good Phone");
		input.put("phone", "(+853) 2888-1234");

		String id = (String) created(this.graphQl, input).get("id");

		assertThat(current(id)).containsEntry("phone", "(+853) 2888-1234");
	}

	@Test
	void aPhoneNumberHasAtMost40Characters() {
		Map<String, Object> input = newPerson("Long Phone");
		input.put("phone", "1".repeat(41));

		assertUserError(create(this.graphQl, input), "createPerson", "TOO_LONG", "input", "phone");
	}

	@Test
	void theAffiliationMustExist() {
		Map<String, Object> input = newPerson("Affiliated Nowhere");
		input.put("affiliationId", globalId("Organization", 999_999));

		assertUserError(create(this.graphQl, input), "createPerson", "NOT_FOUND", "input", "affiliationId");
	}

	@Test
	void theAffiliationMayNotBeArchived() {
		String archived = archivedOrganization();
		Map<String, Object> input = newPerson("Affiliated To The Past");
		input.put("affiliationId", archived);

		assertUserError(create(this.graphQl, input), "createPerson", "ARCHIVED", "input", "affiliationId");
	}

	@Test
	void theExpertiseSectorMustExist() {
		Map<String, Object> input = newPerson("Expert In Nothing");
		input.put("expertiseSectorId", globalId("Sector", 999));

		assertUserError(create(this.graphQl, input), "createPerson", "NOT_FOUND", "input", "expertiseSectorId");
	}

	@Test
	void aPersonsNameHasAtMost200Characters() {
		Map<String, Object> input = newPerson("N".repeat(201));

		assertUserError(create(this.graphQl, input), "createPerson", "TOO_LONG", "input", "names", "en");
	}

	@Test
	void aPersonsNameNeedsAtLeastOneChineseScript() {
		Map<String, Object> input = newPerson("Nameless");
		input.put("names", Map.of("zhHant", "", "zhHans", " ", "en", "Nameless"));

		assertUserError(create(this.graphQl, input), "createPerson", "REQUIRED", "input", "names", "zhHant");
	}

	@Test
	void anAnalystMayNotRegisterAPerson() {
		String name = "Analyst Registered " + UUID.randomUUID();

		assertRefused(create(analyst(), newPerson(name)), "FORBIDDEN");
		assertThat(peopleNamed(name)).isZero();
	}

	@Test
	void anAnonymousCallerMayNotRegisterAPerson() {
		String name = "Anonymously Registered " + UUID.randomUUID();

		assertRefused(create(this.anonymous, newPerson(name)), "UNAUTHORIZED");
		assertThat(peopleNamed(name)).isZero();
	}

	// updatePerson

	@Test
	void aCoordinatorChangesAPersonAndTheVersionMovesOn() {
		String id = register("Before Change");
		Map<String, Object> input = versioned(id, 0);
		input.put("names", Map.of("zhHant", "改名", "zhHans", "改名", "en", "After Change", "pt", "Depois"));
		input.put("title", "Chief Engineer");
		input.put("email", "after.change@example.org");
		input.put("phone", "+853 6000 0000");
		input.put("homeJurisdiction", "MACAO");
		input.put("affiliationId", CUHK);
		input.put("expertiseSectorId", BIOMEDICINE);

		Map<String, Object> person = updated(this.graphQl, input);

		assertThat(person).containsEntry("version", 1)
			.containsEntry("names", Map.of("zhHant", "改名", "zhHans", "改名", "en", "After Change", "pt", "Depois"))
			.containsEntry("title", "Chief Engineer")
			.containsEntry("homeJurisdiction", "MACAO")
			.containsEntry("affiliation", Map.of("id", CUHK))
			.containsEntry("expertise", Map.of("code", "BIOMEDICINE"));
		assertThat(current(id)).containsEntry("email", "after.change@example.org")
			.containsEntry("phone", "+853 6000 0000");
	}

	@Test
	void omittedFieldsStayAsTheyAre() {
		Map<String, Object> registration = newPerson("Mostly Unchanged");
		registration.put("title", "Lecturer");
		registration.put("email", "unchanged@example.org");
		registration.put("affiliationId", HKU);
		String id = (String) created(this.graphQl, registration).get("id");
		Map<String, Object> input = versioned(id, 0);
		input.put("homeJurisdiction", "GUANGDONG");

		Map<String, Object> person = updated(this.graphQl, input);

		assertThat(person).containsEntry("homeJurisdiction", "GUANGDONG")
			.containsEntry("title", "Lecturer")
			.containsEntry("affiliation", Map.of("id", HKU));
		assertThat(current(id)).containsEntry("email", "unchanged@example.org");
	}

	@Test
	void emptyTextsAndIdsClearTheirFields() {
		Map<String, Object> registration = newPerson("Cleared Person");
		registration.put("title", "Lecturer");
		registration.put("email", "cleared@example.org");
		registration.put("phone", "12345");
		registration.put("affiliationId", HKU);
		registration.put("expertiseSectorId", BIOMEDICINE);
		String id = (String) created(this.graphQl, registration).get("id");
		Map<String, Object> input = versioned(id, 0);
		input.put("title", "");
		input.put("email", "");
		input.put("phone", "");
		input.put("affiliationId", "");
		input.put("expertiseSectorId", "");

		Map<String, Object> person = updated(this.graphQl, input);

		assertThat(person).containsEntry("title", null)
			.containsEntry("affiliation", null)
			.containsEntry("expertise", null);
		assertThat(current(id)).containsEntry("email", null).containsEntry("phone", null);
	}

	@Test
	void changingAPersonLeavesAnAuditEntryThatWithholdsContactDetails() {
		Map<String, Object> registration = newPerson("Audited Change");
		registration.put("email", "old.address@example.org");
		String id = (String) created(this.graphQl, registration).get("id");
		Map<String, Object> input = versioned(id, 0);
		input.put("email", "new.address@example.org");
		input.put("phone", "+852 5999 9999");
		input.put("title", "Professor");

		updated(this.graphQl, input);

		List<Map<String, Object>> trail = auditTrail(id);
		assertThat(trail).hasSize(2);
		assertThat(trail.get(1)).containsEntry("action", "updatePerson");
		assertThat(changesByField(trail.get(1))).containsOnly(
				Map.entry("email", values(PersonWrites.WITHHELD, PersonWrites.WITHHELD_CHANGED)),
				Map.entry("phone", values(null, PersonWrites.WITHHELD_CHANGED)),
				Map.entry("title", values(null, "Professor")));
		assertThat(trail.toString()).doesNotContain("address@example.org").doesNotContain("5999");
	}

	@Test
	void thePartnerEmployingAPersonChangesThem() {
		String id = register("Employed By HKU", HKU);
		Map<String, Object> input = versioned(id, 0);
		input.put("title", "Senior Lecturer");

		assertThat(updated(partnerOf(HKU), input)).containsEntry("title", "Senior Lecturer")
			.containsEntry("version", 1);
	}

	@Test
	void aHostDoesNotChangeThePeopleItHosts() {
		// GDUT hosts Chau Wing-chi (person 11, of HKUST) through arrangement 18, ACTIVE:
		// a host reads the
		// person's contact details, but the person is maintained by their own
		// organisation.
		String hosted = globalId("Person", 11);
		int version = (Integer) current(hosted).get("version");

		assertRefused(update(partnerOf(GDUT), withTitle(versioned(hosted, version))), "FORBIDDEN");
		assertThat(current(hosted)).containsEntry("version", version);
	}

	@Test
	void aPartnerMayNotChangeAPersonItNeitherEmploysNorHosts() {
		String id = register("Employed By CUHK", CUHK);
		Map<String, Object> input = versioned(id, 0);
		input.put("title", "Poached");

		assertRefused(update(partnerOf(HKU), input), "FORBIDDEN");
		assertThat(current(id)).containsEntry("title", null).containsEntry("version", 0);
	}

	@Test
	void aPartnerMayNotChangeADemoPersonOfAnotherOrganisation() {
		int version = (Integer) current(HOSTED_BY_GDUT).get("version");

		assertRefused(update(partnerOf(HUAWEI), withTitle(versioned(HOSTED_BY_GDUT, version))), "FORBIDDEN");
		assertThat(current(HOSTED_BY_GDUT)).containsEntry("version", version);
	}

	@Test
	void anAnalystMayNotChangeAPerson() {
		String id = register("Analysed Person");

		assertRefused(update(analyst(), withTitle(versioned(id, 0))), "FORBIDDEN");
		assertThat(current(id)).containsEntry("version", 0);
	}

	@Test
	void anAnonymousCallerMayNotChangeAPerson() {
		String id = register("Anonymously Changed Person");

		assertRefused(update(this.anonymous, withTitle(versioned(id, 0))), "UNAUTHORIZED");
		assertThat(current(id)).containsEntry("version", 0);
	}

	@Test
	void aChangeBasedOnAnOldVersionIsRefusedWithTheCurrentVersion() {
		String id = register("Often Changed Person");
		updated(this.graphQl, withTitle(versioned(id, 0)));
		Map<String, Object> stale = versioned(id, 0);
		stale.put("title", "Stale Title");

		Map<String, Object> error = assertUserError(update(this.graphQl, stale), "updatePerson", "STALE_VERSION",
				"input", "version");

		assertThat(error).containsEntry("currentVersion", 1);
		assertThat(current(id)).containsEntry("title", "Professor");
	}

	@Test
	void aNewEmailAddressMustBeValid() {
		String id = register("Mistyped Email");
		Map<String, Object> input = versioned(id, 0);
		input.put("email", "someone@@example.org");

		assertUserError(update(this.graphQl, input), "updatePerson", "INVALID_VALUE", "input", "email");
	}

	@Test
	void aNewPhoneNumberMustBeWellFormed() {
		String id = register("Mistyped Phone");
		Map<String, Object> input = versioned(id, 0);
		input.put("phone", "call me");

		assertUserError(update(this.graphQl, input), "updatePerson", "INVALID_VALUE", "input", "phone");
	}

	@Test
	void aNewAffiliationMustExist() {
		String id = register("Moving Nowhere");
		Map<String, Object> input = versioned(id, 0);
		input.put("affiliationId", globalId("Organization", 999_999));

		assertUserError(update(this.graphQl, input), "updatePerson", "NOT_FOUND", "input", "affiliationId");
	}

	@Test
	void aNewExpertiseSectorMustExist() {
		String id = register("Changing Field");
		Map<String, Object> input = versioned(id, 0);
		input.put("expertiseSectorId", globalId("Sector", 999));

		assertUserError(update(this.graphQl, input), "updatePerson", "NOT_FOUND", "input", "expertiseSectorId");
	}

	@Test
	void newNamesHaveAtMost200Characters() {
		String id = register("Short Name");
		Map<String, Object> input = versioned(id, 0);
		input.put("names", Map.of("zhHant", "長".repeat(201), "zhHans", "长", "en", "Long Name"));

		assertUserError(update(this.graphQl, input), "updatePerson", "TOO_LONG", "input", "names", "zhHant");
	}

	@Test
	void anUnknownPersonIsNotFound() {
		assertUserError(update(this.graphQl, withTitle(versioned(globalId("Person", 999_999), 0))), "updatePerson",
				"NOT_FOUND", "input", "id");
	}

	// archivePerson

	@Test
	void aCoordinatorArchivesAPerson() {
		String id = register("Archived Person");

		GraphQlTester.Response response = archive(this.graphQl, id, 0);

		Map<String, Object> person = response.path("archivePerson.person").entity(OBJECT).get();
		assertThat(person).containsEntry("version", 1);
		assertThat(person.get("archivedAt")).isNotNull();
		Map<String, Object> entry = auditTrail(id).get(1);
		assertThat(entry).containsEntry("action", "archivePerson");
		assertThat(changesByField(entry)).containsOnlyKeys("archivedAt");
	}

	@Test
	void anArchivedPersonChangesNoMore() {
		String id = register("Frozen Person");
		archive(this.graphQl, id, 0).path("archivePerson.userErrors").entityList(Object.class).hasSize(0);

		assertUserError(update(this.graphQl, withTitle(versioned(id, 1))), "updatePerson", "ARCHIVED", "input", "id");
	}

	@Test
	void anArchivedPersonIsNotFoundForThePartnerEmployingThem() {
		String id = register("Vanished Person", HKU);
		archive(this.graphQl, id, 0).path("archivePerson.userErrors").entityList(Object.class).hasSize(0);

		assertUserError(update(partnerOf(HKU), withTitle(versioned(id, 1))), "updatePerson", "NOT_FOUND", "input",
				"id");
	}

	@Test
	void aPartnerMayNotArchiveEvenAPersonItEmploys() {
		String id = register("Kept By HKU", HKU);

		assertRefused(archive(partnerOf(HKU), id, 0), "FORBIDDEN");
		assertThat(current(id)).containsEntry("version", 0);
	}

	@Test
	void anAnalystMayNotArchiveAPerson() {
		String id = register("Analyst Archived Person");

		assertRefused(archive(analyst(), id, 0), "FORBIDDEN");
		assertThat(current(id)).containsEntry("version", 0);
	}

	@Test
	void anAnonymousCallerMayNotArchiveAPerson() {
		String id = register("Anonymously Archived Person");

		assertRefused(archive(this.anonymous, id, 0), "UNAUTHORIZED");
		assertThat(current(id)).containsEntry("version", 0);
	}

	@Test
	void archivingAnOldVersionIsRefusedWithTheCurrentVersion() {
		String id = register("Archived Late Person");
		updated(this.graphQl, withTitle(versioned(id, 0)));

		Map<String, Object> error = assertUserError(archive(this.graphQl, id, 0), "archivePerson", "STALE_VERSION",
				"input", "version");

		assertThat(error).containsEntry("currentVersion", 1);
		assertThat(current(id)).containsEntry("version", 1);
	}

	// Helpers

	/**
	 * A valid registration: a person living in Hong Kong, without affiliation, title or
	 * contact details.
	 */
	private static Map<String, Object> newPerson(String englishName) {
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("names", Map.of("zhHant", "測試人", "zhHans", "测试人", "en", englishName));
		input.put("homeJurisdiction", "HONG_KONG");
		return input;
	}

	private static Map<String, Object> withTitle(Map<String, Object> input) {
		input.put("title", "Professor");
		return input;
	}

	/** Registers a person as coordinator; their global ID. */
	private String register(String englishName) {
		return (String) created(this.graphQl, newPerson(englishName)).get("id");
	}

	/**
	 * Registers a person affiliated to the organisation as coordinator; their global ID.
	 */
	private String register(String englishName, String affiliationId) {
		Map<String, Object> input = newPerson(englishName);
		input.put("affiliationId", affiliationId);
		return (String) created(this.graphQl, input).get("id");
	}

	/**
	 * An organisation registered and archived for the test (through the organisation
	 * mutations).
	 */
	private String archivedOrganization() {
		Map<String, Object> registration = new LinkedHashMap<>();
		registration.put("names", Map.of("zhHant", "舊", "zhHans", "旧", "en", "Archived For People"));
		registration.put("kind", "ENTERPRISE");
		registration.put("cityId", globalId("City", 1));
		String id = this.graphQl.documentName("organizations/createOrganization")
			.variable("input", registration)
			.execute()
			.path("createOrganization.organization.id")
			.entity(String.class)
			.get();
		this.graphQl.documentName("organizations/archiveOrganization")
			.variable("input", versioned(id, 0))
			.execute()
			.path("archiveOrganization.userErrors")
			.entityList(Object.class)
			.hasSize(0);
		return id;
	}

	private GraphQlTester.Response create(HttpGraphQlTester client, Map<String, Object> input) {
		return execute(client, "people/createPerson", input);
	}

	private GraphQlTester.Response update(HttpGraphQlTester client, Map<String, Object> input) {
		return execute(client, "people/updatePerson", input);
	}

	private GraphQlTester.Response archive(HttpGraphQlTester client, String id, int version) {
		return execute(client, "people/archivePerson", versioned(id, version));
	}

	private Map<String, Object> created(HttpGraphQlTester client, Map<String, Object> input) {
		return succeeded(create(client, input), "createPerson", "person");
	}

	private Map<String, Object> updated(HttpGraphQlTester client, Map<String, Object> input) {
		return succeeded(update(client, input), "updatePerson", "person");
	}

	/** The person as a coordinator reads them now, contact details included. */
	private Map<String, Object> current(String id) {
		return read("people/currentPerson", "id", id, "person").entity(OBJECT).get();
	}

	private int peopleNamed(String name) {
		return read("people/peopleNamed", "search", name, "people.totalCount").entity(Integer.class).get();
	}

	private static List<Map<String, Object>> userErrors(GraphQlTester.Response response, String mutation) {
		return userErrorsOf(response, mutation, "person");
	}

	/**
	 * The only user error of a refused mutation, after checking its code and field;
	 * nothing was returned.
	 */
	private static Map<String, Object> assertUserError(GraphQlTester.Response response, String mutation, String code,
			String... field) {
		return assertOnlyUserError(response, mutation, "person", code, field);
	}

	private List<Map<String, Object>> auditTrail(String id) {
		return auditTrailOf("writes/auditTrail", "objectId", id);
	}

}
