package org.gba.cooperation.exports;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.gba.cooperation.shared.GlobalId;
import org.gba.cooperation.support.GlobalIds;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bulk exports end to end: started over GraphQL, polled, downloaded, and compared with
 * what paging through the same connection gives the same caller. Pages of 7 nodes, so
 * that every export of the demo data spans several pages (cursors included).
 */
@TestPropertySource(properties = "gba.export.page-size=7")
class BulkExportIT extends BulkExportTestSupport {

	/** Arrangements with their person (contact details too) and host. */
	private static final String ARRANGEMENTS = "{ nodes { id mode status person { name email } host { name jurisdiction } } }";

	@Autowired
	private ExportLinks links;

	@Autowired
	private ExportRecovery recovery;

	@Autowired
	private BulkExports exports;

	@Autowired
	private DataSource dataSource;

	static Stream<Arguments> callers() {
		return Stream.of(Arguments.of("export-analyst", List.of("ANALYST"), null),
				Arguments.of("export-coordinator", List.of("COORDINATOR"), null),
				Arguments.of("export-partner-gdut", List.of("PARTNER"), GlobalIds.globalId("Organization", 5)),
				Arguments.of("export-partner-stu", List.of("PARTNER"), GlobalIds.globalId("Organization", 7)));
	}

	/**
	 * Each caller class's export holds exactly the nodes its pages give, in their order,
	 * each as its pages show it (contact details where its pages have them, null with an
	 * error where not).
	 */
	@ParameterizedTest
	@MethodSource("callers")
	void anExportHoldsExactlyWhatTheCallersPagesHold(String subject, List<String> roles,
			@Nullable String organization) {
		String token = token(subject, roles, organization);
		HttpGraphQlTester client = graphQlAs(token);
		Paged paged = pageThrough(client, "talentArrangements", "", ARRANGEMENTS);

		String id = started(client, exportQuery("talentArrangements", "", ARRANGEMENTS), null);
		Map<String, Object> export = awaitEnd(client, id);

		assertThat(export).containsEntry("status", "COMPLETED")
			.containsEntry("format", "JSONL")
			.containsEntry("rowsWritten", paged.nodes().size())
			.containsEntry("totalCount", paged.nodes().size())
			.containsEntry("fieldErrorCount", paged.errors())
			.containsEntry("retryable", false);
		EntityExchangeResult<byte[]> file = download(token, (String) export.get("url"));
		assertThat(file.getStatus()).isEqualTo(HttpStatus.OK);
		assertThat(file.getResponseHeaders().getContentType()).hasToString("application/jsonl;charset=utf-8");
		assertThat(file.getResponseHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
			.isEqualTo("attachment; filename=\"bulk-export-" + row(id) + ".jsonl\"");
		byte[] bytes = file.getResponseBody();
		assertThat(((Number) export.get("sizeBytes")).longValue()).isEqualTo(bytes.length);
		List<Map<String, Object>> rows = jsonLines(bytes);
		assertThat(rows).isEqualTo(paged.nodes());
		assertThat(rows.size()).isGreaterThan(7);
	}

	@Test
	void partnersExportDifferentRecordsAsTheirPagesDiffer() {
		String gdut = token("export-differ-gdut", List.of("PARTNER"), GlobalIds.globalId("Organization", 5));
		String analyst = token("export-differ-analyst", List.of("ANALYST"), null);
		String query = exportQuery("talentArrangements", "", "{ nodes { id } }");

		List<Map<String, Object>> partnerRows = jsonLines(downloadCompleted(gdut, query, null));
		List<Map<String, Object>> analystRows = jsonLines(downloadCompleted(analyst, query, null));

		assertThat(partnerRows).isNotEmpty().hasSizeLessThan(analystRows.size());
	}

	/**
	 * CSV: a byte order mark, a header of dotted names in the order of the selection,
	 * objects flattened, lists as JSON cells, RFC 4180 quoting; the rows of the pages, in
	 * order; the language of the operation's {@code @inContext}.
	 */
	@Test
	@SuppressWarnings("unchecked")
	void aCsvExportFlattensTheNodeAndQuotesAsRfc4180Says() {
		String token = token("export-csv", List.of("ANALYST"), null);
		HttpGraphQlTester client = graphQlAs(token);
		String selection = "{ edges { node { id name hostCity { name } status members { role organization { name } } } } }";
		Paged paged = pageThrough(client, "jointLabs", "", selection);

		String id = started(client, "query @inContext(language: ZH_HANT) " + exportQuery("jointLabs", "", selection),
				"CSV");
		Map<String, Object> export = awaitEnd(client, id);
		assertThat(export).containsEntry("status", "COMPLETED").containsEntry("format", "CSV");
		EntityExchangeResult<byte[]> file = download(token, (String) export.get("url"));

		assertThat(file.getResponseHeaders().getContentType()).hasToString("text/csv;charset=utf-8");
		byte[] bytes = file.getResponseBody();
		assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
		List<List<String>> records = Csv.parse(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
		assertThat(records.get(0)).containsExactly("id", "name", "hostCity.name", "status", "members");
		assertThat(records).hasSize(paged.nodes().size() + 1);
		Paged inChinese = pageThrough(graphQlAs(token).mutate().header(HttpHeaders.ACCEPT_LANGUAGE, "zh-Hant").build(),
				"jointLabs", "", selection);
		for (int i = 0; i < inChinese.nodes().size(); i++) {
			Map<String, Object> node = inChinese.nodes().get(i);
			List<String> record = records.get(i + 1);
			assertThat(record.get(0)).isEqualTo(node.get("id"));
			assertThat(record.get(1)).isEqualTo(node.get("name"));
			assertThat(record.get(2)).isEqualTo(((Map<String, Object>) node.get("hostCity")).get("name"));
			assertThat(record.get(3)).isEqualTo(node.get("status"));
			assertThat(JSON.readValue(record.get(4), List.class)).isEqualTo(node.get("members"));
		}
		assertThat(records.get(1).get(4)).startsWith("[{\"role\":");
	}

	@Test
	void aCsvCellThatWouldRunAsAFormulaIsDefused() {
		assertThat(RowWriter.Csv.startsLikeAFormula("=HYPERLINK(\"x\")")).isTrue();
		assertThat(RowWriter.Csv.startsLikeAFormula("@SUM(A1)")).isTrue();
		assertThat(RowWriter.Csv.startsLikeAFormula("粵港澳")).isFalse();
	}

	@Test
	void anonymousCallersMayNotExport() {
		this.anonymous.documentName("exports/startBulkExport")
			.variable("input", Map.of("query", exportQuery("jointLabs", "", "{ nodes { id } }")))
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getErrorType()).isEqualTo(ErrorType.UNAUTHORIZED)));
	}

	static Stream<Arguments> badDocuments() {
		String deep = "{ organizations { nodes { jointLabs { nodes { members { organization { jointLabs { nodes { "
				+ "members { organization { jointLabs { nodes { members { organization { jointLabs { nodes { id } } "
				+ "} } } } } } } } } } } } } } }";
		return Stream.of(Arguments.of("{ jointLabs { nodes { id }", "EXPORT_SYNTAX_ERROR"),
				Arguments.of("{ jointLabs { nodes { noSuchField } } }", "EXPORT_INVALID_QUERY"),
				Arguments.of("{ sectors { id } }", "EXPORT_NOT_A_CONNECTION"),
				Arguments.of("{ jointLabs { totalCount } }", "EXPORT_NOT_A_CONNECTION"),
				Arguments.of("{ jointLabs { nodes { id } } organizations { nodes { id } } }", "EXPORT_ONE_FIELD"),
				Arguments.of("{ a: jointLabs { nodes { id } } b: jointLabs { nodes { name } } }", "EXPORT_ONE_FIELD"),
				Arguments.of("mutation { cancelBulkExport(input: {id: \"x\"}) { userErrors { code } } }",
						"EXPORT_NOT_A_QUERY"),
				Arguments.of("subscription { jointLabStatusChanged { id } }", "EXPORT_NOT_A_QUERY"),
				Arguments.of("query A { jointLabs { nodes { id } } } query B { jointLabs { nodes { id } } }",
						"EXPORT_ONE_OPERATION"),
				Arguments.of("{ jointLabs(first: 10) { nodes { id } } }", "EXPORT_PAGING_ARGUMENTS"),
				Arguments.of("query($n: Int) { jointLabs(first: $n) { nodes { id } } }", "EXPORT_VARIABLES"),
				Arguments.of(deep, "EXPORT_QUERY_REFUSED"),
				Arguments.of("{ talentArrangements(filter: {sectors: [\"not an ID\"]}) { nodes { id } } }",
						"EXPORT_QUERY_REFUSED"));
	}

	/**
	 * A document that cannot be exported is refused with a user error of its own code on
	 * the query, and no export is created.
	 */
	@ParameterizedTest
	@MethodSource("badDocuments")
	@SuppressWarnings("unchecked")
	void aDocumentThatCannotBeExportedIsRefusedWithAUserError(String query, String code) {
		HttpGraphQlTester client = graphQlAs(token("export-bad-documents", List.of("ANALYST"), null));

		Map<String, Object> payload = start(client, query, null);

		assertThat(payload.get("bulkExport")).isNull();
		assertThat((List<Map<String, Object>>) payload.get("userErrors")).singleElement().satisfies((error) -> {
			assertThat(error).containsEntry("code", code).containsEntry("field", List.of("input", "query"));
			assertThat((String) error.get("message")).isNotBlank().doesNotContain("Exception", "at org.");
		});
		client.documentName("exports/myBulkExports")
			.execute()
			.path("currentBulkExport")
			.valueIsNull()
			.path("bulkExports.totalCount")
			.entity(Integer.class)
			.isEqualTo(0);
	}

	/**
	 * A link works for its caller only, unaltered and before it expires; an export of
	 * another caller's does not exist for the caller.
	 */
	@Test
	void aDownloadLinkIsForItsCallerUntilItExpires() {
		String token = token("export-links", List.of("ANALYST"), null);
		String id = started(graphQlAs(token), exportQuery("jointLabs", "", "{ nodes { id } }"), null);
		String url = (String) awaitEnd(graphQlAs(token), id).get("url");
		String other = token("export-links-other", List.of("ANALYST"), null);
		long row = row(id);

		assertThat(download(token, url).getStatus()).isEqualTo(HttpStatus.OK);
		assertRefused(download(other, url), HttpStatus.NOT_FOUND, "NOT_FOUND");
		assertRefused(this.http.get().uri(url).exchange().expectBody(byte[].class).returnResult(),
				HttpStatus.UNAUTHORIZED, "UNAUTHORIZED");
		assertRefused(download(token, url.replaceFirst("expires=(\\d+)", "expires=9$1")), HttpStatus.FORBIDDEN,
				"DOWNLOAD_LINK_INVALID");
		assertRefused(download(token, alteredSignature(url)), HttpStatus.FORBIDDEN, "DOWNLOAD_LINK_INVALID");
		assertRefused(download(token, this.links.link(row, "export-links", Instant.now().minusSeconds(1))),
				HttpStatus.FORBIDDEN, "DOWNLOAD_LINK_EXPIRED");
		assertRefused(download(other, this.links.link(row, "export-links-other", Instant.now().plusSeconds(60))),
				HttpStatus.NOT_FOUND, "NOT_FOUND");
		graphQlAs(other).documentName("exports/bulkExport")
			.variable("id", id)
			.execute()
			.path("bulkExport")
			.valueIsNull();
	}

	/**
	 * An export left RUNNING by an instance that stopped (its heartbeat old) becomes
	 * FAILED and retryable at the next recovery, its half-written file deleted; retried,
	 * it runs again to the end. Fails without the recovery: the export would stay
	 * RUNNING, and its caller could start no other.
	 */
	@Test
	void anExportOfAStoppedInstanceBecomesRetryableAndRunsAgain() throws Exception {
		String subject = "export-recovered";
		String token = token(subject, List.of("COORDINATOR"), null);
		HttpGraphQlTester client = graphQlAs(token);
		String query = exportQuery("organizations", "", "{ nodes { id name } }");
		byte[] hash = ExportStore.hash(subject);
		JdbcClient jdbc = JdbcClient.create(this.dataSource);
		jdbc.sql("INSERT INTO bulk_export (subject, subject_hash, running_subject_hash, query_document, format, "
				+ "language, status, rows_written, instance_id, created_at_millis, started_at_millis, "
				+ "heartbeat_at_millis) VALUES (?, ?, ?, ?, 'JSONL', 'EN', 'RUNNING', 14, 'a-stopped-instance', ?, ?, ?)")
			.params(subject.getBytes(StandardCharsets.UTF_8), hash, hash, query, System.currentTimeMillis() - 600_000,
					System.currentTimeMillis() - 600_000, System.currentTimeMillis() - 600_000)
			.update();
		long row = jdbc.sql("SELECT id FROM bulk_export WHERE running_subject_hash = ?")
			.param(hash)
			.query(Long.class)
			.single();
		String id = GlobalIds.globalId("BulkExport", row);
		Files.writeString(this.exports.partFile(row, ExportFormat.JSONL), "{\"id\":\"half\"}\n");
		assertThat(start(client, query, null).get("userErrors").toString()).contains("EXPORT_ALREADY_RUNNING");

		assertThat(this.recovery.recoverAbandoned()).isGreaterThanOrEqualTo(1);

		assertThat(read(client, id)).containsEntry("status", "FAILED")
			.containsEntry("errorCode", "INSTANCE_STOPPED")
			.containsEntry("retryable", true)
			.containsEntry("url", null);
		assertThat(this.exports.partFile(row, ExportFormat.JSONL)).doesNotExist();
		Map<String, Object> retried = client.documentName("exports/retryBulkExport")
			.variable("input", Map.of("id", id))
			.execute()
			.path("retryBulkExport")
			.entity(OBJECT)
			.get();
		assertThat(retried.get("userErrors")).isEqualTo(List.of());
		Map<String, Object> export = awaitEnd(client, id);
		assertThat(export).containsEntry("status", "COMPLETED").containsEntry("attempts", 2);
		assertThat(jsonLines(download(token, (String) export.get("url")).getResponseBody()))
			.isEqualTo(pageThrough(client, "organizations", "", "{ nodes { id name } }").nodes());
		Map<String, Object> again = client.documentName("exports/retryBulkExport")
			.variable("input", Map.of("id", id))
			.execute()
			.path("retryBulkExport")
			.entity(OBJECT)
			.get();
		assertThat(again.get("userErrors").toString()).contains("INVALID_TRANSITION");
	}

	@Test
	void aRunningExportOfThisInstanceIsNotTakenForAnAbandonedOne() {
		String token = token("export-alive", List.of("ANALYST"), null);
		String id = started(graphQlAs(token), exportQuery("jointLabs", "", "{ nodes { id } }"), null);

		this.recovery.recoverAbandoned();

		assertThat(awaitEnd(graphQlAs(token), id)).containsEntry("status", "COMPLETED");
	}

	/**
	 * While a caller's export runs (held before its first page), a second is refused, the
	 * running one is its current export, and cancelling it stops it: CANCELED, no link,
	 * no file left, and the caller may start another.
	 */
	@Test
	void oneExportRunsPerCallerAndACancelledOneLeavesNoFile() throws Exception {
		String token = token("export-cancel", List.of("ANALYST"), null);
		HttpGraphQlTester client = graphQlAs(token);
		String query = exportQuery("talentArrangements", "", "{ nodes { id } }");
		CountDownLatch release = new CountDownLatch(1);
		this.exports.beforeEachPage((exportId) -> {
			try {
				release.await(60, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		});
		String id;
		try {
			id = started(client, query, null);
			awaitExport(client, id, (export) -> "RUNNING".equals(export.get("status")));

			Map<String, Object> second = start(client, query, "CSV");
			assertThat(second.get("bulkExport")).isNull();
			assertThat(second.get("userErrors").toString()).contains("EXPORT_ALREADY_RUNNING").contains(id);
			client.documentName("exports/myBulkExports")
				.execute()
				.path("currentBulkExport.id")
				.entity(String.class)
				.isEqualTo(id);
			Map<String, Object> canceled = client.documentName("exports/cancelBulkExport")
				.variable("input", Map.of("id", id))
				.execute()
				.path("cancelBulkExport")
				.entity(OBJECT)
				.get();
			assertThat(canceled.get("userErrors")).isEqualTo(List.of());
			assertThat(canceled.get("bulkExport").toString()).contains("status=CANCELED");
		}
		finally {
			this.exports.beforeEachPage((exportId) -> {
			});
			release.countDown();
		}
		long row = row(id);
		assertThat(awaitEnd(client, id)).containsEntry("status", "CANCELED").containsEntry("url", null);
		awaitFileGone(row);
		try (Stream<java.nio.file.Path> files = Files.list(this.exports.directory())) {
			assertThat(files.map((file) -> file.getFileName().toString()))
				.noneMatch((name) -> name.startsWith("bulk-export-" + row + "."));
		}
		Map<String, Object> again = client.documentName("exports/cancelBulkExport")
			.variable("input", Map.of("id", id))
			.execute()
			.path("cancelBulkExport")
			.entity(OBJECT)
			.get();
		assertThat(again.get("userErrors").toString()).contains("INVALID_TRANSITION");
		String next = started(client, query, "CSV");
		assertThat(awaitEnd(client, next)).containsEntry("status", "COMPLETED");
	}

	/** Polls until the export's half-written file is gone (the worker deletes it). */
	private void awaitFileGone(long row) {
		java.nio.file.Path part = this.exports.partFile(row, ExportFormat.JSONL);
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (Files.exists(part)) {
			assertThat(System.nanoTime()).as("%s still there after 60 s", part).isLessThan(deadline);
			LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
		}
	}

	/** The link with the first character of its signature changed. */
	private static String alteredSignature(String url) {
		int at = url.indexOf("signature=") + "signature=".length();
		return url.substring(0, at) + ((url.charAt(at) == 'A') ? 'B' : 'A') + url.substring(at + 1);
	}

	/** The database ID of an export's global ID. */
	private static long row(String id) {
		return GlobalId.decode(id, "BulkExport");
	}

	private static void assertRefused(EntityExchangeResult<byte[]> response, HttpStatus status, String code) {
		assertThat(response.getStatus()).isEqualTo(status);
		String body = new String(response.getResponseBody(), StandardCharsets.UTF_8);
		assertThat(body).contains("\"code\":\"" + code + "\"").doesNotContain("Exception");
	}

	private byte[] downloadCompleted(String token, String query, @Nullable String format) {
		String id = started(graphQlAs(token), query, format);
		Map<String, Object> export = awaitEnd(graphQlAs(token), id);
		assertThat(export).containsEntry("status", "COMPLETED");
		return download(token, (String) export.get("url")).getResponseBody();
	}

	/** A reader of RFC 4180 CSV, to check the files. */
	static final class Csv {

		static List<List<String>> parse(String text) {
			List<List<String>> records = new ArrayList<>();
			List<String> record = new ArrayList<>();
			StringBuilder cell = new StringBuilder();
			boolean quoted = false;
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (quoted) {
					if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
						cell.append('"');
						i++;
					}
					else if (c == '"') {
						quoted = false;
					}
					else {
						cell.append(c);
					}
				}
				else if (c == '"') {
					quoted = true;
				}
				else if (c == ',') {
					record.add(cell.toString());
					cell.setLength(0);
				}
				else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					record.add(cell.toString());
					cell.setLength(0);
					records.add(record);
					record = new ArrayList<>();
					i++;
				}
				else {
					cell.append(c);
				}
			}
			assertThat(record).as("the last record ends with CRLF").isEmpty();
			return records;
		}

	}

}
