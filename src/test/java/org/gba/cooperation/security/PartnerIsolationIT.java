package org.gba.cooperation.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.gba.cooperation.support.GlobalIds;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gba.cooperation.security.Viewer.GDUT_PARTNER;
import static org.gba.cooperation.security.Viewer.GD_DIIT_PARTNER;
import static org.gba.cooperation.security.Viewer.GD_DOC_PARTNER;
import static org.gba.cooperation.security.Viewer.STU_PARTNER;
import static org.gba.cooperation.support.GlobalIds.globalId;

/**
 * A partner's token reaches the drafts of its own organisation only: by no query path
 * does it reach another organisation's non-public records or the contact details of the
 * people another organisation hosts. Checked both ways between GDUT (partner A) and STU
 * (partner B), and between the hosts of the two draft events, GD_DIIT and GD_DOC. Paths:
 * a root connection filtered by the other organisation, by status or by name; the
 * singular look-ups, {@code node} and {@code nodes}; every nested connection and
 * reference reachable from the organisations and from the people; the arrangements of a
 * person the other hosts; contact details directly and through the other's arrangements.
 * (The nested connections of the other organisation are also listed one by one in
 * {@link AccessMatrixIT}.)
 */
class PartnerIsolationIT extends AccessTestSupport {

	/**
	 * A partner, another organisation, the other's non-public records and the partner's
	 * own.
	 */
	record Rival(Viewer partner, long other, List<String> othersDrafts, List<String> ownDrafts) {

		@Override
		public String toString() {
			return this.partner + " against organisation " + this.other;
		}

	}

	private static final List<String> GDUT_DRAFTS = List.of("JointLab:30", "JointLab:34", "CrossBorderProject:38",
			"TalentArrangement:11", "TalentArrangement:13", "TalentArrangement:25", "TalentArrangement:55",
			"Investment:73", "Milestone:116", "Milestone:117");

	private static final List<String> STU_DRAFTS = List.of("JointLab:36", "JointLab:37", "CrossBorderProject:37",
			"TalentArrangement:60", "Investment:72", "Milestone:115");

	static Stream<Rival> rivals() {
		return Stream.of(new Rival(GDUT_PARTNER, STU, STU_DRAFTS, GDUT_DRAFTS),
				new Rival(STU_PARTNER, GDUT, GDUT_DRAFTS, STU_DRAFTS),
				new Rival(GD_DIIT_PARTNER, GD_DOC, List.of("InvestmentEvent:18"), List.of("InvestmentEvent:17")),
				new Rival(GD_DOC_PARTNER, GD_DIIT, List.of("InvestmentEvent:17"), List.of("InvestmentEvent:18")));
	}

	/** The rivals whose drafts include talent arrangements, which people lead to. */
	static Stream<Rival> hostsOfDraftArrangements() {
		return rivals().filter((rival) -> rival.partner() == GDUT_PARTNER || rival.partner() == STU_PARTNER);
	}

	@ParameterizedTest(name = "{0} filtered by organisation {1}: {2} sees {3}")
	@CsvSource(delimiter = '|', textBlock = """
			# STU's labs are 36 and 37, both PLANNED; its projects 31 (APPROVED) and 37 (PROPOSED); it
			# hosts arrangements 36 (ACTIVE) and 60 (PROPOSED); it registered for event 16 (PUBLISHED).
			jointLabs           | 7  | GDUT_PARTNER    |
			crossBorderProjects | 7  | GDUT_PARTNER    | 31
			talentArrangements  | 7  | GDUT_PARTNER    | 36
			investmentEvents    | 7  | GDUT_PARTNER    | 16
			# GDUT's labs are 6 (OPERATING), 30 and 34 (PLANNED); its projects 38 (PROPOSED) and 39
			# (IN_PROGRESS); it hosts 18 and 31 (ACTIVE), 11, 13, 25 and 55 (PROPOSED); no event.
			jointLabs           | 5  | STU_PARTNER     | 6
			crossBorderProjects | 5  | STU_PARTNER     | 39
			talentArrangements  | 5  | STU_PARTNER     | 18 31
			investmentEvents    | 5  | STU_PARTNER     |
			# GD_DOC organises 1, 2, 3, 5, 6, 7, 10, 11, 14, 15, 16 and the DRAFT 18; GD_DIIT organises 8, 13
			# and the DRAFT 17.
			investmentEvents    | 35 | GD_DIIT_PARTNER | 1 2 3 5 6 7 10 11 14 15 16
			investmentEvents    | 33 | GD_DOC_PARTNER  | 8 13
			""")
	void filteringARootConnectionByAnotherOrganisationFindsOnlyItsPublicRecords(String connection, long other,
			Viewer partner, @Nullable String rowIds) {
		List<String> expected = rows(typeOf(connection), rowIds);

		GraphQlTester.Response response = as(partner).documentName("security/visibleRecords")
			.operationName(connection)
			.variable("filter", Map.of("organization", organization(other)))
			.execute();

		assertThat(rowsAt(response, "records.nodes")).containsExactlyInAnyOrderElementsOf(expected);
		response.path("records.totalCount").entity(Integer.class).isEqualTo(expected.size());
	}

	@ParameterizedTest(name = "{0} with statuses {2}: {1} sees {3}")
	@CsvSource(delimiter = '|', textBlock = """
			jointLabs           | GDUT_PARTNER    | PLANNED UNDER_CONSTRUCTION | 30 34
			jointLabs           | STU_PARTNER     | PLANNED UNDER_CONSTRUCTION | 36 37
			crossBorderProjects | GDUT_PARTNER    | PROPOSED CANCELLED         | 38
			crossBorderProjects | STU_PARTNER     | PROPOSED CANCELLED         | 37
			talentArrangements  | GDUT_PARTNER    | PROPOSED CANCELLED         | 11 13 25 55
			talentArrangements  | STU_PARTNER     | PROPOSED CANCELLED         | 60
			investmentEvents    | GD_DIIT_PARTNER | DRAFT                      | 17
			investmentEvents    | GD_DOC_PARTNER  | DRAFT                      | 18
			""")
	void askingForTheNonPublicStatusesFindsOnlyTheOwnOrganisationsRecords(String connection, Viewer partner,
			String statuses, String rowIds) {
		List<String> expected = rows(typeOf(connection), rowIds);

		GraphQlTester.Response response = as(partner).documentName("security/visibleRecords")
			.operationName(connection)
			.variable("filter", Map.of("statuses", List.of(statuses.split(" "))))
			.execute();

		assertThat(rowsAt(response, "records.nodes")).containsExactlyInAnyOrderElementsOf(expected);
		response.path("records.totalCount").entity(Integer.class).isEqualTo(expected.size());
	}

	@ParameterizedTest(name = "{0} searching \"{2}\": {1} sees {3}")
	@CsvSource(delimiter = '|', textBlock = """
			# Only STU's lab 37 and project 37 (both not public) have "Advanced Textile" in a name.
			jointLabs           | GDUT_PARTNER    | Advanced Textile |
			jointLabs           | STU_PARTNER     | Advanced Textile | 37
			crossBorderProjects | GDUT_PARTNER    | Advanced Textile |
			crossBorderProjects | STU_PARTNER     | Advanced Textile | 37
			# Only GDUT's lab 34 and project 38 (both not public) have "Rare-earth" in a name.
			jointLabs           | STU_PARTNER     | Rare-earth       |
			jointLabs           | GDUT_PARTNER    | Rare-earth       | 34
			crossBorderProjects | STU_PARTNER     | Rare-earth       |
			crossBorderProjects | GDUT_PARTNER    | Rare-earth       | 38
			# Person 39 has arrangements 60 (PROPOSED, STU) and 61 (ACTIVE, Gree); person 15 only 25
			# (PROPOSED, GDUT).
			talentArrangements  | GDUT_PARTNER    | Cheang Nga Teng  | 61
			talentArrangements  | STU_PARTNER     | Cheang Nga Teng  | 60 61
			talentArrangements  | STU_PARTNER     | Tse Wai-yip      |
			talentArrangements  | GDUT_PARTNER    | Tse Wai-yip      | 25
			# Only the DRAFT events 17 (GD_DIIT) and 18 (GD_DOC) have "2027" in a name.
			investmentEvents    | GD_DIIT_PARTNER | 2027             | 17
			investmentEvents    | GD_DOC_PARTNER  | 2027             | 18
			""")
	void searchingByNameFindsNoOtherOrganisationsDrafts(String connection, Viewer partner, String search,
			@Nullable String rowIds) {
		List<String> expected = rows(typeOf(connection), rowIds);

		GraphQlTester.Response response = as(partner).documentName("security/visibleRecords")
			.operationName(connection)
			.variable("filter", Map.of("search", search))
			.execute();

		assertThat(rowsAt(response, "records.nodes")).containsExactlyInAnyOrderElementsOf(expected);
		response.path("records.totalCount").entity(Integer.class).isEqualTo(expected.size());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("rivals")
	void theLookUpsOfAnotherOrganisationsDraftsFindNothing(Rival rival) {
		List<String> found = new ArrayList<>();
		for (String row : rival.othersDrafts()) {
			String lookUp = lookUpOf(row);
			if (lookUp != null) {
				GraphQlTester.Response response = as(rival.partner()).documentName("security/lookUps")
					.operationName(lookUp)
					.variable("id", globalId(row))
					.execute();
				response.errors().verify();
				if (response.returnResponse().field("record").getValue() != null) {
					found.add(row);
				}
			}
		}

		assertThat(found).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("rivals")
	void nodeFindsNoneOfAnotherOrganisationsDrafts(Rival rival) {
		List<String> found = new ArrayList<>();
		for (String row : rival.othersDrafts()) {
			GraphQlTester.Response response = as(rival.partner()).documentName("api/node")
				.variable("id", globalId(row))
				.execute();
			response.errors().verify();
			if (response.returnResponse().field("node").getValue() != null) {
				found.add(row);
			}
		}

		assertThat(found).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("rivals")
	void nodesAnswersNullForAnotherOrganisationsDraftsAndFindsTheOwn(Rival rival) {
		List<String> asked = new ArrayList<>(rival.othersDrafts());
		asked.addAll(rival.ownDrafts());
		List<@Nullable String> expected = new ArrayList<>();
		rival.othersDrafts().forEach((row) -> expected.add(null));
		expected.addAll(rival.ownDrafts());

		GraphQlTester.Response response = as(rival.partner()).documentName("api/nodes")
			.variable("ids", asked.stream().map(GlobalIds::globalId).toList())
			.execute();

		response.errors().verify();
		assertThat(rowsAt(response, "nodes")).containsExactlyElementsOf(expected);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("rivals")
	void noPathThroughTheOrganisationsReachesAnotherOrganisationsDrafts(Rival rival) {
		GraphQlTester.Response response = as(rival.partner()).documentName("security/everyPath")
			.operationName("throughOrganizations")
			.execute();

		assertEveryPageComplete(response);
		Set<String> reached = everyRowIn(response);
		assertThat(reached).doesNotContainAnyElementsOf(rival.othersDrafts());
		assertThat(reached).containsAll(rival.ownDrafts());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("hostsOfDraftArrangements")
	void noPathThroughThePeopleReachesAnotherOrganisationsDrafts(Rival rival) {
		GraphQlTester.Response response = as(rival.partner()).documentName("security/everyPath")
			.operationName("throughPeople")
			.execute();

		assertEveryPageComplete(response);
		Set<String> reached = everyRowIn(response);
		assertThat(reached).doesNotContainAnyElementsOf(rival.othersDrafts());
		assertThat(reached)
			.containsAll(rival.ownDrafts().stream().filter((row) -> row.startsWith("TalentArrangement:")).toList());
	}

	@ParameterizedTest(name = "person {1}: {0} sees arrangements {2}")
	@CsvSource(delimiter = '|', textBlock = """
			# Person 39 is hosted only by STU (60, PROPOSED) and Gree (61, ACTIVE).
			GDUT_PARTNER | 39 | 61
			# Person 15 is hosted only by GDUT (25, PROPOSED).
			STU_PARTNER  | 15 |
			""")
	void thePersonOfAnotherOrganisationsDraftArrangementShowsNoneOfThem(Viewer partner, long personRow,
			@Nullable String rowIds) {
		List<String> expected = rows("TalentArrangement", rowIds);

		GraphQlTester.Response response = as(partner).documentName("security/arrangementsOf")
			.operationName("person")
			.variable("id", person(personRow))
			.execute();

		assertThat(rowsAt(response, "owner.records.nodes")).containsExactlyInAnyOrderElementsOf(expected);
		response.path("owner.records.totalCount").entity(Integer.class).isEqualTo(expected.size());
	}

	@ParameterizedTest(name = "{0} reads no contact details of people {1}")
	@CsvSource(delimiter = '|', textBlock = """
			# STU hosts person 22 and proposed to host 39, GDUT neither.
			GDUT_PARTNER | 22 39
			# GDUT hosts people 11 and 19 and proposed to host 6, 8, 15 and 36, STU none of them.
			STU_PARTNER  | 6 8 11 15 19 36
			""")
	void contactDetailsOfThePeopleAnotherOrganisationHostsAreForbidden(Viewer partner, String personRows) {
		for (String row : rows("Person", personRows)) {
			GraphQlTester.Response response = as(partner).documentName("security/contactDetails")
				.operationName("person")
				.variable("id", globalId(row))
				.execute();

			response.errors()
				.satisfy((errors) -> assertThat(contactDetailErrorPaths(errors)).as(row)
					.containsExactlyInAnyOrder("person.email", "person.phone"));
			response.path("person.email").valueIsNull();
			response.path("person.phone").valueIsNull();
		}
	}

	@ParameterizedTest(name = "{0} through the arrangements of organisation {1}")
	@CsvSource(delimiter = '|', textBlock = """
			# Of STU's arrangements, GDUT sees 36 (ACTIVE, person 22) only.
			GDUT_PARTNER | 7 | 36
			# Of GDUT's arrangements, STU sees 18 and 31 (ACTIVE, people 11 and 19) only.
			STU_PARTNER  | 5 | 18 31
			""")
	void theArrangementsAnotherOrganisationHostsShowNoContactDetails(Viewer partner, long other, String rowIds) {
		GraphQlTester.Response response = as(partner).documentName("security/contactDetails")
			.operationName("hostedPeople")
			.variable("organization", organization(other))
			.execute();

		List<String> errorPaths = new ArrayList<>();
		response.errors().satisfy((errors) -> errorPaths.addAll(contactDetailErrorPaths(errors)));
		List<@Nullable String> arrangements = rowsAt(response, "organization.talentArrangements.nodes");
		assertThat(arrangements).containsExactlyInAnyOrderElementsOf(rows("TalentArrangement", rowIds));
		List<String> expectedPaths = new ArrayList<>();
		for (int i = 0; i < arrangements.size(); i++) {
			expectedPaths.add("organization.talentArrangements.nodes[" + i + "].person.email");
			expectedPaths.add("organization.talentArrangements.nodes[" + i + "].person.phone");
			response.path("organization.talentArrangements.nodes[" + i + "].person.email").valueIsNull();
			response.path("organization.talentArrangements.nodes[" + i + "].person.name").hasValue();
		}
		assertThat(errorPaths).containsExactlyInAnyOrderElementsOf(expectedPaths);
	}

}
