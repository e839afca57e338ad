package org.gba.cooperation.exports;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;

import org.gba.cooperation.support.GraphQlIntegrationTestSupport;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the bulk-export tests share: starting an export, waiting for it (polling its
 * status, with a deadline), downloading its file, and paging through the same connection
 * as the same caller to compare.
 */
abstract class BulkExportTestSupport extends GraphQlIntegrationTestSupport {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Set<String> ENDED = Set.of("COMPLETED", "FAILED", "CANCELED");

	/** The export query of a root connection: {@code { root(arguments) selection }}. */
	static String exportQuery(String root, String arguments, String selection) {
		return "{ " + root + (arguments.isEmpty() ? "" : "(" + arguments + ")") + " " + selection + " }";
	}

	/** Starts an export as this client; the payload. */
	static Map<String, Object> start(GraphQlTester client, String query, @Nullable String format) {
		Map<String, Object> input = new java.util.HashMap<>();
		input.put("query", query);
		if (format != null) {
			input.put("format", format);
		}
		return client.documentName("exports/startBulkExport")
			.variable("input", input)
			.execute()
			.path("startBulkExport")
			.entity(OBJECT)
			.get();
	}

	/** Starts an export that must be accepted; its ID. */
	@SuppressWarnings("unchecked")
	static String started(GraphQlTester client, String query, @Nullable String format) {
		Map<String, Object> payload = start(client, query, format);
		assertThat((List<?>) payload.get("userErrors")).as("user errors of %s", query).isEmpty();
		return (String) ((Map<String, Object>) payload.get("bulkExport")).get("id");
	}

	/** The export as its caller reads it. */
	static @Nullable Map<String, Object> read(GraphQlTester client, String id) {
		return client.documentName("exports/bulkExport")
			.variable("id", id)
			.execute()
			.path("bulkExport")
			.entity(OBJECT)
			.get();
	}

	/**
	 * Polls the export until it satisfies the condition (at most 60 s); what it was then.
	 */
	static Map<String, Object> awaitExport(GraphQlTester client, String id,
			java.util.function.Predicate<Map<String, Object>> condition) {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (true) {
			Map<String, Object> export = read(client, id);
			assertThat(export).as("export %s", id).isNotNull();
			if (condition.test(export)) {
				return export;
			}
			assertThat(System.nanoTime()).as("export %s still %s after 60 s", id, export).isLessThan(deadline);
			LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
		}
	}

	/** Polls the export until it ends (COMPLETED, FAILED or CANCELED). */
	static Map<String, Object> awaitEnd(GraphQlTester client, String id) {
		return awaitExport(client, id, (export) -> ENDED.contains(export.get("status")));
	}

	/** Downloads a file with this bearer token. */
	EntityExchangeResult<byte[]> download(String token, String url) {
		return this.http.get()
			.uri(url)
			.header("Authorization", "Bearer " + token)
			.exchange()
			.expectBody(byte[].class)
			.returnResult();
	}

	/** The lines of a JSONL file, each read as a JSON object. */
	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> jsonLines(byte[] file) {
		String text = new String(file, StandardCharsets.UTF_8);
		List<Map<String, Object>> rows = new ArrayList<>();
		for (String line : text.split("\n")) {
			if (!line.isEmpty()) {
				rows.add(JSON.readValue(line, Map.class));
			}
		}
		assertThat(text).as("every line ends with a line feed").endsWith("\n");
		return rows;
	}

	/**
	 * Every node of a root connection as this client pages through it, 100 at a time, and
	 * the number of errors on the way.
	 */
	@SuppressWarnings("unchecked")
	static Paged pageThrough(GraphQlTester client, String root, String arguments, String selection) {
		String query = "query($after: String) { " + root + "(" + arguments + (arguments.isEmpty() ? "" : ", ")
				+ "first: 100, after: $after) { pageInfo { hasNextPage endCursor } " + selection.substring(1) + " }";
		List<Map<String, Object>> nodes = new ArrayList<>();
		int[] errors = { 0 };
		String after = null;
		while (true) {
			GraphQlTester.Response response = client.document(query).variable("after", after).execute();
			response.errors().satisfy((list) -> errors[0] += list.size());
			Map<String, Object> connection = response.path(root).entity(OBJECT).get();
			if (connection.containsKey("nodes")) {
				nodes.addAll((List<Map<String, Object>>) connection.get("nodes"));
			}
			else {
				for (Map<String, Object> edge : (List<Map<String, Object>>) connection.get("edges")) {
					nodes.add((Map<String, Object>) edge.get("node"));
				}
			}
			Map<String, Object> pageInfo = (Map<String, Object>) connection.get("pageInfo");
			if (!Boolean.TRUE.equals(pageInfo.get("hasNextPage"))) {
				return new Paged(nodes, errors[0]);
			}
			after = (String) pageInfo.get("endCursor");
		}
	}

	/** The nodes of a connection, paged through, and the errors on the way. */
	record Paged(List<Map<String, Object>> nodes, int errors) {

		List<Object> ids() {
			return this.nodes.stream().map((node) -> node.get("id")).toList();
		}

	}

}
