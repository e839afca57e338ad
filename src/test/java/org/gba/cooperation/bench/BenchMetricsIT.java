package org.gba.cooperation.bench;

import java.util.List;
import java.util.Map;

import org.gba.cooperation.support.GraphQlIntegrationTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /bench/metrics} in the {@code bench} profile: the SQL statements executed
 * and the requests served, counted, which the benchmark driver reads around each request
 * to know its statements.
 */
@ActiveProfiles(BenchApplication.PROFILE)
class BenchMetricsIT extends GraphQlIntegrationTestSupport {

	@Test
	void aRequestIsCountedOnceWithTheStatementsItExecuted() {
		String id = idByName("jointLabs", "Guangdong-Hong Kong-Macao Joint Laboratory for Quantum Matter");
		Map<String, Object> before = metrics();

		this.graphQl.documentName("api/node")
			.variable("id", id)
			.execute()
			.path("node.id")
			.entity(String.class)
			.isEqualTo(id);
		Map<String, Object> after = metrics();

		// One look-up by ID is one statement; the metrics' own requests are not counted.
		assertThat(number(after, "requests") - number(before, "requests")).isEqualTo(1);
		assertThat(number(after, "statements") - number(before, "statements")).isEqualTo(1);
	}

	@Test
	void theStatementsOfBatchLoadersOnOtherThreadsAreCountedToo() {
		Map<String, Object> before = metrics();

		this.graphQl.documentName("labs/labsWithMembers")
			.variable("first", 10)
			.execute()
			.path("jointLabs.nodes")
			.hasValue();
		Map<String, Object> after = metrics();

		// The page, its count, the members and their organisations: more than one
		// statement, all counted.
		assertThat(number(after, "statements") - number(before, "statements")).isGreaterThan(1);
		assertThat(number(after, "requests") - number(before, "requests")).isEqualTo(1);
	}

	@Test
	void theHeapAndTheProcessAreReported() {
		Map<String, Object> metrics = metrics();

		assertThat(number(metrics, "heapUsedBytes")).isPositive();
		assertThat(number(metrics, "heapCommittedBytes")).isGreaterThanOrEqualTo(number(metrics, "heapUsedBytes"));
		assertThat(number(metrics, "nonHeapUsedBytes")).isPositive();
		assertThat(number(metrics, "pid")).isEqualTo(ProcessHandle.current().pid());
	}

	@Test
	@SuppressWarnings("unchecked")
	void theSearchIndexBuiltAtStartUpIsReported() {
		// The demo data empty search_index_state: the start-up builds every type's index.
		Map<String, Object> build = (Map<String, Object>) metrics().get("searchIndexBuild");

		assertThat(build).isNotNull();
		assertThat((List<String>) build.get("types")).containsExactlyInAnyOrder("Organization", "Person", "JointLab",
				"CrossBorderProject", "InvestmentEvent", "TalentArrangement");
		assertThat(number(build, "documents")).isPositive();
		assertThat(number(build, "millis")).isNotNegative();
	}

	private Map<String, Object> metrics() {
		return this.http.get()
			.uri("/bench/metrics")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(OBJECT)
			.returnResult()
			.getResponseBody();
	}

	private static long number(Map<String, Object> metrics, String name) {
		return ((Number) metrics.get(name)).longValue();
	}

}
