package org.gba.cooperation.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who sees which records through the connections: the root connections (with
 * {@code totalCount}), the nested connections of organisations, people and labs, and the
 * open lists (organisations, people, sectors, cities). Every number is derived from the
 * demo data in the comments of the rows; the facts they rest on are listed in
 * {@link AccessTestSupport}.
 */
class AccessMatrixIT extends AccessTestSupport {

	@ParameterizedTest(name = "{0}: {1} sees {2}")
	@CsvSource(delimiter = '|', textBlock = """
			# 20 OPERATING labs are public; GDUT adds its PLANNED 30 and 34, STU its PLANNED 36 and 37;
			# the two departments are members of no lab.
			jointLabs           | ANONYMOUS       | 20
			jointLabs           | GDUT_PARTNER    | 22
			jointLabs           | STU_PARTNER     | 22
			jointLabs           | GD_DIIT_PARTNER | 20
			jointLabs           | ANALYST         | 40
			jointLabs           | COORDINATOR     | 40
			# 16 of 18 events are public; only the DRAFT events 17 (GD_DIIT) and 18 (GD_DOC) are not, and
			# neither GDUT nor STU organises or registered for them.
			investmentEvents    | ANONYMOUS       | 16
			investmentEvents    | GDUT_PARTNER    | 16
			investmentEvents    | STU_PARTNER     | 16
			investmentEvents    | GD_DIIT_PARTNER | 17
			investmentEvents    | GD_DOC_PARTNER  | 17
			investmentEvents    | ANALYST         | 18
			investmentEvents    | COORDINATOR     | 18
			# 35 of 40 projects are public (5 PROPOSED); GDUT adds 38, STU adds 37.
			crossBorderProjects | ANONYMOUS       | 35
			crossBorderProjects | GDUT_PARTNER    | 36
			crossBorderProjects | STU_PARTNER     | 36
			crossBorderProjects | GD_DOC_PARTNER  | 35
			crossBorderProjects | ANALYST         | 40
			crossBorderProjects | COORDINATOR     | 40
			# 57 ACTIVE + 12 ENDED = 69 of 96 are public; GDUT hosts 4 PROPOSED (11, 13, 25, 55), STU 1 (60).
			talentArrangements  | ANONYMOUS       | 69
			talentArrangements  | GDUT_PARTNER    | 73
			talentArrangements  | STU_PARTNER     | 70
			talentArrangements  | GD_DIIT_PARTNER | 69
			talentArrangements  | ANALYST         | 96
			talentArrangements  | COORDINATOR     | 96
			""")
	void aRootConnectionListsAndCountsWhatTheCallerSees(String connection, Viewer viewer, int expected) {
		GraphQlTester.Response response = records(viewer, connection);

		response.path("records.totalCount").entity(Integer.class).isEqualTo(expected);
		response.path("records.nodes").entityList(Object.class).hasSize(expected);
	}

	@ParameterizedTest(name = "{0}: the public does not see {1}")
	@CsvSource(delimiter = '|', textBlock = """
			jointLabs           | PLANNED UNDER_CONSTRUCTION
			investmentEvents    | DRAFT
			crossBorderProjects | PROPOSED CANCELLED
			talentArrangements  | PROPOSED CANCELLED
			""")
	void thePublicSeesExactlyTheRecordsOfPublicStatus(String connection, String notPublic) {
		Set<String> hidden = Set.of(notPublic.split(" "));
		List<StatusOf> all = records(Viewer.COORDINATOR, connection).path("records.nodes")
			.entityList(StatusOf.class)
			.get();
		List<String> published = all.stream()
			.filter((record) -> !hidden.contains(record.status()))
			.map(StatusOf::id)
			.toList();

		List<String> seen = ids(records(Viewer.ANONYMOUS, connection), "records.nodes");

		assertThat(rowsOf(seen)).containsExactlyElementsOf(rowsOf(published));
	}

	@ParameterizedTest(name = "{0}: {1} sees beyond the public exactly {2}")
	@CsvSource(delimiter = '|', textBlock = """
			# Non-public labs by membership: GDUT leads 30 and 34, STU leads 36 and 37 (all PLANNED).
			jointLabs           | GDUT_PARTNER    | 30 34
			jointLabs           | STU_PARTNER     | 36 37
			jointLabs           | GD_DIIT_PARTNER |
			# Draft events by organiser: GD_DIIT hosts 17, GD_DOC hosts 18; GDUT and STU neither.
			investmentEvents    | GDUT_PARTNER    |
			investmentEvents    | STU_PARTNER     |
			investmentEvents    | GD_DIIT_PARTNER | 17
			investmentEvents    | GD_DOC_PARTNER  | 18
			# PROPOSED projects by participation: GDUT leads 38, STU leads 37.
			crossBorderProjects | GDUT_PARTNER    | 38
			crossBorderProjects | STU_PARTNER     | 37
			# PROPOSED arrangements by host: GDUT hosts 11, 13, 25 and 55, STU hosts 60.
			talentArrangements  | GDUT_PARTNER    | 11 13 25 55
			talentArrangements  | STU_PARTNER     | 60
			""")
	void aPartnerSeesThePublicRecordsAndThoseItsOrganisationTakesPartIn(String connection, Viewer partner,
			@Nullable String rowIds) {
		List<@Nullable String> publicRows = rowsAt(records(Viewer.ANONYMOUS, connection), "records.nodes");

		List<@Nullable String> seen = rowsAt(records(partner, connection), "records.nodes");

		assertThat(seen).containsAll(publicRows);
		List<@Nullable String> beyond = new ArrayList<>(seen);
		beyond.removeAll(publicRows);
		assertThat(beyond).containsExactlyInAnyOrderElementsOf(rows(typeOf(connection), rowIds));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "jointLabs", "investmentEvents", "crossBorderProjects", "talentArrangements" })
	void anAnalystSeesWhatACoordinatorSees(String connection) {
		List<String> everything = ids(records(Viewer.COORDINATOR, connection), "records.nodes");

		List<String> seen = ids(records(Viewer.ANALYST, connection), "records.nodes");

		assertThat(rowsOf(seen)).containsExactlyElementsOf(rowsOf(everything));
	}

	@ParameterizedTest(name = "{0} counts {1} on a page of 10")
	@CsvSource({ "ANONYMOUS, 69", "GDUT_PARTNER, 73", "STU_PARTNER, 70", "ANALYST, 96", "COORDINATOR, 96" })
	void totalCountCountsWhatTheCallerSeesWhateverThePage(Viewer viewer, int expected) {
		GraphQlTester.Response response = as(viewer).documentName("security/visibleRecords")
			.operationName("talentArrangements")
			.variable("first", 10)
			.execute();

		response.path("records.nodes").entityList(Object.class).hasSize(10);
		response.path("records.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		response.path("records.totalCount").entity(Integer.class).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(Viewer.class)
	void organisationsPeopleSectorsAndCitiesAreOpenToEveryone(Viewer viewer) {
		GraphQlTester.Response response = as(viewer).documentName("security/openRecords").execute();

		// 70 organisations and 70 people in demo-data.sql; 15 sectors and 14 cities in
		// V2__reference_data.sql
		response.path("organizations.totalCount").entity(Integer.class).isEqualTo(70);
		response.path("organizations.nodes").entityList(Object.class).hasSize(70);
		response.path("people.totalCount").entity(Integer.class).isEqualTo(70);
		response.path("people.nodes").entityList(Object.class).hasSize(70);
		response.path("sectors").entityList(Object.class).hasSize(15);
		response.path("cities").entityList(Object.class).hasSize(14);
	}

	@ParameterizedTest(name = "organisation {1}.{0}: {2} sees {3}")
	@CsvSource(delimiter = '|', textBlock = """
			# GDUT (5) is a member of labs 6 (OPERATING), 30 and 34 (PLANNED).
			jointLabs           | 5  | ANONYMOUS       | 6
			jointLabs           | 5  | GDUT_PARTNER    | 6 30 34
			jointLabs           | 5  | STU_PARTNER     | 6
			jointLabs           | 5  | ANALYST         | 6 30 34
			jointLabs           | 5  | COORDINATOR     | 6 30 34
			# STU (7) is a member of labs 36 and 37 (both PLANNED) only.
			jointLabs           | 7  | ANONYMOUS       |
			jointLabs           | 7  | GDUT_PARTNER    |
			jointLabs           | 7  | STU_PARTNER     | 36 37
			jointLabs           | 7  | ANALYST         | 36 37
			jointLabs           | 7  | COORDINATOR     | 36 37
			# GDUT takes part in projects 38 (PROPOSED) and 39 (IN_PROGRESS).
			crossBorderProjects | 5  | ANONYMOUS       | 39
			crossBorderProjects | 5  | GDUT_PARTNER    | 38 39
			crossBorderProjects | 5  | STU_PARTNER     | 39
			crossBorderProjects | 5  | ANALYST         | 38 39
			crossBorderProjects | 5  | COORDINATOR     | 38 39
			# STU takes part in projects 31 (APPROVED) and 37 (PROPOSED).
			crossBorderProjects | 7  | ANONYMOUS       | 31
			crossBorderProjects | 7  | GDUT_PARTNER    | 31
			crossBorderProjects | 7  | STU_PARTNER     | 31 37
			crossBorderProjects | 7  | ANALYST         | 31 37
			crossBorderProjects | 7  | COORDINATOR     | 31 37
			# GDUT hosts arrangements 18 and 31 (ACTIVE), 11, 13, 25 and 55 (PROPOSED).
			talentArrangements  | 5  | ANONYMOUS       | 18 31
			talentArrangements  | 5  | GDUT_PARTNER    | 11 13 18 25 31 55
			talentArrangements  | 5  | STU_PARTNER     | 18 31
			talentArrangements  | 5  | ANALYST         | 11 13 18 25 31 55
			talentArrangements  | 5  | COORDINATOR     | 11 13 18 25 31 55
			# STU hosts arrangements 36 (ACTIVE) and 60 (PROPOSED).
			talentArrangements  | 7  | ANONYMOUS       | 36
			talentArrangements  | 7  | GDUT_PARTNER    | 36
			talentArrangements  | 7  | STU_PARTNER     | 36 60
			talentArrangements  | 7  | ANALYST         | 36 60
			talentArrangements  | 7  | COORDINATOR     | 36 60
			# STU registered for event 16 (PUBLISHED); GDUT takes part in no event.
			investmentEvents    | 7  | ANONYMOUS       | 16
			investmentEvents    | 7  | GDUT_PARTNER    | 16
			investmentEvents    | 5  | GDUT_PARTNER    |
			# GD_DIIT (33) organises events 8 (COMPLETED), 13 (PUBLISHED) and 17 (DRAFT).
			investmentEvents    | 33 | ANONYMOUS       | 8 13
			investmentEvents    | 33 | GD_DIIT_PARTNER | 8 13 17
			investmentEvents    | 33 | GD_DOC_PARTNER  | 8 13
			investmentEvents    | 33 | ANALYST         | 8 13 17
			# GD_DOC (35) organises events 1, 2, 3, 5, 6, 7, 11 (COMPLETED), 10 (CANCELLED), 14, 15, 16
			# (PUBLISHED) and 18 (DRAFT).
			investmentEvents    | 35 | ANONYMOUS       | 1 2 3 5 6 7 10 11 14 15 16
			investmentEvents    | 35 | GD_DOC_PARTNER  | 1 2 3 5 6 7 10 11 14 15 16 18
			investmentEvents    | 35 | GD_DIIT_PARTNER | 1 2 3 5 6 7 10 11 14 15 16
			investmentEvents    | 35 | ANALYST         | 1 2 3 5 6 7 10 11 14 15 16 18
			""")
	void anOrganisationsConnectionsListAndCountWhatTheCallerSees(String connection, long organization, Viewer viewer,
			@Nullable String rowIds) {
		List<String> expected = rows(typeOf(connection), rowIds);

		GraphQlTester.Response response = as(viewer).documentName("security/organizationRecords")
			.operationName(connection)
			.variable("organization", organization(organization))
			.execute();

		assertThat(rowsAt(response, "organization.records.nodes")).containsExactlyInAnyOrderElementsOf(expected);
		response.path("organization.records.totalCount").entity(Integer.class).isEqualTo(expected.size());
	}

	@ParameterizedTest(name = "{0} {1}: {2} sees arrangements {3}")
	@CsvSource(delimiter = '|', textBlock = """
			# Person 39 has arrangement 60 (PROPOSED, hosted by STU) and 61 (ACTIVE, hosted by Gree).
			person   | 39 | ANONYMOUS    | 61
			person   | 39 | GDUT_PARTNER | 61
			person   | 39 | STU_PARTNER  | 60 61
			person   | 39 | ANALYST      | 60 61
			person   | 39 | COORDINATOR  | 60 61
			# Person 6 has arrangement 10 (ACTIVE, hosted by SSLAB) and 11 (PROPOSED, hosted by GDUT).
			person   | 6  | ANONYMOUS    | 10
			person   | 6  | GDUT_PARTNER | 10 11
			person   | 6  | STU_PARTNER  | 10
			person   | 6  | ANALYST      | 10 11
			# Lab 6 (OPERATING) has arrangements 18 and 31, both ACTIVE.
			jointLab | 6  | ANONYMOUS    | 18 31
			jointLab | 6  | STU_PARTNER  | 18 31
			# Lab 30 (PLANNED, GDUT lead) has arrangements 13 and 55, both PROPOSED and hosted by GDUT.
			jointLab | 30 | GDUT_PARTNER | 13 55
			jointLab | 30 | ANALYST      | 13 55
			jointLab | 30 | COORDINATOR  | 13 55
			""")
	void thoseArrangementsOfAPersonOrALabAreListedThatTheCallerSees(String owner, long ownerRow, Viewer viewer,
			@Nullable String rowIds) {
		List<String> expected = rows("TalentArrangement", rowIds);
		String ownerId = owner.equals("person") ? person(ownerRow) : lab(ownerRow);

		GraphQlTester.Response response = as(viewer).documentName("security/arrangementsOf")
			.operationName(owner)
			.variable("id", ownerId)
			.execute();

		assertThat(rowsAt(response, "owner.records.nodes")).containsExactlyInAnyOrderElementsOf(expected);
		response.path("owner.records.totalCount").entity(Integer.class).isEqualTo(expected.size());
	}

	@Test
	void aMemberOfALabDoesNotSeeTheArrangementsOthersHostInIt() {
		// MPU (58) is a member of lab 30 (PLANNED), so it sees the lab; its arrangements
		// 13 and 55 are
		// PROPOSED and hosted by GDUT, not by MPU. Arrangement 55 is for Lou Ka Hou
		// (person 36), who works
		// for MPU: the person's own organisation sees the proposal, which it alone may
		// accept.
		GraphQlTester.Response response = partnerOf(organization(MPU)).documentName("security/arrangementsOf")
			.operationName("jointLab")
			.variable("id", lab(30))
			.execute();

		response.path("owner.id").entity(String.class).isEqualTo(lab(30));
		assertThat(rowsAt(response, "owner.records.nodes")).containsExactlyElementsOf(rows("TalentArrangement", "55"));
		response.path("owner.records.totalCount").entity(Integer.class).isEqualTo(1);
	}

	/**
	 * The first 100 records (all there are) of a root connection, as this caller sees
	 * them.
	 */
	private GraphQlTester.Response records(Viewer viewer, String connection) {
		return as(viewer).documentName("security/visibleRecords").operationName(connection).execute();
	}

	/** A record of a connection with its status. */
	record StatusOf(String id, String status) {
	}

}
