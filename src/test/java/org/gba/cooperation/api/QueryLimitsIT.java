package org.gba.cooperation.api;

import java.util.List;
import java.util.Map;

import com.github.benmanes.caffeine.cache.stats.CacheStats;
import org.gba.cooperation.graphql.DocumentCache;
import org.gba.cooperation.support.DatabaseIndependent;
import org.gba.cooperation.support.GraphQlIntegrationTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every request is checked against the limits before it runs, and every response says
 * what it cost. The documents are built here, not kept as files, as they are generated to
 * the limit. How depth and cost are measured (through fragments, by page sizes and
 * weights) is QueryAnalysisTest's.
 */
@DatabaseIndependent
class QueryLimitsIT extends GraphQlIntegrationTestSupport {

	/**
	 * A chain of fields that can nest without end, with the type each selects and a
	 * scalar of that type.
	 */
	private static final String[] FIELDS = { "jointLabs(first: 1)", "nodes", "members", "organization" };

	private static final String[] TYPES = { "JointLabConnection", "JointLab", "JointLabMember", "Organization" };

	private static final String[] LEAVES = { "totalCount", "id", "role", "id" };

	private String token;

	@Autowired
	private DocumentCache documents;

	@BeforeEach
	void signIn() {
		this.token = token("coordinator", List.of("COORDINATOR"), null);
	}

	@Test
	void aDocumentOfTheMaximumSizeRuns() {
		assertRuns(post(sized(20 * 1024)));
	}

	@Test
	void aDocumentOverTheMaximumSizeIsRefusedBeforeParsing() {
		assertRefused(post(sized(20 * 1024 + 1)), "DOCUMENT_TOO_LARGE", "gba.graphql.limits.max-document-size",
				"20481 bytes");
	}

	@Test
	void aDocumentOfTheMaximumTokensRuns() {
		assertRuns(post(tokens(2000)));
	}

	@Test
	void aDocumentOverTheMaximumTokensIsRefused() {
		assertRefused(post(tokens(2001)), "TOO_MANY_TOKENS", "gba.graphql.limits.max-tokens", "2000");
	}

	@Test
	void aQueryOfTheMaximumDepthRuns() {
		assertRuns(post(deep(15, Nesting.FIELDS)));
	}

	@Test
	void aQueryOverTheMaximumDepthIsRefused() {
		assertRefused(post(deep(16, Nesting.FIELDS)), "QUERY_TOO_DEEP", "gba.graphql.limits.max-depth", "16");
	}

	@Test
	void namingTheOperationLikeIntrospectionDoesNotLiftTheDepthLimit() {
		String document = deep(16, Nesting.FIELDS).replaceFirst("^query ", "query __schema ");

		assertRefused(post(document), "QUERY_TOO_DEEP", "gba.graphql.limits.max-depth", "16");
	}

	@Test
	void namingAFragmentLikeIntrospectionDoesNotLiftTheDepthLimit() {
		String document = deep(16, Nesting.FRAGMENTS).replaceAll("F1(?![0-9])", "__type");

		assertRefused(post(document), "QUERY_TOO_DEEP", "gba.graphql.limits.max-depth", "16");
	}

	@Test
	void aFragmentCycleIsAValidationErrorNotAStackOverflow() {
		Map<String, Object> response = post("""
				query { jointLabs(first: 1) { nodes { ...Lab } } }
				fragment Lab on JointLab { members { organization { ...Organization } } }
				fragment Organization on Organization { jointLabs(first: 1) { nodes { ...Lab } } }""");

		assertThat(errors(response)).isNotEmpty()
			.allSatisfy((error) -> assertThat(extensions(error)).containsEntry("classification", "ValidationError"));
		assertThat(errors(response)).anySatisfy((error) -> assertThat((String) error.get("message")).contains("cycle"));
	}

	@Test
	void aDocumentOfTheMaximumAliasesRuns() {
		assertRuns(post("{ sectors { " + repeat("a%d: id ", 30) + "} }"));
	}

	@Test
	void aDocumentOverTheMaximumAliasesIsRefused() {
		assertRefused(post("{ sectors { " + repeat("a%d: id ", 31) + "} }"), "TOO_MANY_ALIASES",
				"gba.graphql.limits.max-aliases", "31");
	}

	@Test
	void aDocumentOfTheMaximumDirectivesRuns() {
		assertRuns(post("{ sectors { " + repeat("id @include(if: true) ", 50) + "} }"));
	}

	@Test
	void aDocumentOverTheMaximumDirectivesIsRefused() {
		assertRefused(post("{ sectors { " + repeat("id @include(if: true) ", 51) + "} }"), "TOO_MANY_DIRECTIVES",
				"gba.graphql.limits.max-directives", "51");
	}

	@Test
	void anOperationOfTheMaximumRootFieldsRuns() {
		assertRuns(post("{ " + repeat("__typename ", 20) + "}"));
	}

	@Test
	void anOperationOverTheMaximumRootFieldsIsRefused() {
		assertRefused(post("{ " + repeat("__typename ", 21) + "}"), "TOO_MANY_ROOT_FIELDS",
				"gba.graphql.limits.max-root-fields", "21");
	}

	@Test
	void theActualCostCountsWhatTheQueryReturned() {
		Map<String, Object> response = post(
				"{ jointLabs(first: 10) { nodes { talentArrangements(first: 5) { nodes { id } } } } }");

		// Requested: 1 + 10 × (1 + 1 + 5 × 1) = 71. Actual: as requested, with each page
		// as long as it
		// really was: the connection, its labs, each lab's connection, and the
		// arrangements in all.
		assertThat(cost(response)).containsEntry("requestedQueryCost", 71);
		List<Map<String, Object>> labs = nodes(data(response), "jointLabs");
		int arrangements = labs.stream().mapToInt((lab) -> nodes(lab, "talentArrangements").size()).sum();
		assertThat(labs).hasSize(10);
		assertThat(arrangements).isLessThan(50);
		assertThat(cost(response)).containsEntry("actualQueryCost", 1 + 10 + 10 + arrangements);
	}

	@Test
	void theActualCostIsTheRequestedOneWhenEveryPageIsFull() {
		Map<String, Object> response = post("{ organizations(first: 5) { nodes { city { id } sector { id } } } }");

		// 1 + 5 × (nodes 1 + city 1 + sector 1) = 16, and there are more than 5
		// organisations
		assertThat(cost(response)).containsEntry("requestedQueryCost", 16).containsEntry("actualQueryCost", 16);
	}

	@Test
	void theActualCostOfAliasesAndEmptyPagesCountsEachPlaceOnItsOwn() {
		Map<String, Object> response = post("{ a: organizations(first: 3) { nodes { id } } "
				+ "b: organizations(first: 3, filter: { search: \"no organisation has this name\" }) { nodes { id } } "
				+ "c: organizations(first: 3) { totalCount pageInfo { hasNextPage } } }");

		// a: 1 + 3; b: 1 and nothing under its empty page; c: 1, as no node was fetched
		// for its pageInfo.
		assertThat(cost(response)).containsEntry("requestedQueryCost", 4 + 4 + 4)
			.containsEntry("actualQueryCost", 4 + 1 + 1);
	}

	@Test
	void anAggregateIsPricedByItsWorkInTheDatabaseNotByWhatItSelects() {
		Map<String, Object> response = post(
				"{ statistics { jointLabs(groupBy: []) { count } " + "crossBorderPairs { count } } }");

		// statistics 1; each aggregate its @cost weight: jointLabs 50, crossBorderPairs
		// 100 (issue 13, D8).
		assertRuns(response);
		assertThat(cost(response)).containsEntry("requestedQueryCost", 1 + 50 + 100)
			.containsEntry("actualQueryCost", 1 + 50 + 100);
	}

	@Test
	void everyResponseCarriesTheCostAndTheThrottleStatus() {
		Map<String, Object> response = post("{ sectors { id } }");

		assertThat(cost(response)).containsEntry("requestedQueryCost", 1)
			.containsEntry("actualQueryCost", 1)
			// The coordinator's budget in the suite, which no test can empty
			// (RateLimitsIT tests real ones).
			.containsEntry("throttleStatus", Map.of("maximumAvailable", 1_000_000_000, "currentlyAvailable",
					1_000_000_000 - 1, "restoreRate", 1_000_000_000));
	}

	@Test
	void aQueryOfTheMaximumCostRuns() {
		// 1 + 100 × (1 + 1 + 7 × (1 + 1 + 1 + 68 × 1)) = 1 + 100 × 499 = 49,901, and
		// `more` 1 + 98 × 1 = 99: 50,000
		Map<String, Object> response = post(costly(98));

		assertRuns(response);
		assertThat(cost(response)).containsEntry("requestedQueryCost", 50000);
	}

	@Test
	void aQueryOverTheMaximumCostIsRefusedWithItsCost() {
		// As above with `more` 1 + 99 × 1 = 100: 50,001
		Map<String, Object> response = post(costly(99));

		assertRefused(response, "QUERY_TOO_COSTLY", "gba.graphql.limits.max-cost", "50001");
		assertThat(cost(response)).containsEntry("requestedQueryCost", 50001);
	}

	@Test
	void aDocumentOverALimitIsRefusedEachTimeItIsSent() {
		String document = deep(16, Nesting.FIELDS).replace("query {", "query RefusedTwice {");

		assertRefused(post(document), "QUERY_TOO_DEEP", "gba.graphql.limits.max-depth", "16");
		assertRefused(post(document), "QUERY_TOO_DEEP", "gba.graphql.limits.max-depth", "16");
	}

	@Test
	void aDocumentSentAgainIsTakenFromTheCacheAndStillMeasuredWithItsVariables() {
		String document = "query CostlyByVariables($labs: Int, $more: Int) { jointLabs(first: $labs) { nodes { "
				+ "talentArrangements(first: 7) { nodes { person { talentArrangements(first: 68) { nodes { id } } } } } } } "
				+ "more: jointLabs(first: $more) { nodes { id } } }";
		CacheStats before = this.documents.stats();

		Map<String, Object> cheap = post(document, Map.of("labs", 1, "more", 1));
		Map<String, Object> atTheLimit = post(document, Map.of("labs", 100, "more", 98));
		Map<String, Object> overTheLimit = post(document, Map.of("labs", 100, "more", 99));

		assertRuns(cheap);
		assertThat(cost(cheap)).containsEntry("requestedQueryCost", 502);
		assertRuns(atTheLimit);
		assertThat(cost(atTheLimit)).containsEntry("requestedQueryCost", 50000);
		assertRefused(overTheLimit, "QUERY_TOO_COSTLY", "gba.graphql.limits.max-cost", "50001");
		assertThat(cost(overTheLimit)).containsEntry("requestedQueryCost", 50001);
		// Parsed and validated once; the two other sends were the cache's hits.
		CacheStats after = this.documents.stats();
		assertThat(after.hitCount() - before.hitCount()).isEqualTo(2);
		assertThat(after.missCount() - before.missCount()).isEqualTo(1);
	}

	@Test
	void aDocumentThatDoesNotValidateIsNotKept() {
		String document = "query NotKept { sectors { noSuchField } }";
		CacheStats before = this.documents.stats();

		post(document);
		post(document);

		CacheStats after = this.documents.stats();
		assertThat(after.hitCount() - before.hitCount()).isZero();
		assertThat(after.missCount() - before.missCount()).isEqualTo(2);
	}

	private static String costly(int more) {
		return "{ jointLabs(first: 100) { nodes { talentArrangements(first: 7) { nodes { person { "
				+ "talentArrangements(first: 68) { nodes { id } } } } } } } more: jointLabs(first: " + more
				+ ") { nodes { id } } }";
	}

	/** A document of exactly this many bytes: a query padded with a comment. */
	private static String sized(int bytes) {
		String query = "{ __typename }\n#";
		return query + "x".repeat(bytes - query.length());
	}

	/** A document of exactly this many tokens: `{ sectors {`, the ids, `} }`. */
	private static String tokens(int tokens) {
		return "{ sectors { " + "id ".repeat(tokens - 5) + "} }";
	}

	private enum Nesting {

		FIELDS, FRAGMENTS

	}

	/**
	 * A query this many fields deep, each level's selection given directly or in a named
	 * fragment.
	 */
	private static String deep(int depth, Nesting nesting) {
		StringBuilder fragments = new StringBuilder();
		String selection = LEAVES[(depth - 2) % 4];
		for (int level = depth - 1; level >= 1; level--) {
			String type = TYPES[(level - 1) % 4];
			String inner = switch (nesting) {
				case FIELDS -> selection;
				case FRAGMENTS -> {
					fragments.append("\nfragment F")
						.append(level)
						.append(" on ")
						.append(type)
						.append(" { ")
						.append(selection)
						.append(" }");
					yield "...F" + level;
				}
			};
			selection = FIELDS[(level - 1) % 4] + " { " + inner + " }";
		}
		return "query { " + selection + " }" + fragments;
	}

	/** The pattern repeated, numbered from 1. */
	private static String repeat(String pattern, int times) {
		StringBuilder text = new StringBuilder();
		for (int i = 1; i <= times; i++) {
			text.append(pattern.replace("%d", String.valueOf(i)));
		}
		return text.toString();
	}

	/** The coordinator's answer, which must carry the cost whatever it says. */
	private Map<String, Object> post(String document) {
		return post(document, Map.of());
	}

	/** The coordinator's answer to the document with these variables. */
	private Map<String, Object> post(String document, Map<String, Object> variables) {
		Map<String, Object> response = this.http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.header("Authorization", "Bearer " + this.token)
			.bodyValue(Map.of("query", document, "variables", variables))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(OBJECT)
			.returnResult()
			.getResponseBody();
		assertThat(response).isNotNull();
		assertThat(cost(response)).containsKeys("requestedQueryCost", "actualQueryCost", "throttleStatus");
		return response;
	}

	private static void assertRuns(Map<String, Object> response) {
		assertThat(response).doesNotContainKey("errors");
		assertThat(response.get("data")).isNotNull();
	}

	private static void assertRefused(Map<String, Object> response, String code, String limit, String value) {
		assertThat(response.get("data")).isNull();
		assertThat(errors(response)).anySatisfy((error) -> {
			assertThat(extensions(error)).containsEntry("code", code).containsEntry("classification", "BAD_REQUEST");
			assertThat((String) error.get("message")).contains(limit).contains(value);
		});
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> errors(Map<String, Object> response) {
		return (List<Map<String, Object>>) response.getOrDefault("errors", List.of());
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> extensions(Map<String, Object> error) {
		return (Map<String, Object>) error.get("extensions");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> cost(Map<String, Object> response) {
		return (Map<String, Object>) ((Map<String, Object>) response.get("extensions")).get("cost");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> data(Map<String, Object> response) {
		return (Map<String, Object>) response.get("data");
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> nodes(Map<String, Object> parent, String connection) {
		return (List<Map<String, Object>>) ((Map<String, Object>) parent.get(connection)).get("nodes");
	}

}
