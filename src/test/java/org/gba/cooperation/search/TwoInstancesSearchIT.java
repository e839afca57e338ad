package org.gba.cooperation.search;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.gba.cooperation.GbaCooperationApplication;
import org.gba.cooperation.support.DevTokens;
import org.gba.cooperation.support.TestDatabase;
import org.gba.cooperation.support.search.OpenSearchTestNode;
import org.gba.cooperation.support.search.RequiresOpenSearch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances of the application sharing one database (MariaDB/MySQL when the suite has
 * one, else an in-memory H2 database both open in this JVM) and one OpenSearch cluster,
 * as behind a load balancer: a record written through one is found by a search on the
 * other within 2 seconds, through the outbox both poll.
 */
@RequiresOpenSearch
class TwoInstancesSearchIT {

	private static ConfigurableApplicationContext first;

	private static ConfigurableApplicationContext second;

	@BeforeAll
	static void startTwoInstances() {
		String prefix = "two-" + UUID.randomUUID() + "-";
		Map<String, Object> shared = new java.util.HashMap<>(
				Map.of("server.port", 0, "management.server.port", 0, "gba.search.backend", "opensearch",
						"gba.search.uris", OpenSearchTestNode.url(), "gba.search.index-prefix", prefix));
		if (TestDatabase.mysqlUrl() != null) {
			shared.put("spring.datasource.url", TestDatabase.freshMysqlDatabase("_two"));
			shared.put("spring.datasource.username", TestDatabase.mysqlUser());
			shared.put("spring.datasource.password", TestDatabase.mysqlPassword());
		}
		else {
			shared.put("spring.datasource.url", "jdbc:h2:mem:two_instances;MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
					+ "CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1;IGNORECASE=TRUE");
		}
		// As command-line arguments: they take precedence over application.yml, as an
		// instance's environment would.
		String[] arguments = shared.entrySet()
			.stream()
			.map((setting) -> "--" + setting.getKey() + "=" + setting.getValue())
			.toArray(String[]::new);
		first = new SpringApplicationBuilder(GbaCooperationApplication.class).run(arguments);
		second = new SpringApplicationBuilder(GbaCooperationApplication.class).run(arguments);
	}

	@AfterAll
	static void stopThem() {
		if (second != null) {
			second.close();
		}
		if (first != null) {
			first.close();
		}
	}

	@Test
	void aRecordWrittenThroughOneInstanceIsFoundThroughTheOtherWithinTwoSeconds() {
		String name = "Two Instance Search Institute " + UUID.randomUUID().toString().substring(0, 8);
		String token = coordinatorToken(client(first));
		HttpGraphQlTester writer = graphQl(first).mutate().header("Authorization", "Bearer " + token).build();
		HttpGraphQlTester reader = graphQl(second);

		writer.documentName("organizations/createOrganization")
			.variable("input",
					Map.of("names", Map.of("zhHant", "雙實例研究所", "zhHans", "双实例研究所", "en", name), "kind",
							"RESEARCH_INSTITUTE", "cityId", "Q2l0eTox"))
			.execute()
			.path("createOrganization.userErrors")
			.entityList(Object.class)
			.hasSize(0);

		long written = System.nanoTime();
		await().atMost(Duration.ofSeconds(2))
			.pollInterval(Duration.ofMillis(50))
			.untilAsserted(() -> assertThat(reader
				.document("query($s: String) { organizations(filter: {search: $s}) { nodes { names { en } } } }")
				.variable("s", name.toLowerCase())
				.execute()
				.path("organizations.nodes[*].names.en")
				.entityList(String.class)
				.get()).containsExactly(name));
		System.out.printf("TwoInstancesSearchIT: found through the other instance %d ms after the write answered%n",
				(System.nanoTime() - written) / 1_000_000);
	}

	private static HttpGraphQlTester graphQl(ConfigurableApplicationContext instance) {
		return HttpGraphQlTester.create(client(instance).mutate().baseUrl(baseUrl(instance) + "/graphql").build());
	}

	private static WebTestClient client(ConfigurableApplicationContext instance) {
		return WebTestClient.bindToServer().baseUrl(baseUrl(instance)).responseTimeout(Duration.ofSeconds(60)).build();
	}

	private static String baseUrl(ConfigurableApplicationContext instance) {
		return "http://localhost:" + ((WebServerApplicationContext) instance).getWebServer().getPort();
	}

	private static String coordinatorToken(WebTestClient client) {
		return DevTokens.token(client, "coordinator", List.of("COORDINATOR"), null);
	}

}
