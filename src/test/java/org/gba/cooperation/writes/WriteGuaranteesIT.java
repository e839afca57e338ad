package org.gba.cooperation.writes;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.gba.cooperation.support.GlobalIds;
import org.gba.cooperation.support.TestDatabase;
import org.gba.cooperation.support.WriteIntegrationTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What every mutation guarantees under concurrency, over real HTTP requests sent at the
 * same time: of many writers holding the same version exactly one wins, many concurrent
 * retries with one idempotency key write once, and writers waiting on a row another
 * session locked are bounded in time and number (issue 13, D3).
 */
class WriteGuaranteesIT extends WriteIntegrationTestSupport {

	private static final String SYSU = "T3JnYW5pemF0aW9uOjE";

	private static final int CONCURRENT_REQUESTS = 10;

	/**
	 * Writers of one locked row: more than may write at once, so that some wait for a
	 * place.
	 */
	private static final int LOCKED_OUT_WRITERS = 12;

	/** gba.writes.max-concurrent's default. */
	private static final int MAX_CONCURRENT_WRITES = 5;

	@Autowired
	private DataSource dataSource;

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
		String lab = create(input("Lab everyone edits", null)).path("createJointLab.jointLab.id")
			.entity(String.class)
			.get();

		List<GraphQlTester.Response> responses = concurrently((i) -> this.graphQl.documentName("labs/updateJointLab")
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
				currentVersions
					.add(response.path("updateJointLab.userErrors[0].currentVersion").entity(Integer.class).get());
			}
		}
		assertThat(winners).hasSize(1);
		assertThat(currentVersions).hasSize(CONCURRENT_REQUESTS - 1).containsOnly(1);
		GraphQlTester.Response now = this.graphQl.documentName("labs/labById").variable("id", lab).execute();
		now.path("jointLab.version").entity(Integer.class).isEqualTo(1);
		now.path("jointLab.name").entity(String.class).isEqualTo(winners.get(0));
		this.graphQl.documentName("writes/auditTrail")
			.variable("objectId", lab)
			.execute()
			.path("auditTrail.nodes[*].action")
			.entityList(String.class)
			.containsExactly("createJointLab", "updateJointLab");
	}

	@Test
	void writersWaitingOnALockHeldElsewhereTimeOutWithoutCommittingAndLeaveReadersTheirConnections() throws Exception {
		assumeTrue(TestDatabase.mysqlRequested(), "row locks held across connections are InnoDB's (MariaDB, MySQL)");
		String lab = create(input("Lab locked by another session", null)).path("createJointLab.jointLab.id")
			.entity(String.class)
			.get();
		ExecutorService writers = Executors.newFixedThreadPool(LOCKED_OUT_WRITERS);
		try (Connection session = this.dataSource.getConnection()) {
			// Another session holds the lab's row, as an operator's or another
			// application's transaction might.
			session.setAutoCommit(false);
			try (PreparedStatement lock = session
				.prepareStatement("SELECT id FROM joint_lab WHERE id = ? FOR UPDATE")) {
				lock.setLong(1, Long.parseLong(GlobalIds.rowOf(lab).split(":")[1]));
				lock.executeQuery().close();
			}
			List<Future<GraphQlTester.Response>> answers = new ArrayList<>();
			for (int i = 0; i < LOCKED_OUT_WRITERS; i++) {
				int writer = i;
				answers.add(writers.submit(() -> this.graphQl.documentName("labs/updateJointLab")
					.variable("input", Map.of("id", lab, "version", 0, "names", names("Locked out writer " + writer)))
					.execute()));
			}

			// As many writers as may write at once (gba.writes.max-concurrent) wait on
			// the row...
			await().atMost(Duration.ofSeconds(30)).until(() -> lockWaits(session) >= MAX_CONCURRENT_WRITES);
			// ...and a reader still finds a connection, while the lock is held.
			this.graphQl.documentName("labs/labById")
				.variable("id", lab)
				.execute()
				.path("jointLab.version")
				.entity(Integer.class)
				.isEqualTo(0);

			// Every writer is answered while the lock is still held: timed out or turned
			// away, nothing written.
			for (Future<GraphQlTester.Response> answer : answers) {
				GraphQlTester.Response response = answer.get(60, TimeUnit.SECONDS);
				response.path("updateJointLab.jointLab").valueIsNull();
				response.path("updateJointLab.userErrors[*].code")
					.entityList(String.class)
					.satisfies((codes) -> assertThat(codes).singleElement().isIn("TIMEOUT", "OVERLOADED"));
			}
			session.rollback();
		}
		finally {
			writers.shutdownNow();
		}
		GraphQlTester.Response now = this.graphQl.documentName("labs/labById").variable("id", lab).execute();
		now.path("jointLab.version").entity(Integer.class).isEqualTo(0);
		now.path("jointLab.name").entity(String.class).isEqualTo("Lab locked by another session");
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
		this.graphQl.documentName("writes/auditTrail")
			.variable("objectId", ids.get(0))
			.execute()
			.path("auditTrail.totalCount")
			.entity(Integer.class)
			.isEqualTo(1);
	}

	@Test
	void concurrentCreationsAllSucceedAndAreAllFound() throws Exception {
		// Each creation indexes its record for search in its transaction: concurrent ones
		// must not deadlock
		// (InnoDB gap locks), which lost such writes under load (the benchmark's mutation
		// mix).
		List<GraphQlTester.Response> responses = concurrently(
				(i) -> create(input("Concurrent creation lab " + i, null)));

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

	/**
	 * Sends the requests together: each thread waits at one gate, opened when all are
	 * ready.
	 */
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

	/** How many transactions wait for a row lock on the server. */
	private static int lockWaits(Connection session) throws Exception {
		try (ResultSet waits = session.createStatement()
			.executeQuery("SELECT COUNT(*) FROM information_schema.innodb_trx WHERE trx_state = 'LOCK WAIT'")) {
			waits.next();
			return waits.getInt(1);
		}
	}

	private GraphQlTester.Response create(Map<String, Object> input) {
		return execute(this.graphQl, "labs/createJointLab", input);
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
