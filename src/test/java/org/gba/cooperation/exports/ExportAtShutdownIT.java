package org.gba.cooperation.exports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.gba.cooperation.GbaCooperationApplication;
import org.gba.cooperation.shared.GlobalId;
import org.gba.cooperation.support.DatabaseIndependent;
import org.gba.cooperation.support.DevTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An export running when its instance shuts down is left to be run again (issue 19): its
 * row is FAILED, {@code INSTANCE_STOPPED}, {@code retryable}, its half-written file is
 * gone, and its caller runs it again with {@code retryBulkExport} on another instance,
 * from the start. Two instances of the real application, one after the other, on one
 * in-memory database of the test's own and one export directory.
 */
@DatabaseIndependent
class ExportAtShutdownIT {

	private final List<ConfigurableApplicationContext> instances = new ArrayList<>();

	@AfterEach
	void close() {
		this.instances.forEach(ConfigurableApplicationContext::close);
	}

	@Test
	void anExportRunningWhenItsInstanceShutsDownIsLeftRetryableAndRunsAgainElsewhere(@TempDir Path directory)
			throws InterruptedException {
		String database = "jdbc:h2:mem:gba_export_shutdown_" + UUID.randomUUID().toString().replace("-", "")
				+ ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1;IGNORECASE=TRUE";
		ConfigurableApplicationContext first = start(database, directory);
		BulkExports exports = first.getBean(BulkExports.class);
		CountDownLatch never = new CountDownLatch(1);
		// Held before its first page until the shutdown interrupts its worker.
		exports.beforeEachPage((exportId) -> {
			try {
				never.await(60, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		});
		HttpGraphQlTester onFirst = exporter(first);
		String id = BulkExportTestSupport.started(onFirst,
				BulkExportTestSupport.exportQuery("organizations", "", "{ nodes { id name } }"), null);
		BulkExportTestSupport.awaitExport(onFirst, id, (export) -> "RUNNING".equals(export.get("status")));
		Path part = exports.partFile(GlobalId.decode(id, BulkExports.TYPE_NAME), ExportFormat.JSONL);

		first.close();

		await().atMost(30, TimeUnit.SECONDS).until(() -> !Files.exists(part));
		HttpGraphQlTester onSecond = exporter(start(database, directory));
		assertThat(BulkExportTestSupport.read(onSecond, id)).containsEntry("status", "FAILED")
			.containsEntry("errorCode", "INSTANCE_STOPPED")
			.containsEntry("retryable", true);
		Map<String, Object> retried = onSecond.documentName("exports/retryBulkExport")
			.variable("input", Map.of("id", id))
			.execute()
			.path("retryBulkExport")
			.entity(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
		assertThat(retried.get("userErrors")).isEqualTo(List.of());
		assertThat(BulkExportTestSupport.awaitEnd(onSecond, id)).containsEntry("status", "COMPLETED")
			.containsEntry("attempts", 2);
	}

	/**
	 * An instance on the database; the first one migrates it and loads the demo data, the
	 * next finds them there.
	 */
	private ConfigurableApplicationContext start(String database, Path directory) {
		ConfigurableApplicationContext instance = new SpringApplicationBuilder(GbaCooperationApplication.class).run(
				"--server.port=0", "--management.server.port=0", "--spring.datasource.url=" + database,
				"--gba.export.directory=" + directory, "--spring.application.name=gba-cooperation-api-exports");
		this.instances.add(instance);
		return instance;
	}

	/** The GraphQL client of an analyst (the same caller on every instance). */
	private static HttpGraphQlTester exporter(ConfigurableApplicationContext instance) {
		String base = "http://localhost" + ":" + instance.getEnvironment().getRequiredProperty("local.server.port");
		WebTestClient http = WebTestClient.bindToServer().baseUrl(base).build();
		String token = DevTokens.token(http, "exporter-at-shutdown", List.of("ANALYST"), null);
		return HttpGraphQlTester
			.create(http.mutate().baseUrl(base + "/graphql").defaultHeader("Authorization", "Bearer " + token).build());
	}

}
