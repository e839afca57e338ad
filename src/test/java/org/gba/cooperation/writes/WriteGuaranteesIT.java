package org.gba.cooperation.writes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.gba.cooperation.support.WriteIntegrationTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every mutation guarantees under concurrency, over real HTTP requests sent at the same time:
 * of many writers holding the same version exactly one wins, and many concurrent retries with one
 * idempotency key write once.
 */
class WriteGuaranteesIT extends WriteIntegrationTestSupport {

	private static final String SYSU = "T3JnYW5pemF0aW9uOjE";

	private static final int CONCURRENT_REQUESTS = 10;

	private ExecutorService pool;

	private String sectorId;

	private String cityId;

	@BeforeEach
	void start() {
		this.pool = Executors.newFixedThreadPool(CONCURRENT_REQUESTS);
		this.sectorId = firstSectorId();
		this.cityId = secondCityId();
	}

	@AfterEach
	void stop() {
		this.pool.shutdownNow();
	}

	@Test
	void ofManyWritersHoldingTheSameVersionExactlyOneWins() throws Exception {
		String lab = create(input("Lab everyone edits", null)).path("createJointLab.jointLab.id").entity(String.class).get();

		List<GraphQlTester.Response> responses = concurrently((i) -> this.graphQl.documentName("labs-mutation-update")
			.variable("input", Map.of("id", lab, "version", 0, "names", names("Edited by writer " + i)))
			.execute());

		List<String> winners = new ArrayList<>();
		List<Integer> currentVersions = new ArrayList<>();
		for (GraphQlTester.Response response : responses) {
			List<?> errors = response.path("updateJointLab.userErrors").entityList(Object.class).get();
			if (errors.isEmpty()) {
				winners.add(response.path("updateJointLab.jointLab.name").entity(String.class).get());
			}
			else {
				response.path("updateJointLab.userErrors[0].code").entity(String.class).isEqualTo("STALE_VERSION");
				currentVersions.add(response.path("updateJointLab.userErrors[0].currentVersion").entity(Integer.class).get());
			}
		}
		assertThat(winners).hasSize(1);
		assertThat(currentVersions).hasSize(CONCURRENT_REQUESTS - 1).containsOnly(1);
		GraphQlTester.Response now = this.graphQl.documentName("labs-byId").variable("id", lab).execute();
		now.path("jointLab.version").entity(Integer.class).isEqualTo(1);
		now.path("jointLab.name").entity(String.class).isEqualTo(winners.get(0));
		this.graphQl.documentName("audit-trail")
			.variable("objectId", lab)
			.execute()
			.path("auditTrail.nodes[*].action")
			.entityList(String.class)
			.containsExactly("createJointLab", "updateJointLab");
	}

	@Test
	void concurrentRetriesWithOneIdempotencyKeyWriteOnce() throws Exception {
		Map<String, Object> input = input("Lab of a flaky network", SYSU);
		input.put("idempotencyKey", "flaky-network-retry");

		List<GraphQlTester.Response> responses = concurrently((i) -> create(input));

		List<String> ids = new ArrayList<>();
		for (GraphQlTester.Response response : responses) {
			response.path("createJointLab.userErrors").entityList(Object.class).hasSize(0);
			ids.add(response.path("createJointLab.jointLab.id").entity(String.class).get());
		}
		assertThat(ids).hasSize(CONCURRENT_REQUESTS).containsOnly(ids.get(0));
		this.graphQl.document("{ jointLabs(filter: {search: \"Lab of a flaky network\"}) { totalCount } }")
			.execute()
			.path("jointLabs.totalCount")
			.entity(Integer.class)
			.isEqualTo(1);
		this.graphQl.documentName("audit-trail")
			.variable("objectId", ids.get(0))
			.execute()
			.path("auditTrail.totalCount")
			.entity(Integer.class)
			.isEqualTo(1);
	}

	@Test
	void concurrentCreationsAllSucceedAndAreAllFound() throws Exception {
		// Each creation indexes its record for search in its transaction: concurrent ones must not deadlock
		// (InnoDB gap locks), which lost such writes under load (the benchmark's mutation mix).
		List<GraphQlTester.Response> responses = concurrently((i) -> create(input("Concurrent creation lab " + i, null)));

		for (GraphQlTester.Response response : responses) {
			response.errors().verify();
			response.path("createJointLab.userErrors").entityList(Object.class).hasSize(0);
		}
		this.graphQl.document("{ jointLabs(filter: {search: \"Concurrent creation lab\"}) { totalCount } }")
			.execute()
			.path("jointLabs.totalCount")
			.entity(Integer.class)
			.isEqualTo(CONCURRENT_REQUESTS);
	}

	/** Sends the requests together: each thread waits at one gate, opened when all are ready. */
	private List<GraphQlTester.Response> concurrently(RequestFor request) throws Exception {
		CountDownLatch ready = new CountDownLatch(CONCURRENT_REQUESTS);
		CountDownLatch gate = new CountDownLatch(1);
		List<Future<GraphQlTester.Response>> futures = new ArrayList<>();
		for (int i = 0; i < CONCURRENT_REQUESTS; i++) {
			int writer = i;
			Callable<GraphQlTester.Response> call = () -> {
				ready.countDown();
				gate.await();
				return request.send(writer);
			};
			futures.add(this.pool.submit(call));
		}
		assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
		gate.countDown();
		List<GraphQlTester.Response> responses = new ArrayList<>();
		for (Future<GraphQlTester.Response> future : futures) {
			responses.add(future.get(60, TimeUnit.SECONDS));
		}
		return responses;
	}

	private GraphQlTester.Response create(Map<String, Object> input) {
		return execute(this.graphQl, "labs-mutation-create", input);
	}

	private Map<String, Object> input(String name, String lead) {
		return jointLabInput(names(name), this.sectorId, this.cityId, lead);
	}

	private static Map<String, Object> names(String english) {
		return Map.of("zhHant", "並發", "zhHans", "并发", "en", english);
	}

	@FunctionalInterface
	private interface RequestFor {

		GraphQlTester.Response send(int writer);

	}

}
