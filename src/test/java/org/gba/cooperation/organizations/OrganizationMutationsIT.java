package org.gba.cooperation.organizations;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.gba.cooperation.support.WriteIntegrationTestSupport;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gba.cooperation.support.GlobalIds.globalId;

/**
 * The organisation mutations: {@code createOrganization} and {@code archiveOrganization}
 * for coordinators only, {@code updateOrganization} also for a partner of the
 * organisation itself. An organisation's jurisdiction is its city's; a chain leader has a
 * sector; websites are http(s) addresses. Each test registers the organisations it
 * changes.
 */
class OrganizationMutationsIT extends WriteIntegrationTestSupport {

	private static final String GUANGZHOU = globalId("City", 1);

	private static final String SHENZHEN = globalId("City", 2);

	private static final String HONG_KONG = globalId("City", 13);

	private static final String MACAO = globalId("City", 14);

	private static final String INTEGRATED_CIRCUITS = globalId("Sector", 1);

	private static final String BIOMEDICINE = globalId("Sector", 5);

	/** Huawei (14), an organisation none of these tests registers. */
	private static final String HUAWEI = globalId("Organization", 14);

	// createOrganization

	@Test
	void aCoordinatorRegistersAnOrganisationInTheJurisdictionOfItsCity() {
		Map<String, Object> input = newOrganization("Macao Institute of Microelectronics");
		input.put("kind", "RESEARCH_INSTITUTE");
		input.put("cityId", MACAO);
		input.put("sectorId", INTEGRATED_CIRCUITS);
		input.put("abbreviation", "MIM");
		input.put("website", "https://www.mim.example.mo");

		Map<String, Object> organization = created(this.graphQl, input);

		assertThat(organization).containsEntry("version", 0)
			.containsEntry("kind", "RESEARCH_INSTITUTE")
			.containsEntry("jurisdiction", "MACAO")
			.containsEntry("city", Map.of("code", "MACAO"))
			.containsEntry("sector", Map.of("code", "INTEGRATED_CIRCUITS"))
			.containsEntry("chainLeader", false)
			.containsEntry("abbreviation", "MIM")
			.containsEntry("website", "https://www.mim.example.mo")
			.containsEntry("archivedAt", null);
		assertThat(organization.get("names")).asInstanceOf(InstanceOfAssertFactories.MAP)
			.containsEntry("en", "Macao Institute of Microelectronics")
			.containsEntry("pt", null);
	}

	@Test
	void registeringAnOrganisationLeavesAnAuditEntryWithItsFields() {
		Map<String, Object> input = newOrganization("Audited Registration Ltd");
		input.put("cityId", HONG_KONG);

		String id = (String) created(this.graphQl, input).get("id");

		Map<String, Object> entry = onlyAuditEntry(id);
		assertThat(entry).containsEntry("action", "createOrganization").containsEntry("subject", "coordinator");
		assertThat(changesByField(entry)).containsEntry("jurisdiction", values(null, "HONG_KONG"))
			.containsEntry("city", values(null, HONG_KONG))
			.containsEntry("kind", values(null, "ENTERPRISE"))
			.containsEntry("chainLeader", values(null, "false"))
			.doesNotContainKeys("sector", "website", "abbreviation", "archivedAt");
	}

	@Test
	void blankOptionalTextsAreStoredAsNothing() {
		Map<String, Object> input = newOrganization("Blank Texts Ltd");
		input.put("abbreviation", "  ");
		input.put("website", "");

		Map<String, Object> organization = created(this.graphQl, input);

		assertThat(organization).containsEntry("abbreviation", null).containsEntry("website", null);
	}

	@Test
	void theCityMustExist() {
		Map<String, Object> input = newOrganization("Nowhere Ltd");
		input.put("cityId", globalId("City", 999));

		assertUserError(create(this.graphQl, input), "createOrganization", "NOT_FOUND", "input", "cityId");
	}

	@Test
	void theSectorMustExist() {
		Map<String, Object> input = newOrganization("No Sector Ltd");
		input.put("sectorId", globalId("Sector", 999));

		assertUserError(create(this.graphQl, input), "createOrganization", "NOT_FOUND", "input", "sectorId");
	}

	@Test
	void aChainLeaderNeedsASector() {
		Map<String, Object> input = newOrganization("Leaderless Chain Ltd");
		input.put("chainLeader", true);

		assertUserError(create(this.graphQl, input), "createOrganization", "REQUIRED", "input", "sectorId");
	}

	@Test
	void aChainLeaderWithASectorIsRegistered() {
		Map<String, Object> input = newOrganization("Chain Leader Ltd");
		input.put("chainLeader", true);
		input.put("sectorId", BIOMEDICINE);

		assertThat(created(this.graphQl, input)).containsEntry("chainLeader", true)
			.containsEntry("sector", Map.of("code", "BIOMEDICINE"));
	}

	@Test
	void aWebsiteMustBeAnHttpAddress() {
		Map<String, Object> input = newOrganization("Gopher Ltd");
		input.put("website", "www.gopher.example.com");

		assertUserError(create(this.graphQl, input), "createOrganization", "INVALID_VALUE", "input", "website");
	}

	@Test
	void aWebsiteHasAtMost300Characters() {
		Map<String, Object> input = newOrganization("Long Address Ltd");
		input.put("website", "https://example.com/" + "a".repeat(281));

		assertUserError(create(this.graphQl, input), "createOrganization", "TOO_LONG", "input", "website");
	}

	@Test
	void aWebsiteOf300CharactersIsAccepted() {
		Map<String, Object> input = newOrganization("Just Long Enough Ltd");
		String website = "https://example.com/" + "a".repeat(280);
		input.put("website", website);

		assertThat(created(this.graphQl, input)).containsEntry("website", website);
	}

	@Test
	void anAbbreviationHasAtMost40Characters() {
		Map<String, Object> input = newOrganization("Long Abbreviation Ltd");
		input.put("abbreviation", "A".repeat(41));

		assertUserError(create(this.graphQl, input), "createOrganization", "TOO_LONG", "input", "abbreviation");
	}

	@Test
	void theNamesInChineseAndEnglishAreRequired() {
		Map<String, Object> input = newOrganization("Nameless Ltd");
		input.put("names", Map.of("zhHant", "無名", "zhHans", "无名", "en", " "));

		assertUserError(create(this.graphQl, input), "createOrganization", "REQUIRED", "input", "names", "en");
	}

	@Test
	void aPartnerMayNotRegisterAnOrganisation() {
		String name = "Partner Registered " + UUID.randomUUID();

		assertRefused(create(partnerOf(HUAWEI), newOrganization(name)), "FORBIDDEN");
		assertThat(organizationsNamed(name)).isZero();
	}

	@Test
	void anAnalystMayNotRegisterAnOrganisation() {
		String name = "Analyst Registered " + UUID.randomUUID();

		assertRefused(create(analyst(), newOrganization(name)), "FORBIDDEN");
		assertThat(organizationsNamed(name)).isZero();
	}

	@Test
	void anAnonymousCallerMayNotRegisterAnOrganisation() {
		String name = "Anonymously Registered " + UUID.randomUUID();

		assertRefused(create(this.anonymous, newOrganization(name)), "UNAUTHORIZED");
		assertThat(organizationsNamed(name)).isZero();
	}

	@Test
	void aRetryWithTheSameIdempotencyKeyRegistersOnce() {
		String name = "Registered Once " + UUID.randomUUID();
		Map<String, Object> input = newOrganization(name);
		input.put("idempotencyKey", "register-" + UUID.randomUUID());

		String first = (String) created(this.graphQl, input).get("id");
		String second = (String) created(this.graphQl, input).get("id");

		assertThat(second).isEqualTo(first);
		assertThat(organizationsNamed(name)).isOne();
	}

	// updateOrganization

	@Test
	void aCoordinatorChangesAnOrganisationAndItsVersionMovesOn() {
		String id = register("Before Change Ltd");
		Map<String, Object> input = versioned(id, 0);
		input.put("names", Map.of("zhHant", "改後", "zhHans", "改后", "en", "After Change Ltd", "pt", "Depois Lda"));
		input.put("kind", "RESEARCH_INSTITUTE");
		input.put("sectorId", BIOMEDICINE);
		input.put("chainLeader", true);
		input.put("abbreviation", "ACL");
		input.put("website", "http://after.example.com");

		Map<String, Object> organization = updated(this.graphQl, input);

		assertThat(organization).containsEntry("version", 1)
			.containsEntry("kind", "RESEARCH_INSTITUTE")
			.containsEntry("sector", Map.of("code", "BIOMEDICINE"))
			.containsEntry("chainLeader", true)
			.containsEntry("abbreviation", "ACL")
			.containsEntry("website", "http://after.example.com")
			.containsEntry("names",
					Map.of("zhHant", "改後", "zhHans", "改后", "en", "After Change Ltd", "pt", "Depois Lda"));
	}

	@Test
	void movingToACityOfAnotherJurisdictionMovesTheOrganisationThere() {
		String id = register("Moving South Ltd");
		Map<String, Object> input = versioned(id, 0);
		input.put("cityId", HONG_KONG);

		Map<String, Object> organization = updated(this.graphQl, input);

		assertThat(organization).containsEntry("city", Map.of("code", "HONG_KONG"))
			.containsEntry("jurisdiction", "HONG_KONG");
	}

	@Test
	void omittedFieldsStayAsTheyAre() {
		Map<String, Object> registration = newOrganization("Unchanged Fields Ltd");
		registration.put("abbreviation", "UFL");
		registration.put("website", "https://ufl.example.com");
		registration.put("sectorId", INTEGRATED_CIRCUITS);
		String id = (String) created(this.graphQl, registration).get("id");
		Map<String, Object> input = versioned(id, 0);
		input.put("kind", "UNIVERSITY");

		Map<String, Object> organization = updated(this.graphQl, input);

		assertThat(organization).containsEntry("kind", "UNIVERSITY")
			.containsEntry("abbreviation", "UFL")
			.containsEntry("website", "https://ufl.example.com")
			.containsEntry("sector", Map.of("code", "INTEGRATED_CIRCUITS"))
			.containsEntry("jurisdiction", "GUANGDONG");
	}

	@Test
	void emptyTextsAndAnEmptySectorClearTheirFields() {
		Map<String, Object> registration = newOrganization("Cleared Fields Ltd");
		registration.put("abbreviation", "CFL");
		registration.put("website", "https://cfl.example.com");
		registration.put("sectorId", INTEGRATED_CIRCUITS);
		String id = (String) created(this.graphQl, registration).get("id");
		Map<String, Object> input = versioned(id, 0);
		input.put("abbreviation", "");
		input.put("website", "");
		input.put("sectorId", "");

		Map<String, Object> organization = updated(this.graphQl, input);

		assertThat(organization).containsEntry("abbreviation", null)
			.containsEntry("website", null)
			.containsEntry("sector", null);
	}

	@Test
	void changingAnOrganisationLeavesAnAuditEntryWithTheChangedFieldsOnly() {
		String id = register("Audited Change Ltd");
		Map<String, Object> input = versioned(id, 0);
		input.put("cityId", MACAO);
		input.put("website", "https://audited.example.mo");

		updated(this.graphQl, input);

		List<Map<String, Object>> trail = auditTrail(id);
		assertThat(trail).hasSize(2);
		assertThat(trail.get(1)).containsEntry("action", "updateOrganization");
		assertThat(changesByField(trail.get(1))).containsOnly(Map.entry("city", values(GUANGZHOU, MACAO)),
				Map.entry("jurisdiction", values("GUANGDONG", "MACAO")),
				Map.entry("website", values(null, "https://audited.example.mo")));
	}

	@Test
	void aPartnerChangesItsOwnOrganisation() {
		String id = register("Partner Owned Ltd");
		Map<String, Object> input = versioned(id, 0);
		input.put("website", "https://own.example.com");

		Map<String, Object> organization = updated(partnerOf(id), input);

		assertThat(organization).containsEntry("website", "https://own.example.com").containsEntry("version", 1);
		Map<String, Object> entry = auditTrail(id).get(1);
		assertThat(entry).containsEntry("subject", "partner-" + id).containsEntry("organization", Map.of("id", id));
	}

	@Test
	void aPartnerMayNotChangeAnotherOrganisation() {
		String id = register("Someone Else's Ltd");
		Map<String, Object> input = versioned(id, 0);
		input.put("website", "https://hijacked.example.com");

		assertRefused(update(partnerOf(HUAWEI), input), "FORBIDDEN");
		assertThat(organization(id)).containsEntry("website", null).containsEntry("version", 0);
	}

	@Test
	void anAnalystMayNotChangeAnOrganisation() {
		String id = register("Analysed Ltd");

		assertRefused(update(analyst(), withWebsite(versioned(id, 0))), "FORBIDDEN");
		assertThat(organization(id)).containsEntry("version", 0);
	}

	@Test
	void anAnonymousCallerMayNotChangeAnOrganisation() {
		String id = register("Anonymously Changed Ltd");

		assertRefused(update(this.anonymous, withWebsite(versioned(id, 0))), "UNAUTHORIZED");
		assertThat(organization(id)).containsEntry("version", 0);
	}

	@Test
	void aChangeBasedOnAnOldVersionIsRefusedWithTheCurrentVersion() {
		String id = register("Often Changed Ltd");
		updated(this.graphQl, withWebsite(versioned(id, 0)));
		Map<String, Object> stale = versioned(id, 0);
		stale.put("abbreviation", "OCL");

		GraphQlTester.Response response = update(this.graphQl, stale);

		Map<String, Object> error = assertUserError(response, "updateOrganization", "STALE_VERSION", "input",
				"version");
		assertThat(error).containsEntry("currentVersion", 1);
		assertThat(organization(id)).containsEntry("abbreviation", null);
	}

	@Test
	void aNewCityMustExist() {
		String id = register("Moving Nowhere Ltd");
		Map<String, Object> input = versioned(id, 0);
		input.put("cityId", globalId("City", 999));

		assertUserError(update(this.graphQl, input), "updateOrganization", "NOT_FOUND", "input", "cityId");
	}

	@Test
	void aNewSectorMustExist() {
		String id = register("Unknown Sector Ltd");
		Map<String, Object> input = versioned(id, 0);
		input.put("sectorId", globalId("Sector", 999));

		assertUserError(update(this.graphQl, input), "updateOrganization", "NOT_FOUND", "input", "sectorId");
	}

	@Test
	void anOrganisationWithoutSectorCannotBecomeAChainLeader() {
		String id = register("Sectorless Ltd");
		Map<String, Object> input = versioned(id, 0);
		input.put("chainLeader", true);

		assertUserError(update(this.graphQl, input), "updateOrganization", "REQUIRED", "input", "sectorId");
	}

	@Test
	void aChainLeaderKeepsItsSector() {
		Map<String, Object> registration = newOrganization("Chain Keeper Ltd");
		registration.put("chainLeader", true);
		registration.put("sectorId", INTEGRATED_CIRCUITS);
		String id = (String) created(this.graphQl, registration).get("id");
		Map<String, Object> input = versioned(id, 0);
		input.put("sectorId", "");

		assertUserError(update(this.graphQl, input), "updateOrganization", "REQUIRED", "input", "sectorId");
	}

	@Test
	void aNewWebsiteMustBeAnHttpAddress() {
		String id = register("FTP Only Ltd");
		Map<String, Object> input = versioned(id, 0);
		input.put("website", "ftp://files.example.com");

		assertUserError(update(this.graphQl, input), "updateOrganization", "INVALID_VALUE", "input", "website");
	}

	@Test
	void aNewAbbreviationHasAtMost40Characters() {
		String id = register("Short Name Ltd");
		Map<String, Object> input = versioned(id, 0);
		input.put("abbreviation", "B".repeat(41));

		assertUserError(update(this.graphQl, input), "updateOrganization", "TOO_LONG", "input", "abbreviation");
	}

	@Test
	void anUnknownOrganisationIsNotFound() {
		assertUserError(update(this.graphQl, withWebsite(versioned(globalId("Organization", 999_999), 0))),
				"updateOrganization", "NOT_FOUND", "input", "id");
	}

	// archiveOrganization

	@Test
	void anArchivedOrganisationStaysTheMemberOfAPublishedLabButIsNoLongerListed() {
		String id = register("Archived Member Ltd");
		String lab = this.anonymous.document("{ jointLabs(first: 1) { nodes { id version } } }")
			.execute()
			.path("jointLabs.nodes[0].id")
			.entity(String.class)
			.get();
		int labVersion = this.graphQl.document("query($id: ID!) { jointLab(id: $id) { version } }")
			.variable("id", lab)
			.execute()
			.path("jointLab.version")
			.entity(Integer.class)
			.get();
		Map<String, Object> member = new java.util.LinkedHashMap<>(versioned(lab, labVersion));
		member.put("organizationId", id);
		member.put("role", "PARTNER");
		succeeded(execute(this.graphQl, "labs/addJointLabMember", member), "addJointLabMember", "jointLab");
		archive(this.graphQl, id, 0).path("archiveOrganization.organization.archivedAt").hasValue();

		GraphQlTester.Response members = this.anonymous
			.document("query($id: ID!) { jointLab(id: $id) { members { organization { id archivedAt } } } }")
			.variable("id", lab)
			.execute();

		members.errors().verify();
		assertThat(members.path("jointLab.members[*].organization").entityList(OBJECT).get())
			.anySatisfy((organization) -> assertThat(organization).containsEntry("id", id)
				.hasEntrySatisfying("archivedAt", (at) -> assertThat(at).isNotNull()));
		this.anonymous.document("query($id: ID!) { node(id: $id) { id } }")
			.variable("id", id)
			.execute()
			.path("node")
			.valueIsNull();
	}

	@Test
	void aCoordinatorArchivesAnOrganisation() {
		String id = register("Archived Ltd");

		GraphQlTester.Response response = archive(this.graphQl, id, 0);

		Map<String, Object> organization = response.path("archiveOrganization.organization").entity(OBJECT).get();
		assertThat(organization).containsEntry("version", 1);
		assertThat(organization.get("archivedAt")).isNotNull();
		Map<String, Object> entry = auditTrail(id).get(1);
		assertThat(entry).containsEntry("action", "archiveOrganization");
		assertThat(changesByField(entry)).containsOnlyKeys("archivedAt");
	}

	@Test
	void anArchivedOrganisationChangesNoMore() {
		String id = register("Frozen Ltd");
		archive(this.graphQl, id, 0).path("archiveOrganization.userErrors").entityList(Object.class).hasSize(0);

		assertUserError(update(this.graphQl, withWebsite(versioned(id, 1))), "updateOrganization", "ARCHIVED", "input",
				"id");
	}

	@Test
	void anArchivedOrganisationIsNotFoundForItsPartner() {
		String id = register("Vanished Ltd");
		HttpGraphQlTester partner = partnerOf(id);
		archive(this.graphQl, id, 0).path("archiveOrganization.userErrors").entityList(Object.class).hasSize(0);

		assertUserError(update(partner, withWebsite(versioned(id, 1))), "updateOrganization", "NOT_FOUND", "input",
				"id");
	}

	@Test
	void aPartnerMayNotArchiveEvenItsOwnOrganisation() {
		String id = register("Self Archiving Ltd");

		assertRefused(archive(partnerOf(id), id, 0), "FORBIDDEN");
		assertThat(organization(id)).containsEntry("archivedAt", null).containsEntry("version", 0);
	}

	@Test
	void anAnalystMayNotArchiveAnOrganisation() {
		String id = register("Analyst Archived Ltd");

		assertRefused(archive(analyst(), id, 0), "FORBIDDEN");
		assertThat(organization(id)).containsEntry("archivedAt", null);
	}

	@Test
	void anAnonymousCallerMayNotArchiveAnOrganisation() {
		String id = register("Anonymously Archived Ltd");

		assertRefused(archive(this.anonymous, id, 0), "UNAUTHORIZED");
		assertThat(organization(id)).containsEntry("archivedAt", null);
	}

	@Test
	void archivingAnOldVersionIsRefusedWithTheCurrentVersion() {
		String id = register("Archived Late Ltd");
		updated(this.graphQl, withWebsite(versioned(id, 0)));

		Map<String, Object> error = assertUserError(archive(this.graphQl, id, 0), "archiveOrganization",
				"STALE_VERSION", "input", "version");

		assertThat(error).containsEntry("currentVersion", 1);
		assertThat(organization(id)).containsEntry("archivedAt", null);
	}

	// Helpers

	/**
	 * A valid registration: an enterprise in Guangzhou, without sector, abbreviation or
	 * website.
	 */
	private static Map<String, Object> newOrganization(String englishName) {
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("names", Map.of("zhHant", "測試機構", "zhHans", "测试机构", "en", englishName));
		input.put("kind", "ENTERPRISE");
		input.put("cityId", GUANGZHOU);
		return input;
	}

	private static Map<String, Object> withWebsite(Map<String, Object> input) {
		input.put("website", "https://changed.example.com");
		return input;
	}

	/** Registers an organisation in Guangzhou as coordinator; its global ID. */
	private String register(String englishName) {
		return (String) created(this.graphQl, newOrganization(englishName)).get("id");
	}

	private GraphQlTester.Response create(HttpGraphQlTester client, Map<String, Object> input) {
		return execute(client, "organizations/createOrganization", input);
	}

	private GraphQlTester.Response update(HttpGraphQlTester client, Map<String, Object> input) {
		return execute(client, "organizations/updateOrganization", input);
	}

	private GraphQlTester.Response archive(HttpGraphQlTester client, String id, int version) {
		return execute(client, "organizations/archiveOrganization", versioned(id, version));
	}

	private Map<String, Object> created(HttpGraphQlTester client, Map<String, Object> input) {
		return succeeded(create(client, input), "createOrganization", "organization");
	}

	private Map<String, Object> updated(HttpGraphQlTester client, Map<String, Object> input) {
		return succeeded(update(client, input), "updateOrganization", "organization");
	}

	/** The organisation as a coordinator reads it now. */
	private Map<String, Object> organization(String id) {
		return read("organizations/currentOrganization", "id", id, "organization").entity(OBJECT).get();
	}

	private int organizationsNamed(String name) {
		return read("organizations/organizationsNamed", "search", name, "organizations.totalCount")
			.entity(Integer.class)
			.get();
	}

	/**
	 * The only user error of a refused mutation, after checking its code and field;
	 * nothing was returned.
	 */
	private static Map<String, Object> assertUserError(GraphQlTester.Response response, String mutation, String code,
			String... field) {
		return assertOnlyUserError(response, mutation, "organization", code, field);
	}

	private List<Map<String, Object>> auditTrail(String id) {
		return auditTrailOf("writes/auditTrail", "objectId", id);
	}

	private Map<String, Object> onlyAuditEntry(String id) {
		List<Map<String, Object>> trail = auditTrail(id);
		assertThat(trail).hasSize(1);
		return trail.get(0);
	}

}
