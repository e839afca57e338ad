package org.gba.cooperation.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.gba.cooperation.support.GraphQlIntegrationTestSupport;
import org.gba.cooperation.support.search.RequiresOpenSearch;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the search engine adds to {@code search:}: relevance (exact names first), Latin
 * words found by their beginning, access rules and nested connections applied in the
 * engine, and cursors that page through a search both ways.
 */
@Tag(RequiresOpenSearch.SEARCH_TAG)
class SearchEngineIT extends GraphQlIntegrationTestSupport {

	private static final String ORGANIZATIONS = """
			query($search: String, $first: Int, $after: String, $last: Int, $before: String, $orderBy: OrganizationOrder) {
			  organizations(filter: {search: $search}, first: $first, after: $after, last: $last, before: $before,
			      orderBy: $orderBy) {
			    totalCount
			    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
			    nodes { id names { zhHant en } }
			  }
			}""";

	@Test
	void withASearchTextTheExactNameComesFirstByDefault() {
		List<Map<String, Object>> found = organizations(this.graphQl, Map.of("search", "澳門大學", "first", 100))
			.path("organizations.nodes")
			.entityList(OBJECT)
			.get();

		assertThat(found).hasSizeGreaterThan(1);
		assertThat(names(found.get(0))).containsEntry("zhHant", "澳門大學");
		assertThat(found).extracting((node) -> names(node).get("zhHant")).contains("澳門大學模擬與混合信號超大規模集成電路國家重點實驗室");
	}

	@Test
	void anAbbreviationWrittenWholeRanksItsOrganisationFirst() {
		List<Map<String, Object>> found = organizations(this.graphQl, Map.of("search", "hkust", "first", 100))
			.path("organizations.nodes")
			.entityList(OBJECT)
			.get();

		assertThat(found).isNotEmpty();
		assertThat(names(found.get(0))).containsEntry("en", "The Hong Kong University of Science and Technology");
	}

	@ParameterizedTest
	@ValueSource(strings = { "quant", "QUANTUM MAT", "Matéria Quân" })
	void latinWordsAreFoundByTheirBeginning(String search) {
		List<String> names = this.graphQl
			.document("query($s: String) { jointLabs(filter: {search: $s}) { nodes { names { en } } } }")
			.variable("s", search)
			.execute()
			.path("jointLabs.nodes[*].names.en")
			.entityList(String.class)
			.get();

		assertThat(names).contains("Guangdong-Hong Kong-Macao Joint Laboratory for Quantum Matter");
	}

	@Test
	void aLatinWordIsNotFoundByItsMiddle() {
		this.graphQl.document("{ jointLabs(filter: {search: \"uantum\"}) { totalCount } }")
			.execute()
			.path("jointLabs.totalCount")
			.entity(Integer.class)
			.isEqualTo(0);
	}

	@Test
	void theEngineAppliesTheAccessRulesOfTheCaller() {
		// Lab 22 is PLANNED: a draft that only coordinators, analysts and its members
		// see.
		String document = "{ jointLabs(filter: {search: \"EDA\"}) { totalCount nodes { status } } }";

		this.anonymous.document(document).execute().path("jointLabs.totalCount").entity(Integer.class).isEqualTo(0);
		this.graphQl.document(document)
			.execute()
			.path("jointLabs.nodes[*].status")
			.entityList(String.class)
			.contains("PLANNED");
	}

	@Test
	@SuppressWarnings("unchecked")
	void aNestedConnectionIsSearchedUnderEachParent() {
		// Under each organisation, the labs found are those of all its labs whose name
		// holds the text.
		List<Map<String, Object>> organizations = this.graphQl.document("""
				{ organizations(first: 100) { nodes {
				    all: jointLabs(first: 100) { nodes { id names { zhHant } } }
				    found: jointLabs(first: 100, filter: {search: "集成电路"}) { totalCount nodes { id } } } } }""")
			.execute()
			.path("organizations.nodes")
			.entityList(OBJECT)
			.get();

		int found = 0;
		for (Map<String, Object> organization : organizations) {
			List<Map<String, Object>> all = (List<Map<String, Object>>) asMap(organization.get("all")).get("nodes");
			List<Object> expected = all.stream()
				.filter((lab) -> ((String) names(lab).get("zhHant")).contains("集成電路"))
				.map((lab) -> lab.get("id"))
				.toList();
			Map<String, Object> searched = asMap(organization.get("found"));
			assertThat(((List<Map<String, Object>>) searched.get("nodes")).stream().map((lab) -> lab.get("id")))
				.containsExactlyInAnyOrderElementsOf(expected);
			assertThat(searched.get("totalCount")).isEqualTo(expected.size());
			found += expected.size();
		}
		assertThat(found).isPositive();
	}

	@ParameterizedTest
	@ValueSource(strings = { "RELEVANCE", "NAME" })
	void pagesOfASearchFollowOneAnotherBothWays(String field) {
		Map<String, Object> order = Map.of("field", field, "direction", "ASC");
		List<String> whole = ids(organizations(this.graphQl, Map.of("search", "大學", "first", 100, "orderBy", order)));
		assertThat(whole).hasSizeGreaterThan(5);

		List<String> forwards = new ArrayList<>();
		String after = null;
		boolean more = true;
		while (more) {
			Map<String, Object> variables = new java.util.HashMap<>(
					Map.of("search", "大學", "first", 3, "orderBy", order));
			if (after != null) {
				variables.put("after", after);
			}
			GraphQlTester.Response page = organizations(this.graphQl, variables);
			page.path("organizations.totalCount").entity(Integer.class).isEqualTo(whole.size());
			forwards.addAll(ids(page));
			more = page.path("organizations.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = page.path("organizations.pageInfo.endCursor").entity(String.class).get();
		}
		assertThat(forwards).isEqualTo(whole);

		List<String> backwards = new ArrayList<>();
		String before = null;
		more = true;
		while (more) {
			Map<String, Object> variables = new java.util.HashMap<>(
					Map.of("search", "大學", "last", 4, "orderBy", order));
			if (before != null) {
				variables.put("before", before);
			}
			GraphQlTester.Response page = organizations(this.graphQl, variables);
			backwards.addAll(0, ids(page));
			more = page.path("organizations.pageInfo.hasPreviousPage").entity(Boolean.class).get();
			before = page.path("organizations.pageInfo.startCursor").entity(String.class).get();
		}
		assertThat(backwards).isEqualTo(whole);
	}

	private GraphQlTester.Response organizations(HttpGraphQlTester client, Map<String, Object> variables) {
		GraphQlTester.Request<?> request = client.document(ORGANIZATIONS);
		for (Map.Entry<String, @Nullable Object> variable : new java.util.HashMap<String, @Nullable Object>(variables)
			.entrySet()) {
			request = request.variable(variable.getKey(), variable.getValue());
		}
		return request.execute();
	}

	private static List<String> ids(GraphQlTester.Response response) {
		return response.path("organizations.nodes[*].id").entityList(String.class).get();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> names(Map<String, Object> node) {
		return (Map<String, Object>) node.get("names");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> asMap(Object node) {
		return (Map<String, Object>) node;
	}

}
