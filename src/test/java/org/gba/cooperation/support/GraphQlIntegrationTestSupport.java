package org.gba.cooperation.support;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Base class of the integration suite: a GraphQL client of the running application, the statement
 * counter, and helpers to read the demo data's global IDs.
 */
@GraphQlIntegrationTest
public abstract class GraphQlIntegrationTestSupport {

	@LocalServerPort
	protected int port;

	@Autowired
	protected StatementCounter statements;

	protected HttpGraphQlTester graphQl;

	protected WebTestClient http;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		if (TestDatabase.mysqlRequested() && TestDatabase.mysqlUrl() != null) {
			registry.add("spring.datasource.url", TestDatabase::mysqlUrl);
			registry.add("spring.datasource.username", TestDatabase::mysqlUser);
			registry.add("spring.datasource.password", TestDatabase::mysqlPassword);
		}
	}

	@BeforeEach
	void connect() {
		this.http = WebTestClient.bindToServer().baseUrl("http://localhost:" + this.port).build();
		this.graphQl = HttpGraphQlTester.create(this.http.mutate().baseUrl("http://localhost:" + this.port + "/graphql").build());
	}

	/** The global ID of the first node of a root connection whose English name is exactly {@code name}. */
	protected String idByName(String connection, String name) {
		List<Map<String, Object>> nodes = this.graphQl
			.document("query($search: String) { " + connection + "(first: 100, filter: {search: $search}) { nodes { id names { en } } } }")
			.variable("search", name)
			.execute()
			.path(connection + ".nodes")
			.entityList(Map.class)
			.get()
			.stream()
			.map((node) -> (Map<String, Object>) node)
			.toList();
		return nodes.stream()
			.filter((node) -> name.equals(((Map<?, ?>) node.get("names")).get("en")))
			.map((node) -> (String) node.get("id"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No " + connection + " named " + name));
	}

}
