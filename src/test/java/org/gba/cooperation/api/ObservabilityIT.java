package org.gba.cooperation.api;

import java.io.File;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gba.cooperation.support.DatabaseIndependent;
import org.gba.cooperation.support.GraphQlIntegrationTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an operator's Prometheus scrapes, on the management port and never on the public
 * one: Spring for GraphQL's timer of each operation by name, errors by
 * {@code extensions.code}, persisted queries, DataLoader batches; and the trace id a
 * partner quotes, in every error and in the {@code traceresponse} header, continuing the
 * trace of a {@code traceparent} it sent.
 */
@DatabaseIndependent
class ObservabilityIT extends GraphQlIntegrationTestSupport {

	@Test
	void actuatorEndpointsAreOnTheManagementPortOnly() {
		for (String path : List.of("/actuator/health", "/actuator/info", "/actuator/prometheus")) {
			this.http.get().uri(path).exchange().expectStatus().isNotFound();
		}
		this.management.get().uri("/actuator/prometheus").exchange().expectStatus().isOk();
	}

	@Test
	void prometheusCountsEachOperationByNameAndItsErrorsByCode() {
		String refused = "{\"query\":\"mutation ObservedRefused { createPerson(input: {names: {zhHant: \\\"甲\\\", "
				+ "zhHans: \\\"甲\\\", en: \\\"A\\\"}, homeJurisdiction: MACAO}) { person { id } } }\"}";
		double before = current("graphql_request_seconds_count", "graphql_operation_name=\"ObservedSectors\"",
				"graphql_outcome=\"SUCCESS\"");
		double errorsBefore = current("gba_graphql_errors_total", "graphql_operation_name=\"ObservedRefused\"");
		post("{\"query\":\"query ObservedSectors { sectors { code } }\"}");
		post("{\"query\":\"query ObservedSectors { sectors { code } }\"}");
		// An anonymous caller may not write: one error, whose code the counter names.
		Map<String, Object> answer = this.http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(refused)
			.exchange()
			.expectBody(OBJECT)
			.returnResult()
			.getResponseBody();
		Object code = extensions(errors(answer).get(0)).get("code");

		String scrape = prometheus();
		assertThat(sample(scrape, "graphql_request_seconds_count", "graphql_operation_name=\"ObservedSectors\"",
				"graphql_operation_type=\"query\"", "graphql_outcome=\"SUCCESS\""))
			.isEqualTo(before + 2);
		assertThat(scrape).contains("graphql_request_seconds_bucket{")
			.contains("graphql_operation_name=\"ObservedSectors\"");
		assertThat(sample(scrape, "gba_graphql_errors_total", "graphql_operation_name=\"ObservedRefused\"",
				"graphql_operation_type=\"mutation\"", "code=\"" + code + "\""))
			.isEqualTo(errorsBefore + 1);
		assertThat(
				sample(scrape, "gba_graphql_cost_requested_points_count", "graphql_operation_name=\"ObservedSectors\""))
			.isGreaterThanOrEqualTo(2);
		assertThat(scrape).contains("hikaricp_connections_active").contains("jvm_memory_used_bytes");
	}

	@Test
	void dataLoaderBatchesAndSubscriptionsAreMeasured() {
		post("{\"query\":\"query ObservedLabs { jointLabs(first: 5) { nodes { members { organization { id } } } } }\"}");

		String scrape = prometheus();
		assertThat(sample(scrape, "gba_graphql_dataloader_batch_size_count", "loader=\"JointLab.members\""))
			.isPositive();
		assertThat(scrape).contains("gba_graphql_subscriptions ")
			.contains("gba_graphql_subscription_messages_total{result=\"sent\"}")
			.contains("gba_graphql_subscription_messages_total{result=\"dropped\"}");
	}

	@Test
	void persistedQueriesAreCountedAsMissesRegistrationsAndHits() {
		String document = "query ObservedPersisted { sectors { code } }";
		String hash = sha256(document);
		String extension = "\"extensions\":{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + hash + "\"}}";
		double misses = current("gba_graphql_persisted_queries_total", "result=\"miss\"");
		double registrations = current("gba_graphql_persisted_queries_total", "result=\"registered\"");
		double hits = current("gba_graphql_persisted_queries_total", "result=\"hit\"");

		post("{" + extension + "}");
		post("{\"query\":\"" + document + "\"," + extension + "}");
		post("{" + extension + "}");

		String scrape = prometheus();
		assertThat(sample(scrape, "gba_graphql_persisted_queries_total", "result=\"miss\"")).isEqualTo(misses + 1);
		assertThat(sample(scrape, "gba_graphql_persisted_queries_total", "result=\"registered\""))
			.isEqualTo(registrations + 1);
		assertThat(sample(scrape, "gba_graphql_persisted_queries_total", "result=\"hit\"")).isEqualTo(hits + 1);
	}

	@Test
	void everyErrorCarriesTheTraceOfTheTraceparentTheClientSent() {
		String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
		EntityExchangeResult<Map<String, Object>> result = this.http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
			.bodyValue("{\"query\":\"query ObservedBroken { sectors { nope } }\"}")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(OBJECT)
			.returnResult();

		assertThat(result.getResponseHeaders().getFirst("traceresponse")).startsWith("00-" + traceId + "-");
		assertThat(errors(result.getResponseBody())).isNotEmpty()
			.allSatisfy((error) -> assertThat(extensions(error)).containsEntry("traceId", traceId));
	}

	@Test
	void aRequestWithoutTraceparentStartsATraceAndNamesIt() {
		EntityExchangeResult<Map<String, Object>> result = this.http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"query\":\"{ nope }\"}")
			.exchange()
			.expectBody(OBJECT)
			.returnResult();

		String header = result.getResponseHeaders().getFirst("traceresponse");
		assertThat(header).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
		assertThat(extensions(errors(result.getResponseBody()).get(0))).containsEntry("traceId",
				header.substring(3, 35));
	}

	/**
	 * The repository's Grafana dashboard asks only for metrics the application exports,
	 * so that it does not go blank when a metric is renamed.
	 */
	@Test
	void theGrafanaDashboardShowsOnlyMetricsTheApplicationExports() {
		post("{\"query\":\"query ObservedDashboard { jointLabs(first: 2) { nodes { members { organization { id } } } } }\"}");
		post("{\"query\":\"{ nope }\"}");
		Set<String> metrics = new TreeSet<>();
		Pattern metricName = Pattern.compile("\\b((?:graphql|gba|hikaricp|jdbc|http|jvm)_[a-z_]+)\\b");
		for (JsonNode panel : JsonMapper.builder()
			.build()
			.readTree(new File("docs/grafana/gba-api-dashboard.json"))
			.path("panels")) {
			for (JsonNode target : panel.path("targets")) {
				// Without the labels of its aggregations: metric names only.
				Matcher metric = metricName.matcher(target.path("expr").asString().replaceAll("by \\([^)]*\\)", ""));
				while (metric.find()) {
					metrics.add(metric.group(1));
				}
			}
		}

		String scrape = prometheus();
		assertThat(metrics).hasSizeGreaterThan(15)
			.allSatisfy((name) -> assertThat(scrape).as("the scrape has %s", name)
				.containsPattern("(?m)^" + name + "[{ ]"));
	}

	private void post(String body) {
		this.http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isOk();
	}

	private double current(String metric, String... labels) {
		return sample(prometheus(), metric, labels);
	}

	/** The value of the sample of this metric with these labels (0 if there is none). */
	private static double sample(String scrape, String metric, String... labels) {
		Matcher line = Pattern.compile("(?m)^" + Pattern.quote(metric) + "\\{([^}]*)\\} (\\S+)$").matcher(scrape);
		while (line.find()) {
			String found = line.group(1);
			if (List.of(labels).stream().allMatch(found::contains)) {
				return Double.parseDouble(line.group(2));
			}
		}
		return 0;
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> errors(Map<String, Object> body) {
		return (List<Map<String, Object>>) body.get("errors");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> extensions(Map<String, Object> error) {
		return (Map<String, Object>) error.get("extensions");
	}

	private static String sha256(String text) {
		try {
			byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
				.digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
			return java.util.HexFormat.of().formatHex(digest);
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
