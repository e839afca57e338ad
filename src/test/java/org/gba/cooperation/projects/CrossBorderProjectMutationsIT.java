package org.gba.cooperation.projects;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.gba.cooperation.shared.GlobalId;
import org.gba.cooperation.support.WriteIntegrationTestSupport;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cross-border project mutations: creating, changing and archiving projects, their
 * participants, investments and milestones, and moving them through their life. Each test
 * creates the projects it changes (led by Guangdong University of Technology unless said
 * otherwise).
 */
class CrossBorderProjectMutationsIT extends WriteIntegrationTestSupport {

	/** Guangdong University of Technology, Guangdong. */
	private static final String GDUT = GlobalId.encode("Organization", 5);

	/** The Hong Kong University of Science and Technology, Hong Kong. */
	private static final String HKUST = GlobalId.encode("Organization", 39);

	/** The Chinese University of Hong Kong, Hong Kong. */
	private static final String CUHK = GlobalId.encode("Organization", 38);

	/**
	 * University of Macau, Macao: takes part in none of the projects the tests create.
	 */
	private static final String UM = GlobalId.encode("Organization", 56);

	private static final String NO_ORGANIZATION = GlobalId.encode("Organization", 999_999);

	private static final String INTEGRATED_CIRCUITS = GlobalId.encode("Sector", 1);

	private static final String BIOMEDICINE = GlobalId.encode("Sector", 5);

	private static final String SHENZHEN = GlobalId.encode("City", 2);

	private static final String ZHUHAI = GlobalId.encode("City", 3);

	/** A milestone of the demo project 1, so of none of the projects the tests create. */
	private static final String OTHER_PROJECTS_MILESTONE = GlobalId.encode("Milestone", 1);

	private static final Map<String, Object> NAMES = Map.of("zhHant", "跨境芯片封裝測試項目", "zhHans", "跨境芯片封装测试项目", "en",
			"Cross-border Chip Packaging Test Project");

	/**
	 * A valid input of each mutation that changes a project, but for the project's ID and
	 * version.
	 */
	static Stream<Arguments> changes() {
		return Stream.of(Arguments.of("projects/updateCrossBorderProject", Map.of("endDate", "2027-12-31")),
				Arguments.of("projects/archiveCrossBorderProject", Map.of()),
				Arguments.of("projects/addProjectParticipant", Map.of("organizationId", CUHK, "role", "PARTNER")),
				Arguments.of("projects/recordInvestment",
						Map.of("kind", "GRANT", "amount", Map.of("amount", "1000.00", "currency", "CNY"))),
				Arguments.of("projects/addMilestone", Map.of("titles", NAMES, "dueOn", "2026-12-31")),
				Arguments.of("projects/completeMilestone", Map.of("milestoneId", OTHER_PROJECTS_MILESTONE)),
				Arguments.of("projects/changeProjectStatus", Map.of("status", "CANCELLED")));
	}

	// createCrossBorderProject

	@Test
	void aCoordinatorCreatesAProposedProjectLedByTheOrganisationItNames() {
		LocalDate before = today();

		Map<String, Object> project = done(this.graphQl, "projects/createCrossBorderProject", createInput(GDUT));

		assertThat(project).containsEntry("status", "PROPOSED")
			.containsEntry("version", 0)
			.containsEntry("startDate", "2026-03-01")
			.containsEntry("endDate", null)
			.containsEntry("archivedAt", null)
			.containsEntry("sector", Map.of("id", INTEGRATED_CIRCUITS))
			.containsEntry("city", Map.of("id", SHENZHEN))
			.containsEntry("descriptions", Map.of("en", "Made by a test."));
		assertThat(project.get("names")).isEqualTo(withNulls("zhHant", "跨境芯片封裝測試項目", "zhHans", "跨境芯片封装测试项目", "en",
				"Cross-border Chip Packaging Test Project", "pt", null));
		List<Map<String, Object>> participants = list(project, "participants");
		assertThat(participants).singleElement().satisfies((lead) -> {
			assertThat(lead).containsEntry("role", "LEAD").containsEntry("organization", Map.of("id", GDUT));
			assertIsToday(lead.get("joinedOn"), before);
		});
		Map<String, Object> entry = lastAuditEntry(project);
		assertThat(entry).containsEntry("action", "createCrossBorderProject").containsEntry("subject", "coordinator");
		assertThat(list(entry, "changes")).contains(change("status", null, "PROPOSED"), change("city", null, SHENZHEN),
				change("participants", null, "[" + GDUT + " LEAD]"));
	}

	@Test
	void aPartnersNewProjectIsLedByItsOwnOrganisation() {
		Map<String, Object> project = done(partnerOf(HKUST), "projects/createCrossBorderProject", createInput(null));

		assertThat(list(project, "participants")).singleElement()
			.satisfies((lead) -> assertThat(lead).containsEntry("role", "LEAD")
				.containsEntry("organization", Map.of("id", HKUST)));
		assertThat(lastAuditEntry(project)).containsEntry("organization", Map.of("id", HKUST));
	}

	@Test
	void aPartnerMayNotNameAnotherOrganisationAsLead() {
		Map<String, Object> error = refused(partnerOf(HKUST), "projects/createCrossBorderProject", createInput(GDUT));

		assertUserError(error, "INVALID_VALUE", "input", "leadOrganizationId");
	}

	@Test
	void aLeadThatDoesNotExistIsNotFound() {
		Map<String, Object> error = refused(this.graphQl, "projects/createCrossBorderProject",
				createInput(NO_ORGANIZATION));

		assertUserError(error, "NOT_FOUND", "input", "leadOrganizationId");
	}

	@Test
	void aSectorAndACityThatDoNotExistAreNotFound() {
		Map<String, Object> input = createInput(GDUT);
		input.put("sectorId", GlobalId.encode("Sector", 999));
		assertUserError(refused(this.graphQl, "projects/createCrossBorderProject", input), "NOT_FOUND", "input",
				"sectorId");

		input = createInput(GDUT);
		input.put("cityId", GlobalId.encode("City", 999));
		assertUserError(refused(this.graphQl, "projects/createCrossBorderProject", input), "NOT_FOUND", "input",
				"cityId");
	}

	@Test
	void aNameMustBeGivenInEnglishAndBeShortEnough() {
		Map<String, Object> input = createInput(GDUT);
		input.put("names", Map.of("zhHant", "甲".repeat(301), "zhHans", "甲", "en", " "));

		List<Map<String, Object>> errors = userErrors(this.graphQl, "projects/createCrossBorderProject", input);

		assertThat(errors).hasSize(2);
		assertUserError(errors.get(0), "REQUIRED", "input", "names", "en");
		assertUserError(errors.get(1), "TOO_LONG", "input", "names", "zhHant");
	}

	@Test
	void aRetryWithTheSameIdempotencyKeyReturnsTheFirstProjectAndWritesNothing() {
		Map<String, Object> input = createInput(GDUT);
		input.put("idempotencyKey", "create-project-" + System.nanoTime());

		Map<String, Object> first = done(this.graphQl, "projects/createCrossBorderProject", input);
		Map<String, Object> retry = done(this.graphQl, "projects/createCrossBorderProject", input);

		assertThat(retry.get("id")).isEqualTo(first.get("id"));
		assertThat(auditTrail(first)).hasSize(1);
	}

	@Test
	void analystsDoNotCreateProjects() {
		assertGraphQlError(execute(analyst(), "projects/createCrossBorderProject", createInput(GDUT)),
				ErrorType.FORBIDDEN);
	}

	@Test
	void anonymousCallersMustSignInToCreateProjects() {
		assertGraphQlError(execute(this.anonymous, "projects/createCrossBorderProject", createInput(GDUT)),
				ErrorType.UNAUTHORIZED);
	}

	// Every change of a project

	@ParameterizedTest(name = "{0}")
	@MethodSource("changes")
	void analystsDoNotChangeProjects(String document, Map<String, Object> fields) {
		Map<String, Object> input = new HashMap<>(fields);
		input.put("id", GlobalId.encode("CrossBorderProject", 1));
		input.put("version", 0);

		assertGraphQlError(execute(analyst(), document, input), ErrorType.FORBIDDEN);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("changes")
	void anonymousCallersMustSignInToChangeProjects(String document, Map<String, Object> fields) {
		Map<String, Object> input = new HashMap<>(fields);
		input.put("id", GlobalId.encode("CrossBorderProject", 1));
		input.put("version", 0);

		assertGraphQlError(execute(this.anonymous, document, input), ErrorType.UNAUTHORIZED);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("changes")
	void aChangeBasedOnAnOldVersionIsRefusedWithTheCurrentVersion(String document, Map<String, Object> fields) {
		Map<String, Object> project = newProject();
		change("projects/updateCrossBorderProject", project, Map.of("endDate", "2028-12-31"));

		Map<String, Object> error = refused(this.graphQl, document, on(project, fields));

		assertUserError(error, "STALE_VERSION", "input", "version");
		assertThat(error).containsEntry("currentVersion", 1);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("changes")
	void aPartnerOfAnUninvolvedOrganisationDoesNotChangeAPublicProject(String document, Map<String, Object> fields) {
		Map<String, Object> project = newApprovedProject();

		assertGraphQlError(execute(partnerOf(UM), document, on(project, fields)), ErrorType.FORBIDDEN);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("changes")
	void aPartnerOfAnUninvolvedOrganisationDoesNotFindAProposedProject(String document, Map<String, Object> fields) {
		Map<String, Object> project = newProject();

		assertUserError(refused(partnerOf(UM), document, on(project, fields)), "NOT_FOUND", "input", "id");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("changes")
	void anArchivedProjectChangesNoMore(String document, Map<String, Object> fields) {
		Map<String, Object> project = change("projects/archiveCrossBorderProject", newProject(), Map.of());

		assertUserError(refused(this.graphQl, document, on(project, fields)), "ARCHIVED", "input", "id");
	}

	// updateCrossBorderProject

	@Test
	void aCoordinatorChangesTheNamesSectorCityAndDates() {
		Map<String, Object> project = newProject();

		Map<String, Object> changed = change("projects/updateCrossBorderProject", project,
				Map.of("names", Map.of("zhHant", "新名稱", "zhHans", "新名称", "en", "New Name", "pt", "Nome Novo"),
						"descriptions", Map.of("en", "Changed by a test."), "sectorId", BIOMEDICINE, "cityId", ZHUHAI,
						"startDate", "2026-04-01", "endDate", "2028-03-31"));

		assertThat(changed).containsEntry("version", 1)
			.containsEntry("names", Map.of("zhHant", "新名稱", "zhHans", "新名称", "en", "New Name", "pt", "Nome Novo"))
			.containsEntry("descriptions", Map.of("en", "Changed by a test."))
			.containsEntry("sector", Map.of("id", BIOMEDICINE))
			.containsEntry("city", Map.of("id", ZHUHAI))
			.containsEntry("startDate", "2026-04-01")
			.containsEntry("endDate", "2028-03-31");
		Map<String, Object> entry = lastAuditEntry(project);
		assertThat(entry).containsEntry("action", "updateCrossBorderProject");
		assertThat(list(entry, "changes"))
			.contains(change("sector", INTEGRATED_CIRCUITS, BIOMEDICINE), change("city", SHENZHEN, ZHUHAI),
					change("startDate", "2026-03-01", "2026-04-01"), change("endDate", null, "2028-03-31"))
			.noneMatch((change) -> "status".equals(change.get("field")));
	}

	@Test
	void thePartnerOfAParticipantChangesTheProject() {
		Map<String, Object> project = newProject();

		Map<String, Object> changed = done(partnerOf(GDUT), "projects/updateCrossBorderProject",
				on(project, Map.of("endDate", "2027-06-30")));

		assertThat(changed).containsEntry("endDate", "2027-06-30").containsEntry("version", 1);
		assertThat(lastAuditEntry(project)).containsEntry("organization", Map.of("id", GDUT));
	}

	@Test
	void anEndDateBeforeTheStartDateIsRefused() {
		Map<String, Object> project = newProject();

		Map<String, Object> error = refused(this.graphQl, "projects/updateCrossBorderProject",
				on(project, Map.of("endDate", "2026-02-28")));

		assertUserError(error, "DATES_OUT_OF_ORDER", "input", "endDate");
	}

	@Test
	void aStartDateAfterTheEndDateIsRefused() {
		Map<String, Object> project = change("projects/updateCrossBorderProject", newProject(),
				Map.of("endDate", "2026-12-31"));

		Map<String, Object> error = refused(this.graphQl, "projects/updateCrossBorderProject",
				on(project, Map.of("startDate", "2027-01-01")));

		assertUserError(error, "DATES_OUT_OF_ORDER", "input", "startDate");
	}

	@Test
	void aCityThatDoesNotExistIsNotFound() {
		Map<String, Object> error = refused(this.graphQl, "projects/updateCrossBorderProject",
				on(newProject(), Map.of("cityId", GlobalId.encode("City", 999))));

		assertUserError(error, "NOT_FOUND", "input", "cityId");
	}

	// archiveCrossBorderProject

	@Test
	void anArchivedProjectIsKeptForTheRecord() {
		Map<String, Object> project = newProject();

		Map<String, Object> archived = done(partnerOf(GDUT), "projects/archiveCrossBorderProject",
				on(project, Map.of()));

		assertThat(archived).containsEntry("version", 1).containsEntry("status", "PROPOSED");
		assertThat(archived.get("archivedAt")).isNotNull();
		Map<String, Object> entry = lastAuditEntry(project);
		assertThat(entry).containsEntry("action", "archiveCrossBorderProject");
		assertThat(list(entry, "changes")).singleElement().satisfies((change) -> {
			assertThat(change).containsEntry("field", "archivedAt").containsEntry("before", null);
			assertThat(change.get("after")).isNotNull();
		});
	}

	// addProjectParticipant

	@Test
	void aParticipantJoinsWithItsRole() {
		Map<String, Object> project = newProject();

		Map<String, Object> changed = change("projects/addProjectParticipant", project,
				Map.of("organizationId", HKUST, "role", "INVESTOR", "joinedOn", "2026-05-04"));

		assertThat(changed).containsEntry("version", 1);
		assertThat(list(changed, "participants")).extracting((participant) -> participant.get("role"))
			.containsExactly("LEAD", "INVESTOR");
		assertThat(list(changed, "participants").get(1)).containsEntry("organization", Map.of("id", HKUST))
			.containsEntry("joinedOn", "2026-05-04");
		Map<String, Object> entry = lastAuditEntry(project);
		assertThat(entry).containsEntry("action", "addProjectParticipant");
		// The audit trail writes the items of a list sorted.
		assertThat(list(entry, "changes")).containsExactly(
				change("participants", "[" + GDUT + " LEAD]", "[" + HKUST + " INVESTOR, " + GDUT + " LEAD]"));
	}

	@Test
	void aParticipantJoinsTodayAsAPartnerUnlessToldOtherwise() {
		LocalDate before = today();

		Map<String, Object> changed = change("projects/addProjectParticipant", newProject(),
				Map.of("organizationId", HKUST));

		assertThat(list(changed, "participants").get(1)).containsEntry("role", "PARTNER")
			.satisfies((participant) -> assertIsToday(participant.get("joinedOn"), before));
	}

	@Test
	void anOrganisationTakesPartOnlyOnce() {
		Map<String, Object> error = refused(this.graphQl, "projects/addProjectParticipant",
				on(newProject(), Map.of("organizationId", GDUT, "role", "PARTNER")));

		assertUserError(error, "ALREADY_EXISTS", "input", "organizationId");
	}

	@Test
	void aProjectHasOneLead() {
		Map<String, Object> error = refused(this.graphQl, "projects/addProjectParticipant",
				on(newProject(), Map.of("organizationId", HKUST, "role", "LEAD")));

		assertUserError(error, "ALREADY_EXISTS", "input", "role");
	}

	@Test
	void aParticipantThatDoesNotExistIsNotFound() {
		Map<String, Object> error = refused(this.graphQl, "projects/addProjectParticipant",
				on(newProject(), Map.of("organizationId", NO_ORGANIZATION)));

		assertUserError(error, "NOT_FOUND", "input", "organizationId");
	}

	// recordInvestment

	@Test
	void anInvestmentIsRecordedWithItsExactAmount() {
		Map<String, Object> project = newProject();

		Map<String, Object> changed = done(partnerOf(GDUT), "projects/recordInvestment",
				on(project, Map.of("investorId", HKUST, "kind", "EQUITY", "amount",
						Map.of("amount", "1250000.5", "currency", "HKD"), "committedOn", "2026-04-01")));

		assertThat(changed).containsEntry("version", 1);
		assertThat(list(changed, "investments")).singleElement().satisfies((investment) -> {
			assertThat(investment).containsEntry("kind", "EQUITY")
				.containsEntry("amount", Map.of("amount", "1250000.50", "currency", "HKD"))
				.containsEntry("committedOn", "2026-04-01")
				.containsEntry("investor", Map.of("id", HKUST));
			Map<String, Object> entry = lastAuditEntry(project);
			assertThat(entry).containsEntry("action", "recordInvestment");
			assertThat(list(entry, "changes")).containsExactly(change("investments", "[]",
					"[" + investment.get("id") + " EQUITY 1250000.50 HKD on 2026-04-01 by " + HKUST + "]"));
		});
		assertThat(list(changed, "investmentTotals"))
			.containsExactly(Map.of("amount", "1250000.50", "currency", "HKD"));
	}

	@Test
	void anInvestmentWithoutInvestorOrDayIsCommittedTodayByNoOneNamed() {
		LocalDate before = today();

		Map<String, Object> changed = change("projects/recordInvestment", newProject(),
				Map.of("kind", "RD_INSURANCE", "amount", Map.of("amount", "80000", "currency", "MOP")));

		assertThat(list(changed, "investments")).singleElement().satisfies((investment) -> {
			assertThat(investment).containsEntry("investor", null)
				.containsEntry("amount", Map.of("amount", "80000.00", "currency", "MOP"));
			assertIsToday(investment.get("committedOn"), before);
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "0.00", "-10.00" })
	void anAmountMustBePositive(String amount) {
		Map<String, Object> error = refused(this.graphQl, "projects/recordInvestment",
				on(newProject(), Map.of("kind", "GRANT", "amount", Map.of("amount", amount, "currency", "CNY"))));

		assertUserError(error, "AMOUNT_NOT_POSITIVE", "input", "amount", "amount");
	}

	@Test
	void anAmountHasAtMostTwoDecimals() {
		Map<String, Object> error = refused(this.graphQl, "projects/recordInvestment",
				on(newProject(), Map.of("kind", "GRANT", "amount", Map.of("amount", "10.125", "currency", "CNY"))));

		assertUserError(error, "TOO_MANY_DECIMALS", "input", "amount", "amount");
	}

	@Test
	void anInvestorThatDoesNotExistIsNotFound() {
		Map<String, Object> error = refused(this.graphQl, "projects/recordInvestment",
				on(newProject(), Map.of("investorId", NO_ORGANIZATION, "kind", "LOAN", "amount",
						Map.of("amount", "10.00", "currency", "CNY"))));

		assertUserError(error, "NOT_FOUND", "input", "investorId");
	}

	// addMilestone

	@Test
	void aMilestoneIsAddedOpen() {
		Map<String, Object> project = newProject();

		Map<String, Object> changed = change("projects/addMilestone", project, Map.of("titles",
				Map.of("zhHant", "完成流片", "zhHans", "完成流片", "en", "Tape-out done"), "dueOn", "2026-09-30"));

		assertThat(changed).containsEntry("version", 1);
		assertThat(list(changed, "milestones")).singleElement().satisfies((milestone) -> {
			assertThat(milestone).containsEntry("titles", Map.of("en", "Tape-out done"))
				.containsEntry("dueOn", "2026-09-30")
				.containsEntry("completedOn", null)
				.containsEntry("completed", false);
			assertThat(list(lastAuditEntry(project), "changes"))
				.containsExactly(change("milestones", "[]", "[" + milestone.get("id") + " due 2026-09-30]"));
		});
	}

	@Test
	void aMilestoneNeedsAnEnglishTitle() {
		Map<String, Object> error = refused(this.graphQl, "projects/addMilestone", on(newProject(),
				Map.of("titles", Map.of("zhHant", "完成流片", "zhHans", "完成流片", "en", ""), "dueOn", "2026-09-30")));

		assertUserError(error, "REQUIRED", "input", "titles", "en");
	}

	// completeMilestone

	@Test
	void aMilestoneIsCompletedOnTheDayGiven() {
		Map<String, Object> project = newProjectWithMilestone();
		String milestoneId = milestoneOf(project);

		Map<String, Object> changed = change("projects/completeMilestone", project,
				Map.of("milestoneId", milestoneId, "completedOn", "2026-09-15"));

		assertThat(changed).containsEntry("version", 2);
		assertThat(list(changed, "milestones")).singleElement()
			.satisfies((milestone) -> assertThat(milestone).containsEntry("completedOn", "2026-09-15")
				.containsEntry("completed", true));
		Map<String, Object> entry = lastAuditEntry(project);
		assertThat(entry).containsEntry("action", "completeMilestone");
		assertThat(list(entry, "changes")).containsExactly(change("milestones", "[" + milestoneId + " due 2026-09-30]",
				"[" + milestoneId + " due 2026-09-30 completed 2026-09-15]"));
	}

	@Test
	void aMilestoneIsCompletedTodayUnlessToldOtherwise() {
		Map<String, Object> project = newProjectWithMilestone();
		LocalDate before = today();

		Map<String, Object> changed = change("projects/completeMilestone", project,
				Map.of("milestoneId", milestoneOf(project)));

		assertIsToday(list(changed, "milestones").get(0).get("completedOn"), before);
	}

	@Test
	void aMilestoneOfAnotherProjectIsNotFound() {
		Map<String, Object> error = refused(this.graphQl, "projects/completeMilestone",
				on(newProjectWithMilestone(), Map.of("milestoneId", OTHER_PROJECTS_MILESTONE)));

		assertUserError(error, "NOT_FOUND", "input", "milestoneId");
	}

	@Test
	void aMilestoneIsCompletedOnce() {
		Map<String, Object> project = newProjectWithMilestone();
		String milestoneId = milestoneOf(project);
		project = change("projects/completeMilestone", project,
				Map.of("milestoneId", milestoneId, "completedOn", "2026-09-15"));

		Map<String, Object> error = refused(this.graphQl, "projects/completeMilestone",
				on(project, Map.of("milestoneId", milestoneId, "completedOn", "2026-09-20")));

		assertUserError(error, "INVALID_TRANSITION", "input", "milestoneId");
	}

	// changeProjectStatus

	@Test
	void aProjectWithParticipantsFromTwoJurisdictionsIsApproved() {
		Map<String, Object> project = change("projects/addProjectParticipant", newProject(),
				Map.of("organizationId", HKUST));

		Map<String, Object> approved = change("projects/changeProjectStatus", project, Map.of("status", "APPROVED"));

		assertThat(approved).containsEntry("status", "APPROVED").containsEntry("version", 2);
		Map<String, Object> entry = lastAuditEntry(project);
		assertThat(entry).containsEntry("action", "changeProjectStatus");
		assertThat(list(entry, "changes")).containsExactly(change("status", "PROPOSED", "APPROVED"));
	}

	@Test
	void aProjectFromOneJurisdictionIsNotApproved() {
		Map<String, Object> project = change("projects/addProjectParticipant", newProject(),
				Map.of("organizationId", GlobalId.encode("Organization", 1)));

		Map<String, Object> error = refused(this.graphQl, "projects/changeProjectStatus",
				on(project, Map.of("status", "APPROVED")));

		assertUserError(error, "NEEDS_TWO_JURISDICTIONS", "input", "status");
	}

	@Test
	void aProposedProjectFromOneJurisdictionMayBeCancelled() {
		Map<String, Object> cancelled = change("projects/changeProjectStatus", newProject(),
				Map.of("status", "CANCELLED"));

		assertThat(cancelled).containsEntry("status", "CANCELLED");
	}

	@Test
	void aProjectGoesThroughItsLifeAndEndsTodayWhenCompleted() {
		Map<String, Object> project = newApprovedProject();
		LocalDate before = today();

		for (String status : List.of("IN_PROGRESS", "SUSPENDED", "IN_PROGRESS", "COMPLETED")) {
			project = change("projects/changeProjectStatus", project, Map.of("status", status));
			assertThat(project).containsEntry("status", status);
		}

		assertIsToday(project.get("endDate"), before);
	}

	@Test
	void aCompletedProjectKeepsTheEndDateItHas() {
		Map<String, Object> project = change("projects/updateCrossBorderProject", newApprovedProject(),
				Map.of("endDate", "2026-06-30"));
		project = change("projects/changeProjectStatus", project, Map.of("status", "IN_PROGRESS"));

		Map<String, Object> completed = change("projects/changeProjectStatus", project, Map.of("status", "COMPLETED"));

		assertThat(completed).containsEntry("endDate", "2026-06-30");
	}

	// The moves the statuses allow are CrossBorderProjectStatusTest's; here one refusal,
	// end to end.
	@Test
	void aProposedProjectDoesNotSkipApproval() {
		Map<String, Object> project = change("projects/addProjectParticipant", newProject(),
				Map.of("organizationId", HKUST));

		Map<String, Object> error = refused(this.graphQl, "projects/changeProjectStatus",
				on(project, Map.of("status", "IN_PROGRESS")));

		assertUserError(error, "INVALID_TRANSITION", "input", "status");
	}

	// Fixtures

	/**
	 * The input of a new project in Shenzhen, integrated circuits, from 2026-03-01, led
	 * by {@code lead}.
	 */
	private static Map<String, Object> createInput(@Nullable String lead) {
		Map<String, Object> input = new HashMap<>();
		input.put("names", NAMES);
		input.put("descriptions", Map.of("en", "Made by a test."));
		input.put("sectorId", INTEGRATED_CIRCUITS);
		input.put("cityId", SHENZHEN);
		input.put("startDate", "2026-03-01");
		return ledBy(input, lead);
	}

	/** A new PROPOSED project led by GDUT (Guangdong). */
	private Map<String, Object> newProject() {
		return done(this.graphQl, "projects/createCrossBorderProject", createInput(GDUT));
	}

	/** A new APPROVED project, led by GDUT with HKUST: public. */
	private Map<String, Object> newApprovedProject() {
		Map<String, Object> project = change("projects/addProjectParticipant", newProject(),
				Map.of("organizationId", HKUST));
		return change("projects/changeProjectStatus", project, Map.of("status", "APPROVED"));
	}

	/** A new project with one open milestone, due 2026-09-30. */
	private Map<String, Object> newProjectWithMilestone() {
		return change("projects/addMilestone", newProject(), Map.of("titles", NAMES, "dueOn", "2026-09-30"));
	}

	private static String milestoneOf(Map<String, Object> project) {
		return (String) list(project, "milestones").get(0).get("id");
	}

	/** The project after a coordinator's successful change. */
	private Map<String, Object> change(String document, Map<String, Object> project, Map<String, Object> fields) {
		return done(this.graphQl, document, on(project, fields));
	}

	// Requests and answers

	/** The project of a mutation that succeeded. */
	private Map<String, Object> done(HttpGraphQlTester client, String document, Map<String, Object> input) {
		return succeeded(execute(client, document, input), mutationOf(document), "crossBorderProject");
	}

	/** The user errors of a mutation that was refused. */
	private List<Map<String, Object>> userErrors(HttpGraphQlTester client, String document, Map<String, Object> input) {
		return userErrorsOf(execute(client, document, input), mutationOf(document), "crossBorderProject");
	}

	/** The one user error of a mutation that was refused. */
	private Map<String, Object> refused(HttpGraphQlTester client, String document, Map<String, Object> input) {
		return onlyUserError(execute(client, document, input), mutationOf(document), "crossBorderProject");
	}

	private List<Map<String, Object>> auditTrail(Map<String, Object> project) {
		return auditTrailOf("writes/auditTrail", "objectId", project.get("id"));
	}

	private Map<String, Object> lastAuditEntry(Map<String, Object> project) {
		return latestAuditEntry("writes/auditTrail", project.get("id"));
	}

	private static Map<String, @Nullable Object> withNulls(@Nullable Object... keysAndValues) {
		Map<String, @Nullable Object> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}

	/**
	 * The date is today (by the application's clock); read {@code before} the request, in
	 * case midnight passes.
	 */
	private void assertIsToday(@Nullable Object date, LocalDate before) {
		assertThat(LocalDate.parse((String) date)).isBetween(before, today());
	}

}
