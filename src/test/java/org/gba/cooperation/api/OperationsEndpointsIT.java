package org.gba.cooperation.api;

import java.io.InputStream;
import java.util.Map;
import java.util.Properties;

import org.gba.cooperation.support.GraphQlIntegrationTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an operator's tools ask an instance: liveness and readiness for a load balancer or
 * Kubernetes (readiness counts the database, not Redis), and which build and which
 * versions of the GraphQL schema and of the database it serves.
 */
class OperationsEndpointsIT extends GraphQlIntegrationTestSupport {

	@Test
	void livenessAndReadinessAreUp() {
		this.management.get()
			.uri("/actuator/health/liveness")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP");
		Map<String, Object> readiness = this.management.get()
			.uri("/actuator/health/readiness")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(OBJECT)
			.returnResult()
			.getResponseBody();
		assertThat(readiness).containsEntry("status", "UP");
	}

	@Test
	void infoNamesTheBuildTheGraphQlSchemaAndTheDatabaseMigration() throws Exception {
		Properties build = new Properties();
		try (InputStream in = getClass().getResourceAsStream("/META-INF/build-info.properties")) {
			build.load(in);
		}

		this.management.get()
			.uri("/actuator/info")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.build.version")
			.isEqualTo(build.getProperty("build.version"))
			.jsonPath("$.schema.graphql")
			.value((String hash) -> assertThat(hash).matches("[0-9a-f]{64}"))
			.jsonPath("$.schema.database")
			.value((String version) -> assertThat(version).matches("[0-9]+(\\.[0-9]+)*"));
	}

}
