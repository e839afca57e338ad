package org.gba.cooperation.api;

import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import io.micrometer.core.instrument.MeterRegistry;
import org.gba.cooperation.shared.bulkhead.Bulkheads;
import org.gba.cooperation.shared.bulkhead.HeavyWork;
import org.gba.cooperation.support.GraphQlIntegrationTestSupport;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.gba.cooperation.support.GlobalIds.globalId;

/**
 * Heavy queries run in the bulkhead's places and partner traffic does not wait for them.
 * In a context of its own with a small connection pool (4) and small bulkhead (2 places,
 * 2 waiting): heavy queries named {@code Held} hold a connection inside their
 * {@code statistics} field until the test releases them (a test-only instrumentation), as
 * a long aggregate would. With both places and the queue taken, a {@code node} look-up
 * and a partner's page still get a connection and answer at once, the next heavy query is
 * refused with {@code OVERLOADED} (HTTP 429, {@code Retry-After}), and once released
 * every held query answers. Without the bulkhead the four held queries would take the
 * whole pool and the light ones would wait for a connection.
 */
@TestPropertySource(properties = { "spring.datasource.hikari.maximum-pool-size=4", "gba.writes.max-concurrent=1",
		"gba.bulkhead.max-concurrent=2", "gba.bulkhead.queue-size=2", "gba.bulkhead.max-wait=60s",
		"gba.bulkhead.exports.max-concurrent=1", "gba.graphql.timeout=60s" })
class BulkheadIT extends GraphQlIntegrationTestSupport {

	private static final String HELD = """
			query Held { statistics { jointLabs(groupBy: [JURISDICTION]) { jurisdiction count } } }""";

	/** Released by the test: the held queries then give their connection back and run. */
	private static volatile CountDownLatch release = new CountDownLatch(1);

	/** Held queries holding a connection now. */
	private static final AtomicInteger holding = new AtomicInteger();

	/** How long a light request may take while the heavy share is saturated. */
	private static final Duration PROMPTLY = Duration.ofSeconds(5);

	private final ExecutorService clients = Executors.newCachedThreadPool();

	@Autowired
	Bulkheads bulkheads;

	@Autowired
	MeterRegistry meters;

	@AfterEach
	void releaseAndStop() {
		release.countDown();
		this.clients.shutdownNow();
	}

	@Test
	void partnersAnswerPromptlyWhileHeavyQueriesFillThePlacesAndTheQueueAndTheNextHeavyOneIsOverloaded()
			throws Exception {
		release = new CountDownLatch(1);
		String analyst = token("analyst-bulkhead", List.of("ANALYST"), null);
		String projectId = globalId("CrossBorderProject", 1);
		List<Future<EntityExchangeResult<Map<String, Object>>>> held = new ArrayList<>();

		// Four heavy queries: two in the places, each holding a connection, and two
		// waiting in the queue, running nothing (without the bulkhead, all four would
		// hold one).
		for (int i = 0; i < 4; i++) {
			held.add(this.clients.submit(() -> post(this.http, analyst, HELD, HttpStatus.OK)));
		}
		await().atMost(Duration.ofSeconds(30)).until(() -> holding.get() + this.bulkheads.queued(HeavyWork.QUERY) == 4);

		// Partner traffic: a node look-up and an anonymous page answer at once.
		WebTestClient prompt = this.http.mutate().responseTimeout(PROMPTLY).build();
		EntityExchangeResult<Map<String, Object>> node = post(prompt, analyst,
				"{ node(id: \"" + projectId + "\") { id ... on CrossBorderProject { name } } }", HttpStatus.OK);
		assertThat(data(node)).extractingByKey("node").isNotNull();
		EntityExchangeResult<Map<String, Object>> page = post(prompt, null,
				"{ jointLabs(first: 20) { nodes { id name members { organization { name } } } } }", HttpStatus.OK);
		assertThat(page.getResponseBody()).doesNotContainKey("errors");
		assertThat(this.bulkheads.active(HeavyWork.QUERY)).isEqualTo(2);
		assertThat(this.bulkheads.queued(HeavyWork.QUERY)).isEqualTo(2);
		assertThat(holding.get()).isEqualTo(2);

		// The next heavy query, a search, is refused at once: 429, OVERLOADED,
		// Retry-After.
		double rejectedBefore = rejected();
		EntityExchangeResult<Map<String, Object>> refused = post(prompt, analyst,
				"{ crossBorderProjects(first: 5, filter: {search: \"芯\"}) { nodes { id } } }",
				HttpStatus.TOO_MANY_REQUESTS);
		assertThat(refused.getResponseBody()).doesNotContainKey("data");
		assertThat(errors(refused)).singleElement().satisfies((error) -> {
			assertThat(extensions(error)).containsEntry("code", "OVERLOADED")
				.containsEntry("classification", "OVERLOADED");
			assertThat((String) error.get("message")).contains("gba.bulkhead.queue-size");
		});
		assertThat(Long.parseLong(refused.getResponseHeaders().getFirst("Retry-After"))).isBetween(1L, 60L);
		assertThat(rejected()).isEqualTo(rejectedBefore + 1);
		// Its cost was reported like any other request's.
		assertThat(refused.getResponseBody()).extractingByKey("extensions").isNotNull();

		// Released, every held query answers, and the places come back.
		release.countDown();
		for (Future<EntityExchangeResult<Map<String, Object>>> query : held) {
			EntityExchangeResult<Map<String, Object>> answered = query.get(60, TimeUnit.SECONDS);
			assertThat(answered.getResponseBody()).doesNotContainKey("errors");
			assertThat(data(answered)).extractingByKey("statistics").isNotNull();
		}
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.bulkheads.active(HeavyWork.QUERY) == 0 && this.bulkheads.queued(HeavyWork.QUERY) == 0);
		post(this.http, analyst, "{ crossBorderProjects(first: 5, filter: {search: \"芯\"}) { nodes { id } } }",
				HttpStatus.OK);
	}

	private double rejected() {
		return this.meters.get("gba.bulkhead.rejected").tag("kind", "query").functionCounter().count();
	}

	private static EntityExchangeResult<Map<String, Object>> post(WebTestClient client, @Nullable String token,
			String document, HttpStatus status) {
		WebTestClient.RequestBodySpec request = client.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON);
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return request.bodyValue(Map.of("query", document))
			.exchange()
			.expectStatus()
			.isEqualTo(status)
			.expectBody(OBJECT)
			.returnResult();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> data(EntityExchangeResult<Map<String, Object>> response) {
		return (Map<String, Object>) response.getResponseBody().get("data");
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> errors(EntityExchangeResult<Map<String, Object>> response) {
		return (List<Map<String, Object>>) response.getResponseBody().get("errors");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> extensions(Map<String, Object> error) {
		return (Map<String, Object>) error.get("extensions");
	}

	/**
	 * Test only: the {@code statistics} field of an operation named {@code Held} takes a
	 * connection and keeps it until the test releases it, then runs as ever.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class HeldQueries {

		@Bean
		Instrumentation heldStatistics(DataSource dataSource) {
			return new Instrumentation() {

				@Override
				public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher,
						InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
					if (!"Held".equals(parameters.getExecutionContext().getOperationDefinition().getName())
							|| parameters.getExecutionStepInfo().getPath().getLevel() != 1) {
						return fetcher;
					}
					return (environment) -> {
						try (Connection connection = dataSource.getConnection()) {
							holding.incrementAndGet();
							try {
								release.await(60, TimeUnit.SECONDS);
							}
							finally {
								holding.decrementAndGet();
							}
						}
						return fetcher.get(environment);
					};
				}

			};
		}

	}

}
