package org.gba.cooperation.talent;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.gba.cooperation.shared.GlobalId;
import org.gba.cooperation.support.WriteIntegrationTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The talent arrangement mutations: creating, changing and archiving arrangements, and
 * starting, extending and ending them. Each test creates the arrangements it changes
 * (hosted by Guangdong University of Technology unless said otherwise).
 */
class TalentArrangementMutationsIT extends WriteIntegrationTestSupport {

	/** Guangdong University of Technology. */
	private static final String GDUT = GlobalId.encode("Organization", 5);

	/** The Hong Kong University of Science and Technology. */
	private static final String HKUST = GlobalId.encode("Organization", 39);

	/** University of Macau: hosts none of the arrangements the tests create. */
	private static final String UM = GlobalId.encode("Organization", 56);

	/** Chan Ka-wing, a (fictional) Hong Kong professor. */
	private static final String CHAN_KA_WING = GlobalId.encode("Person", 1);

	/** An operating joint lab, seen by everyone. */
	private static final String OPERATING_LAB = GlobalId.encode("JointLab", 1);

	/** A planned joint lab HKUST is no member of, so does not see. */
	private static final String PLANNED_LAB = GlobalId.encode("JointLab", 34);

	/** A project in progress, seen by everyone. */
	private static final String PROJECT_IN_PROGRESS = GlobalId.encode("CrossBorderProject", 1);

	/** A proposed project HKUST takes no part in, so does not see. */
	private static final String PROPOSED_PROJECT = GlobalId.encode("CrossBorderProject", 6);

	@Autowired
	private DataSource dataSource;

	/**
	 * A valid input of each mutation that changes an arrangement, but for its ID and
	 * version.
	 */
	static Stream<Arguments> changes() {
		return Stream.of(Arguments.of("talent/updateTalentArrangement", Map.of("mode", "PART_TIME")),
				Arguments.of("talent/archiveTalentArrangement", Map.of()),
				Arguments.of("talent/startTalentArrangement", Map.of()),
				Arguments.of("talent/extendTalentArrangement", Map.of("newEndDate", "2030-01-01")),
				Arguments.of("talent/endTalentArrangement", Map.of()));
	}

	// createTalentArrangement

	@Test
	void aCoordinatorCreatesAProposedArrangementForAnyHost() {
		Map<String, Object> input = createInput(GDUT);
		input.put("jointLabId", OPERATING_LAB);
		input.put("projectId", PROJECT_IN_PROGRESS);

		Map<String, Object> arrangement = done(this.graphQl, "talent/createTalentArrangement", input);

		assertThat(arrangement).containsEntry("status", "PROPOSED")
			.containsEntry("version", 0)
			.containsEntry("person", Map.of("id", CHAN_KA_WING))
			.containsEntry("host", Map.of("id", GDUT))
			.containsEntry("jointLab", Map.of("id", OPERATING_LAB))
			.containsEntry("project", Map.of("id", PROJECT_IN_PROGRESS))
			.containsEntry("mode", "VISITING")
			.containsEntry("category", "YOUNG_SCIENTIST")
			.containsEntry("startDate", "2024-01-01")
			.containsEntry("endDate", "2026-12-31")
			.containsEntry("archivedAt", null)
			.containsEntry("descriptions", Map.of("en", "A visiting post made by a test."));
		Map<String, Object> entry = lastAuditEntry(arrangement);
		assertThat(entry).containsEntry("action", "createTalentArrangement").containsEntry("subject", "coordinator");
		assertThat(list(entry, "changes")).contains(change("person", null, CHAN_KA_WING), change("host", null, GDUT),
				change("jointLab", null, OPERATING_LAB), change("status", null, "PROPOSED"),
				change("endDate", null, "2026-12-31"));
	}

	@Test
	void aPartnerCreatesAnArrangementItsOwnOrganisationHosts() {
		Map<String, Object> arrangement = done(partnerOf(HKUST), "talent/createTalentArrangement", createInput(HKUST));

		assertThat(arrangement).containsEntry("host", Map.of("id", HKUST)).containsEntry("status", "PROPOSED");
		assertThat(lastAuditEntry(arrangement)).containsEntry("organization", Map.of("id", HKUST));
	}

	@Test
	void aPartnerDoesNotArrangeTalentForAnotherOrganisation() {
		assertGraphQlError(execute(partnerOf(HKUST), "talent/createTalentArrangement", createInput(GDUT)),
				ErrorType.FORBIDDEN);
	}

	@Test
	void anArchivedPersonGetsNoNewArrangement() {
		Map<String, Object> input = createInput(GDUT);
		input.put("personId", archivedPerson());

		assertUserError(refused(this.graphQl, "talent/createTalentArrangement", input), "ARCHIVED", "input",
				"personId");
	}

	@Test
	void aPersonOrHostThatDoesNotExistIsNotFound() {
		Map<String, Object> input = createInput(GDUT);
		input.put("personId", GlobalId.encode("Person", 999_999));
		assertUserError(refused(this.graphQl, "talent/createTalentArrangement", input), "NOT_FOUND", "input",
				"personId");

		input = createInput(GlobalId.encode("Organization", 999_999));
		assertUserError(refused(this.graphQl, "talent/createTalentArrangement", input), "NOT_FOUND", "input",
				"hostOrganizationId");
	}

	@Test
	void aJointLabOrProjectThatDoesNotExistIsNotFound() {
		Map<String, Object> input = createInput(GDUT);
		input.put("jointLabId", GlobalId.encode("JointLab", 999_999));
		assertUserError(refused(this.graphQl, "talent/createTalentArrangement", input), "NOT_FOUND", "input",
				"jointLabId");

		input = createInput(GDUT);
		input.put("projectId", GlobalId.encode("CrossBorderProject", 999_999));
		assertUserError(refused(this.graphQl, "talent/createTalentArrangement", input), "NOT_FOUND", "input",
				"projectId");
	}

	@Test
	void aJointLabOrProjectThePartnerDoesNotSeeIsNotFound() {
		Map<String, Object> input = createInput(HKUST);
		input.put("jointLabId", PLANNED_LAB);
		assertUserError(refused(partnerOf(HKUST), "talent/createTalentArrangement", input), "NOT_FOUND", "input",
				"jointLabId");

		input = createInput(HKUST);
		input.put("projectId", PROPOSED_PROJECT);
		assertUserError(refused(partnerOf(HKUST), "talent/createTalentArrangement", input), "NOT_FOUND", "input",
				"projectId");
	}

	@Test
	void anEndDateBeforeTheStartDateIsRefused() {
		Map<String, Object> input = createInput(GDUT);
		input.put("endDate", "2023-12-31");

		assertUserError(refused(this.graphQl, "talent/createTalentArrangement", input), "DATES_OUT_OF_ORDER", "input",
				"endDate");
	}

	@Test
	void aPersonMustBeNamedAndADescriptionBeShortEnough() {
		Map<String, Object> input = createInput(GDUT);
		input.put("personId", "");
		input.put("descriptions", Map.of("en", "x".repeat(2001)));

		List<Map<String, Object>> errors = userErrors(this.graphQl, "talent/createTalentArrangement", input);

		assertThat(errors).hasSize(2);
		assertUserError(errors.get(0), "TOO_LONG", "input", "descriptions", "en");
		assertUserError(errors.get(1), "REQUIRED", "input", "personId");
	}

	@Test
	void analystsDoNotCreateArrangements() {
		assertGraphQlError(execute(analyst(), "talent/createTalentArrangement", createInput(GDUT)),
				ErrorType.FORBIDDEN);
	}

	@Test
	void anonymousCallersMustSignInToCreateArrangements() {
		assertGraphQlError(execute(this.anonymous, "talent/createTalentArrangement", createInput(GDUT)),
				ErrorType.UNAUTHORIZED);
	}

	// Every change of an arrangement

	@ParameterizedTest(name = "{0}")
	@MethodSource("changes")
	void analystsDoNotChangeArrangements(String document, Map<String, Object> fields) {
		Map<String, Object> input = new HashMap<>(fields);
		input.put("id", GlobalId.encode("TalentArrangement", 1));
		input.put("version", 0);

		assertGraphQlError(execute(analyst(), document, input), ErrorType.FORBIDDEN);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("changes")
	void anonymousCallersMustSignInToChangeArrangements(String document, Map<String, Object> fields) {
		Map<String, Object> input = new HashMap<>(fields);
		input.put("id", GlobalId.encode("TalentArrangement", 1));
		input.put("version", 0);

		assertGraphQlError(execute(this.anonymous, document, input), ErrorType.UNAUTHORIZED);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("changes")
	void aChangeBasedOnAnOldVersionIsRefusedWithTheCurrentVersion(String document, Map<String, Object> fields) {
		Map<String, Object> arrangement = newArrangement();
		change("talent/updateTalentArrangement", arrangement, Map.of("category", "LEADING_TALENT"));

		Map<String, Object> error = refused(this.graphQl, document, on(arrangement, fields));

		assertUserError(error, "STALE_VERSION", "input", "version");
		assertThat(error).containsEntry("currentVersion", 1);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("changes")
	void aPartnerOfAnotherOrganisationDoesNotChangeAnActiveArrangement(String document, Map<String, Object> fields) {
		Map<String, Object> active = change("talent/startTalentArrangement", newArrangement(), Map.of());

		assertGraphQlError(execute(partnerOf(UM), document, on(active, fields)), ErrorType.FORBIDDEN);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("changes")
	void aPartnerOfAnotherOrganisationDoesNotFindAProposedArrangement(String document, Map<String, Object> fields) {
		Map<String, Object> error = refused(partnerOf(UM), document, on(newArrangement(), fields));

		assertUserError(error, "NOT_FOUND", "input", "id");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("changes")
	void anArchivedArrangementChangesNoMore(String document, Map<String, Object> fields) {
		Map<String, Object> archived = change("talent/archiveTalentArrangement", newArrangement(), Map.of());

		assertUserError(refused(this.graphQl, document, on(archived, fields)), "ARCHIVED", "input", "id");
	}

	// updateTalentArrangement

	@Test
	void aCoordinatorChangesTheTermsPlacesDatesAndDescription() {
		Map<String, Object> arrangement = newArrangement();

		Map<String, Object> changed = change("talent/updateTalentArrangement", arrangement,
				Map.of("mode", "DUAL_APPOINTMENT", "category", "LEADING_TALENT", "jointLabId", OPERATING_LAB,
						"projectId", PROJECT_IN_PROGRESS, "startDate", "2024-02-01", "endDate", "2027-01-31",
						"descriptions", Map.of("en", "A dual appointment.")));

		assertThat(changed).containsEntry("version", 1)
			.containsEntry("mode", "DUAL_APPOINTMENT")
			.containsEntry("category", "LEADING_TALENT")
			.containsEntry("jointLab", Map.of("id", OPERATING_LAB))
			.containsEntry("project", Map.of("id", PROJECT_IN_PROGRESS))
			.containsEntry("startDate", "2024-02-01")
			.containsEntry("endDate", "2027-01-31")
			.containsEntry("descriptions", Map.of("en", "A dual appointment."))
			.containsEntry("status", "PROPOSED");
		Map<String, Object> entry = lastAuditEntry(arrangement);
		assertThat(entry).containsEntry("action", "updateTalentArrangement");
		assertThat(list(entry, "changes"))
			.contains(change("mode", "VISITING", "DUAL_APPOINTMENT"),
					change("category", "YOUNG_SCIENTIST", "LEADING_TALENT"), change("jointLab", null, OPERATING_LAB),
					change("project", null, PROJECT_IN_PROGRESS), change("startDate", "2024-01-01", "2024-02-01"),
					change("endDate", "2026-12-31", "2027-01-31"))
			.noneMatch((change) -> "person".equals(change.get("field")) || "status".equals(change.get("field")));
	}

	@Test
	void theHostsPartnerChangesTheArrangement() {
		Map<String, Object> arrangement = newArrangement();

		Map<String, Object> changed = done(partnerOf(GDUT), "talent/updateTalentArrangement",
				on(arrangement, Map.of("mode", "PART_TIME")));

		assertThat(changed).containsEntry("mode", "PART_TIME").containsEntry("version", 1);
		assertThat(lastAuditEntry(arrangement)).containsEntry("organization", Map.of("id", GDUT));
	}

	@Test
	void aChangedEndDateBeforeTheStartDateIsRefused() {
		Map<String, Object> error = refused(this.graphQl, "talent/updateTalentArrangement",
				on(newArrangement(), Map.of("endDate", "2023-06-30")));

		assertUserError(error, "DATES_OUT_OF_ORDER", "input", "endDate");
	}

	@Test
	void aChangedStartDateAfterTheEndDateIsRefused() {
		Map<String, Object> error = refused(this.graphQl, "talent/updateTalentArrangement",
				on(newArrangement(), Map.of("startDate", "2027-01-01")));

		assertUserError(error, "DATES_OUT_OF_ORDER", "input", "startDate");
	}

	@Test
	void aJointLabTheHostsPartnerDoesNotSeeIsNotFound() {
		Map<String, Object> arrangement = done(partnerOf(HKUST), "talent/createTalentArrangement", createInput(HKUST));

		Map<String, Object> error = refused(partnerOf(HKUST), "talent/updateTalentArrangement",
				on(arrangement, Map.of("jointLabId", PLANNED_LAB)));

		assertUserError(error, "NOT_FOUND", "input", "jointLabId");
	}

	// archiveTalentArrangement

	@Test
	void anArchivedArrangementIsKeptForTheRecord() {
		Map<String, Object> arrangement = newArrangement();

		Map<String, Object> archived = done(partnerOf(GDUT), "talent/archiveTalentArrangement",
				on(arrangement, Map.of()));

		assertThat(archived).containsEntry("version", 1).containsEntry("status", "PROPOSED");
		assertThat(archived.get("archivedAt")).isNotNull();
		Map<String, Object> entry = lastAuditEntry(arrangement);
		assertThat(entry).containsEntry("action", "archiveTalentArrangement");
		assertThat(list(entry, "changes")).singleElement().satisfies((change) -> {
			assertThat(change).containsEntry("field", "archivedAt").containsEntry("before", null);
			assertThat(change.get("after")).isNotNull();
		});
	}

	// startTalentArrangement

	@Test
	void aProposedArrangementStarts() {
		Map<String, Object> arrangement = newArrangement();

		Map<String, Object> started = change("talent/startTalentArrangement", arrangement, Map.of());

		assertThat(started).containsEntry("status", "ACTIVE").containsEntry("version", 1);
		Map<String, Object> entry = lastAuditEntry(arrangement);
		assertThat(entry).containsEntry("action", "startTalentArrangement");
		assertThat(list(entry, "changes")).containsExactly(change("status", "PROPOSED", "ACTIVE"));
	}

	@Test
	void anActiveArrangementDoesNotStartAgain() {
		Map<String, Object> active = change("talent/startTalentArrangement", newArrangement(), Map.of());

		assertUserError(refused(this.graphQl, "talent/startTalentArrangement", on(active, Map.of())),
				"INVALID_TRANSITION", "input", "id");
	}

	// extendTalentArrangement

	@Test
	void anActiveArrangementIsExtended() {
		Map<String, Object> active = change("talent/startTalentArrangement", newArrangement(), Map.of());

		Map<String, Object> extended = change("talent/extendTalentArrangement", active,
				Map.of("newEndDate", "2027-06-30"));

		assertThat(extended).containsEntry("endDate", "2027-06-30")
			.containsEntry("status", "ACTIVE")
			.containsEntry("version", 2);
		Map<String, Object> entry = lastAuditEntry(active);
		assertThat(entry).containsEntry("action", "extendTalentArrangement");
		assertThat(list(entry, "changes")).containsExactly(change("endDate", "2026-12-31", "2027-06-30"));
	}

	@Test
	void anExtensionEndsAfterTheCurrentEndDate() {
		Map<String, Object> active = change("talent/startTalentArrangement", newArrangement(), Map.of());

		for (String notLater : List.of("2026-12-31", "2026-06-30")) {
			Map<String, Object> error = refused(this.graphQl, "talent/extendTalentArrangement",
					on(active, Map.of("newEndDate", notLater)));
			assertUserError(error, "DATES_OUT_OF_ORDER", "input", "newEndDate");
		}
	}

	@Test
	void anOpenEndedArrangementIsExtendedToADayAfterItsStart() {
		Map<String, Object> input = createInput(GDUT);
		input.remove("endDate");
		Map<String, Object> active = change("talent/startTalentArrangement",
				done(this.graphQl, "talent/createTalentArrangement", input), Map.of());

		Map<String, Object> error = refused(this.graphQl, "talent/extendTalentArrangement",
				on(active, Map.of("newEndDate", "2023-12-31")));
		assertUserError(error, "DATES_OUT_OF_ORDER", "input", "newEndDate");

		Map<String, Object> extended = change("talent/extendTalentArrangement", active,
				Map.of("newEndDate", "2025-12-31"));
		assertThat(extended).containsEntry("endDate", "2025-12-31");
	}

	@Test
	void onlyAnActiveArrangementIsExtended() {
		Map<String, Object> proposed = newArrangement();
		Map<String, Object> ended = change("talent/endTalentArrangement",
				change("talent/startTalentArrangement", newArrangement(), Map.of()), Map.of("endDate", "2025-06-30"));

		for (Map<String, Object> arrangement : List.of(proposed, ended)) {
			Map<String, Object> error = refused(this.graphQl, "talent/extendTalentArrangement",
					on(arrangement, Map.of("newEndDate", "2030-01-01")));
			assertUserError(error, "INVALID_TRANSITION", "input", "id");
		}
	}

	// endTalentArrangement

	@Test
	void anActiveArrangementEndsOnTheDayGiven() {
		Map<String, Object> active = change("talent/startTalentArrangement", newArrangement(), Map.of());

		Map<String, Object> ended = change("talent/endTalentArrangement", active, Map.of("endDate", "2025-06-30"));

		assertThat(ended).containsEntry("status", "ENDED")
			.containsEntry("endDate", "2025-06-30")
			.containsEntry("version", 2);
		Map<String, Object> entry = lastAuditEntry(active);
		assertThat(entry).containsEntry("action", "endTalentArrangement");
		assertThat(list(entry, "changes")).containsExactlyInAnyOrder(change("status", "ACTIVE", "ENDED"),
				change("endDate", "2026-12-31", "2025-06-30"));
	}

	@Test
	void anActiveArrangementEndsTodayUnlessToldOtherwise() {
		Map<String, Object> active = change("talent/startTalentArrangement", newArrangement(), Map.of());
		LocalDate before = today();

		Map<String, Object> ended = change("talent/endTalentArrangement", active, Map.of());

		assertThat(ended).containsEntry("status", "ENDED");
		assertThat(LocalDate.parse((String) ended.get("endDate"))).isBetween(before, today());
	}

	@Test
	void anArrangementDoesNotEndBeforeItStarts() {
		Map<String, Object> active = change("talent/startTalentArrangement", newArrangement(), Map.of());

		Map<String, Object> error = refused(this.graphQl, "talent/endTalentArrangement",
				on(active, Map.of("endDate", "2023-12-31")));

		assertUserError(error, "DATES_OUT_OF_ORDER", "input", "endDate");
	}

	@Test
	void onlyAnActiveArrangementEnds() {
		Map<String, Object> proposed = newArrangement();
		Map<String, Object> ended = change("talent/endTalentArrangement",
				change("talent/startTalentArrangement", newArrangement(), Map.of()), Map.of("endDate", "2025-06-30"));

		for (Map<String, Object> arrangement : List.of(proposed, ended)) {
			Map<String, Object> error = refused(this.graphQl, "talent/endTalentArrangement", on(arrangement, Map.of()));
			assertUserError(error, "INVALID_TRANSITION", "input", "id");
		}
	}

	// Fixtures

	/**
	 * A visiting young scientist, Chan Ka-wing, at {@code host} from 2024-01-01 to
	 * 2026-12-31.
	 */
	private static Map<String, Object> createInput(String host) {
		Map<String, Object> input = new HashMap<>();
		input.put("personId", CHAN_KA_WING);
		input.put("hostOrganizationId", host);
		input.put("mode", "VISITING");
		input.put("category", "YOUNG_SCIENTIST");
		input.put("startDate", "2024-01-01");
		input.put("endDate", "2026-12-31");
		input.put("descriptions", Map.of("en", "A visiting post made by a test."));
		return input;
	}

	/** A new PROPOSED arrangement hosted by GDUT. */
	private Map<String, Object> newArrangement() {
		return done(this.graphQl, "talent/createTalentArrangement", createInput(GDUT));
	}

	/**
	 * A new person, archived: the API has no way to archive one yet, so the row is
	 * written directly.
	 */
	private String archivedPerson() {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		Timestamp now = Timestamp.from(Instant.now());
		new JdbcTemplate(this.dataSource).update((connection) -> {
			PreparedStatement insert = connection.prepareStatement("""
					INSERT INTO person (home_jurisdiction, name_zh_hant, name_zh_hans, name_en, version, created_at,
					updated_at, archived_at) VALUES ('MACAO', '歸檔者', '归档者', 'Archived Person', 0, ?, ?, ?)""",
					new String[] { "id" });
			insert.setTimestamp(1, now);
			insert.setTimestamp(2, now);
			insert.setTimestamp(3, now);
			return insert;
		}, key);
		return GlobalId.encode("Person", Objects.requireNonNull(key.getKey()).longValue());
	}

	/** The arrangement after a coordinator's successful change. */
	private Map<String, Object> change(String document, Map<String, Object> arrangement, Map<String, Object> fields) {
		return done(this.graphQl, document, on(arrangement, fields));
	}

	// Requests and answers

	/** The arrangement of a mutation that succeeded. */
	private Map<String, Object> done(HttpGraphQlTester client, String document, Map<String, Object> input) {
		return succeeded(execute(client, document, input), mutationOf(document), "talentArrangement");
	}

	/** The user errors of a mutation that was refused. */
	private List<Map<String, Object>> userErrors(HttpGraphQlTester client, String document, Map<String, Object> input) {
		return userErrorsOf(execute(client, document, input), mutationOf(document), "talentArrangement");
	}

	/** The one user error of a mutation that was refused. */
	private Map<String, Object> refused(HttpGraphQlTester client, String document, Map<String, Object> input) {
		return onlyUserError(execute(client, document, input), mutationOf(document), "talentArrangement");
	}

	private Map<String, Object> lastAuditEntry(Map<String, Object> arrangement) {
		return latestAuditEntry("writes/auditTrail", arrangement.get("id"));
	}

}
