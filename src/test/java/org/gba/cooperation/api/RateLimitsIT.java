package org.gba.cooperation.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.gba.cooperation.support.DatabaseIndependent;
import org.gba.cooperation.support.WriteIntegrationTestSupport;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gba.cooperation.support.GlobalIds.globalId;

/**
 * Each caller spends the cost of its requests from a bucket of its role's size, restored
 * at its rate; over budget, a request is refused with 429 before it runs. In a context of
 * its own, with small budgets, a clock the tests move, and client addresses taken from
 * {@code X-Forwarded-For} (so that each test is an anonymous caller of its own). Each
 * test calls as subjects of its own, as the buckets outlive a test. On the writes
 * database, as one test tries a mutation.
 */
@TestPropertySource(properties = { "gba.graphql.rate-limit.anonymous.size=100",
		"gba.graphql.rate-limit.anonymous.restore-rate=10", "gba.graphql.rate-limit.partner.size=200",
		"gba.graphql.rate-limit.partner.restore-rate=20", "gba.graphql.rate-limit.analyst.size=300",
		"gba.graphql.rate-limit.analyst.restore-rate=30", "gba.graphql.rate-limit.coordinator.size=400",
		"gba.graphql.rate-limit.coordinator.restore-rate=40", "server.forward-headers-strategy=native" })
@DatabaseIndependent
class RateLimitsIT extends WriteIntegrationTestSupport {

	/**
	 * 1 for the connection, 50 × 1 for {@code nodes}: requested and actual, as every
	 * caller sees more than 50 organisations.
	 */
	private static final String COSTS_51 = "{ organizations(first: 50) { nodes { id } } }";

	private static final String COSTS_1 = "{ sectors { id } }";

	/**
	 * The application's clock. It starts a little in the past, as the tokens it stamps
	 * are checked against the real time: moved forward by the tests, it must not issue
	 * tokens not yet valid.
	 */
	private static final MovableClock CLOCK = new MovableClock(Instant.now().minus(Duration.ofMinutes(5)),
			ZoneId.of("Asia/Hong_Kong"));

	@TestBean
	Clock clock;

	static Clock clock() {
		return CLOCK;
	}

	@Test
	void aRequestSpendsItsCostFromTheCallersBucketAndSaysWhatIsLeft() {
		String token = token("analyst-spending", List.of("ANALYST"), null);

		EntityExchangeResult<Map<String, Object>> response = post(token, null, COSTS_51, HttpStatus.OK);

		assertThat(cost(response)).containsEntry("requestedQueryCost", 51)
			.containsEntry("throttleStatus",
					Map.of("maximumAvailable", 300, "currentlyAvailable", 249, "restoreRate", 30));
		assertRateLimitHeaders(response, 300, 249, 2);
		assertThat(response.getResponseHeaders().getFirst("Retry-After")).isNull();
	}

	@Test
	void whatARequestDidNotUseGoesBackToTheBucket() {
		String token = token("analyst-refunded", List.of("ANALYST"), null);

		EntityExchangeResult<Map<String, Object>> response = post(token, null,
				"{ jointLabs(first: 100) { nodes { id } } }", HttpStatus.OK);

		// 1 + 100 × 1 paid before it ran; it returned fewer than 100 labs, each 1, and
		// the rest came back.
		int labs = nodes(response, "jointLabs").size();
		assertThat(labs).isBetween(1, 99);
		long actual = 1 + labs;
		assertThat(cost(response)).containsEntry("requestedQueryCost", 101)
			.containsEntry("actualQueryCost", (int) actual)
			.containsEntry("throttleStatus",
					Map.of("maximumAvailable", 300, "currentlyAvailable", (int) (300 - actual), "restoreRate", 30));
		assertRateLimitHeaders(response, 300, 300 - actual, (actual + 29) / 30);
	}

	@Test
	void aRequestThatRunsNothingKeepsOnePointSpent() {
		String token = token("analyst-invalid", List.of("ANALYST"), null);

		// Costs 51 as requested, but is invalid (no such field under the nodes), so
		// nothing runs.
		EntityExchangeResult<Map<String, Object>> response = post(token, null,
				"{ organizations(first: 50) { nodes { noSuchField } } }", HttpStatus.OK);

		assertThat(errors(response)).isNotEmpty();
		assertThat(cost(response)).containsEntry("requestedQueryCost", 51).containsEntry("actualQueryCost", 0);
		assertRateLimitHeaders(response, 300, 299, 1);
	}

	@Test
	void aDocumentSentAgainIsChargedAgainThoughItIsNotParsedAgain() {
		String token = token("analyst-cached", List.of("ANALYST"), null);
		// A text of its own, so that the first send is the cache's miss and the second
		// its hit.
		String document = "query ChargedTwice { organizations(first: 50) { nodes { id } } }";

		EntityExchangeResult<Map<String, Object>> first = post(token, null, document, HttpStatus.OK);
		EntityExchangeResult<Map<String, Object>> second = post(token, null, document, HttpStatus.OK);

		assertThat(cost(first)).containsEntry("requestedQueryCost", 51).containsEntry("actualQueryCost", 51);
		assertThat(cost(second)).containsEntry("requestedQueryCost", 51).containsEntry("actualQueryCost", 51);
		assertRateLimitHeaders(first, 300, 249, 2);
		assertRateLimitHeaders(second, 300, 198, 4);
	}

	@Test
	void aDocumentSentAgainIsChargedForTheVariablesOfEachRequest() {
		String token = token("analyst-cached-variables", List.of("ANALYST"), null);
		String document = "query ChargedByVariables($n: Int) { organizations(first: $n) { nodes { id } } }";

		EntityExchangeResult<Map<String, Object>> first = post(token, null, document, Map.of("n", 10), HttpStatus.OK);
		EntityExchangeResult<Map<String, Object>> second = post(token, null, document, Map.of("n", 50), HttpStatus.OK);
		// 300 - 11 - 51 = 238 left: the next 51 fit, then 187 - 51 × 3 = 34 do not.
		EntityExchangeResult<Map<String, Object>> third = post(token, null, document, Map.of("n", 50), HttpStatus.OK);
		drain(token, null, 3);
		EntityExchangeResult<Map<String, Object>> refused = post(token, null, document, Map.of("n", 50),
				HttpStatus.TOO_MANY_REQUESTS);

		assertThat(cost(first)).containsEntry("requestedQueryCost", 11);
		assertThat(cost(second)).containsEntry("requestedQueryCost", 51);
		assertRateLimitHeaders(third, 300, 187, 4);
		assertThat(errors(refused)).singleElement()
			.satisfies((error) -> assertThat(extensions(error)).containsEntry("code", "THROTTLED"));
		assertRateLimitHeaders(refused, 300, 34, 9);
	}

	@Test
	void aRequestCostingMoreThanTheBucketHoldsIsRefusedWith429RetryAfterAndThrottled() {
		String token = token("analyst-throttled", List.of("ANALYST"), null);
		drain(token, null, 5); // 300 - 5 × 51 = 45 left
		double throttled = throttledSoFar();

		EntityExchangeResult<Map<String, Object>> refused = post(token, null, COSTS_51, HttpStatus.TOO_MANY_REQUESTS);

		assertThat(refused.getResponseBody()).doesNotContainKey("data");
		assertThat(errors(refused)).singleElement().satisfies((error) -> {
			assertThat(extensions(error)).containsEntry("code", "THROTTLED")
				.containsEntry("classification", "THROTTLED");
			assertThat((String) error.get("message")).contains("costs 51").contains("holds 45 of 300");
		});
		// 6 points missing, at 30 a second: 1 second.
		assertThat(refused.getResponseHeaders().getFirst("Retry-After")).isEqualTo("1");
		assertRateLimitHeaders(refused, 300, 45, 9);
		assertThat(cost(refused)).containsEntry("throttleStatus",
				Map.of("maximumAvailable", 300, "currentlyAvailable", 45, "restoreRate", 30));
		// Operators see it too (docs/operations.md).
		assertThat(throttledSoFar()).isEqualTo(throttled + 1);
	}

	/** The instance's count of throttled requests, from its Prometheus scrape. */
	private double throttledSoFar() {
		String scrape = prometheus();
		java.util.regex.Matcher sample = java.util.regex.Pattern.compile("(?m)^gba_graphql_throttled_total (\\S+)$")
			.matcher(scrape);
		assertThat(sample.find()).as("gba_graphql_throttled_total in the scrape").isTrue();
		return Double.parseDouble(sample.group(1));
	}

	@Test
	void theBucketFillsAgainAtTheRestoreRateUpToItsSize() {
		String token = token("analyst-refilled", List.of("ANALYST"), null);
		drain(token, null, 5); // 45 left
		post(token, null, COSTS_51, HttpStatus.TOO_MANY_REQUESTS);

		CLOCK.advance(Duration.ofSeconds(1)); // 45 + 30 = 75
		assertRateLimitHeaders(post(token, null, COSTS_51, HttpStatus.OK), 300, 24, 10);

		CLOCK.advance(Duration.ofMinutes(1)); // far more than it takes to fill: full, and
												// no more
		assertRateLimitHeaders(post(token, null, COSTS_1, HttpStatus.OK), 300, 299, 1);
	}

	@Test
	void aThrottledMutationWritesNothing() {
		String token = token("coordinator-throttled-writer", List.of("COORDINATOR"), null);
		drain(token, null, 7); // 400 - 7 × 51 = 43 left
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("names", Map.of("zhHant", "節流機構", "zhHans", "节流机构", "en", "Throttled Writes Ltd"));
		input.put("kind", "ENTERPRISE");
		input.put("cityId", globalId("City", 1));
		// The mutation costs more than 2 points (its payload's organization, names, city,
		// sector, userErrors).
		post(token, null, "{ jointLabs(first: 40) { nodes { id } } }", HttpStatus.OK); // 1
																						// +
																						// 40
																						// =
																						// 41:
																						// 2
																						// left

		EntityExchangeResult<Map<String, Object>> refused = post(token, null,
				document("organizations/createOrganization"), Map.of("input", input), HttpStatus.TOO_MANY_REQUESTS);

		assertThat(errors(refused)).singleElement()
			.satisfies((error) -> assertThat(extensions(error)).containsEntry("code", "THROTTLED"));
		CLOCK.advance(Duration.ofMinutes(1));
		EntityExchangeResult<Map<String, Object>> named = post(token, null,
				"{ organizations(filter: {search: \"Throttled Writes Ltd\"}) { totalCount } }", Map.of(),
				HttpStatus.OK);
		assertThat(named.getResponseBody()).extracting("data")
			.isEqualTo(Map.of("organizations", Map.of("totalCount", 0)));
	}

	@Test
	void oneCallersEmptyBucketDoesNotThrottleAnother() {
		String emptied = token("analyst-emptied", List.of("ANALYST"), null);
		drain(emptied, null, 5);
		post(emptied, null, COSTS_51, HttpStatus.TOO_MANY_REQUESTS);
		drain(null, "203.0.113.10", 1); // 100 - 51 = 49 left
		post(null, "203.0.113.10", COSTS_51, HttpStatus.TOO_MANY_REQUESTS);

		String other = token("analyst-other", List.of("ANALYST"), null);
		assertRateLimitHeaders(post(other, null, COSTS_51, HttpStatus.OK), 300, 249, 2);
		assertRateLimitHeaders(post(null, "203.0.113.11", COSTS_51, HttpStatus.OK), 100, 49, 6);
	}

	@Test
	void eachRoleHasABucketOfItsOwnSize() {
		String partner = token("partner-sizes", List.of("PARTNER"), globalId("Organization", 1));
		String analyst = token("analyst-sizes", List.of("ANALYST"), null);
		String coordinator = token("coordinator-sizes", List.of("COORDINATOR"), null);

		assertRateLimitHeaders(post(null, "203.0.113.20", COSTS_1, HttpStatus.OK), 100, 99, 1);
		assertRateLimitHeaders(post(partner, null, COSTS_1, HttpStatus.OK), 200, 199, 1);
		assertRateLimitHeaders(post(analyst, null, COSTS_1, HttpStatus.OK), 300, 299, 1);
		assertRateLimitHeaders(post(coordinator, null, COSTS_1, HttpStatus.OK), 400, 399, 1);
	}

	@Test
	void aQueryCostingMoreThanTheWholeBucketIsRefusedAsTooCostlyAndSpendsNothing() {
		// 1 + 100 × 1 = 101, over the 100 points an anonymous bucket holds when full:
		// waiting would not help.
		EntityExchangeResult<Map<String, Object>> refused = post(null, "203.0.113.30",
				"{ jointLabs(first: 100) { nodes { id } } }", Map.of(), HttpStatus.OK);

		assertThat(errors(refused)).singleElement().satisfies((error) -> {
			assertThat(extensions(error)).containsEntry("code", "QUERY_TOO_COSTLY");
			assertThat((String) error.get("message")).contains("gba.graphql.rate-limit.anonymous.size");
		});
		assertThat(refused.getResponseHeaders().getFirst("Retry-After")).isNull();
		assertRateLimitHeaders(refused, 100, 100, 0);
	}

	@Test
	void everyResponseCarriesTheRateLimitHeadersRefusalsIncluded() {
		String address = "203.0.113.40";
		EntityExchangeResult<Map<String, Object>> syntaxError = post(null, address, "{ sectors { id ", Map.of(),
				HttpStatus.OK);
		EntityExchangeResult<Map<String, Object>> tooLarge = post(null, address,
				"{ sectors { id } }" + " ".repeat(20 * 1024), Map.of(), HttpStatus.OK);
		EntityExchangeResult<Map<String, Object>> unknownField = post(null, address, "{ noSuchField }", Map.of(),
				HttpStatus.OK);

		// Refused before its cost was known, or costing nothing: the bucket is still
		// full.
		assertRateLimitHeaders(syntaxError, 100, 100, 0);
		assertRateLimitHeaders(tooLarge, 100, 100, 0);
		assertRateLimitHeaders(unknownField, 100, 100, 0);
		assertThat(cost(tooLarge)).containsEntry("throttleStatus",
				Map.of("maximumAvailable", 100, "currentlyAvailable", 100, "restoreRate", 10));
	}

	/** Spends 51 points {@code times} times, each granted. */
	private void drain(@Nullable String token, @Nullable String address, int times) {
		for (int i = 0; i < times; i++) {
			post(token, address, COSTS_51, HttpStatus.OK);
		}
	}

	private EntityExchangeResult<Map<String, Object>> post(@Nullable String token, @Nullable String address,
			String document, HttpStatus status) {
		return post(token, address, document, Map.of(), status);
	}

	/**
	 * Posts the document as the token's subject, or anonymously from the address; expects
	 * the status.
	 */
	private EntityExchangeResult<Map<String, Object>> post(@Nullable String token, @Nullable String address,
			String document, Map<String, Object> variables, HttpStatus status) {
		WebTestClient.RequestBodySpec request = this.http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON);
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		if (address != null) {
			request.header("X-Forwarded-For", address);
		}
		return request.bodyValue(Map.of("query", document, "variables", variables))
			.exchange()
			.expectStatus()
			.isEqualTo(status)
			.expectBody(OBJECT)
			.returnResult();
	}

	private static String document(String name) {
		try (var in = RateLimitsIT.class.getResourceAsStream("/graphql-test/" + name + ".graphql")) {
			return new String(java.util.Objects.requireNonNull(in).readAllBytes(),
					java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void assertRateLimitHeaders(EntityExchangeResult<?> response, long limit, long remaining,
			long reset) {
		assertThat(response.getResponseHeaders().getFirst("RateLimit-Limit")).isEqualTo(String.valueOf(limit));
		assertThat(response.getResponseHeaders().getFirst("RateLimit-Remaining")).isEqualTo(String.valueOf(remaining));
		assertThat(response.getResponseHeaders().getFirst("RateLimit-Reset")).isEqualTo(String.valueOf(reset));
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> errors(EntityExchangeResult<Map<String, Object>> response) {
		return (List<Map<String, Object>>) java.util.Objects.requireNonNull(response.getResponseBody())
			.getOrDefault("errors", List.of());
	}

	@SuppressWarnings("unchecked")
	private static List<Object> nodes(EntityExchangeResult<Map<String, Object>> response, String connection) {
		Map<String, Object> data = (Map<String, Object>) java.util.Objects.requireNonNull(response.getResponseBody())
			.get("data");
		return (List<Object>) ((Map<String, Object>) data.get(connection)).get("nodes");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> extensions(Map<String, Object> error) {
		return (Map<String, Object>) error.get("extensions");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> cost(EntityExchangeResult<Map<String, Object>> response) {
		Map<String, Object> extensions = (Map<String, Object>) java.util.Objects
			.requireNonNull(response.getResponseBody())
			.get("extensions");
		return (Map<String, Object>) extensions.get("cost");
	}

	/** A clock that stands still until a test moves it. */
	private static final class MovableClock extends Clock {

		private final AtomicReference<Instant> now;

		private final ZoneId zone;

		MovableClock(Instant start, ZoneId zone) {
			this.now = new AtomicReference<>(start);
			this.zone = zone;
		}

		void advance(Duration duration) {
			this.now.updateAndGet((instant) -> instant.plus(duration));
		}

		@Override
		public ZoneId getZone() {
			return this.zone;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return new MovableClock(instant(), zone);
		}

		@Override
		public Instant instant() {
			return this.now.get();
		}

	}

}
