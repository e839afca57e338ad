package org.gba.cooperation.search;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.gba.cooperation.support.GraphQlIntegrationTestSupport;
import org.gba.cooperation.support.search.RequiresOpenSearch;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gba.cooperation.support.GlobalIds.globalId;

/**
 * The engine applies each filter and each caller's access rule as the database does: for
 * every connection, filter and caller, the records found by {@code {filter, search}} are
 * exactly those of {@code {filter}} (answered by SQL) that {@code {search}} alone finds.
 * Each filter's {@code toSearchFilter()} and {@code AccessRules.searchable} are thus
 * checked against their SQL counterparts, on the demo data.
 */
@Tag(RequiresOpenSearch.SEARCH_TAG)
class SearchFiltersAgreeIT extends GraphQlIntegrationTestSupport {

	private static final String SYSU = globalId("Organization", 1);

	private static final String HKUST = globalId("Organization", 37);

	static Stream<Arguments> filters() {
		return Stream.of(
				// connection, a search text that finds many, the filter
				Arguments.of("jointLabs", "guangdong", "statuses: [OPERATING, PLANNED]"),
				Arguments.of("jointLabs", "guangdong", "jurisdictions: [MACAO]"),
				Arguments.of("jointLabs", "guangdong", "organization: \"" + SYSU + "\""),
				Arguments.of("jointLabs", "guangdong", "startDate: {from: \"2020-01-01\", to: \"2026-12-31\"}"),
				Arguments.of("jointLabs", "guangdong", "hostCities: [\"" + globalId("City", 1) + "\"]"),
				Arguments.of("jointLabs", "guangdong", "sectors: [\"" + globalId("Sector", 1) + "\"]"),
				Arguments.of("crossBorderProjects", "广东", "statuses: [IN_PROGRESS, PROPOSED]"),
				Arguments.of("crossBorderProjects", "广东", "jurisdictions: [HONG_KONG]"),
				Arguments.of("crossBorderProjects", "广东", "organization: \"" + HKUST + "\""),
				Arguments.of("crossBorderProjects", "广东", "cities: [\"" + globalId("City", 2) + "\"]"),
				Arguments.of("investmentEvents", "大", "statuses: [COMPLETED, DRAFT]"),
				Arguments.of("investmentEvents", "大", "jurisdictions: [GUANGDONG]"),
				Arguments.of("investmentEvents", "大", "kinds: [CONFERENCE]"),
				Arguments.of("investmentEvents", "大", "sectors: [\"" + globalId("Sector", 1) + "\"]"),
				Arguments.of("investmentEvents", "大", "organization: \"" + SYSU + "\""),
				Arguments.of("organizations", "大", "jurisdictions: [HONG_KONG, MACAO]"),
				Arguments.of("organizations", "大", "kinds: [UNIVERSITY]"),
				Arguments.of("organizations", "大", "chainLeader: false"),
				Arguments.of("people", "c", "homeJurisdictions: [HONG_KONG]"),
				Arguments.of("people", "c", "affiliation: \"" + HKUST + "\""),
				Arguments.of("talentArrangements", "c", "statuses: [ACTIVE, PROPOSED]"),
				Arguments.of("talentArrangements", "c", "hostJurisdictions: [GUANGDONG]"),
				Arguments.of("talentArrangements", "c", "homeJurisdictions: [HONG_KONG]"),
				Arguments.of("talentArrangements", "c", "modes: [REMOTE_CONSULTING, VISITING]"),
				Arguments.of("talentArrangements", "c", "organization: \"" + SYSU + "\""),
				Arguments.of("talentArrangements", "c", "startDate: {from: \"2024-01-01\"}"));
	}

	@ParameterizedTest(name = "{0}(filter: '{'{2}'}') with search {1}")
	@MethodSource("filters")
	void theEngineFindsWhatTheDatabaseFiltersAndTheSearchFinds(String connection, String search, String filter) {
		for (HttpGraphQlTester caller : List.of(this.anonymous, this.graphQl, analyst(), partnerOf(SYSU),
				partnerOf(HKUST))) {
			Set<String> searched = ids(caller, connection, "search: \"" + search + "\"");
			Set<String> filtered = ids(caller, connection, filter);
			Set<String> expected = new HashSet<>(filtered);
			expected.retainAll(searched);

			assertThat(ids(caller, connection, filter + ", search: \"" + search + "\"")).isEqualTo(expected);
		}
	}

	private static Set<String> ids(HttpGraphQlTester caller, String connection, String filter) {
		List<String> ids = caller
			.document("{ c: " + connection + "(first: 100, filter: {" + filter + "}) { totalCount nodes { id } } }")
			.execute()
			.path("c.nodes[*].id")
			.entityList(String.class)
			.get();
		assertThat(ids).as("fewer than a page, so that the whole is compared").hasSizeLessThan(100);
		return new HashSet<>(ids);
	}

}
