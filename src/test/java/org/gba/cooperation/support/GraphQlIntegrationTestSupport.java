package org.gba.cooperation.support;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
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

	/** A coordinator's client: sees every record, for tests of what the data looks like. */
	protected HttpGraphQlTester graphQl;

	/** A client without a token: sees what the public sees. */
	protected HttpGraphQlTester anonymous;

	protected WebTestClient http;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.register(registry);
	}

	@BeforeEach
	void connect() {
		this.http = WebTestClient.bindToServer().baseUrl("http://localhost:" + this.port).build();
		this.anonymous = HttpGraphQlTester.create(this.http.mutate().baseUrl("http://localhost:" + this.port + "/graphql").build());
		this.graphQl = coordinator();
	}

	/** A token of the dev issuer for the subject with these roles, acting for the organisation if given. */
	protected String token(String subject, List<String> roles, @Nullable String organizationId) {
		Map<String, Object> request = new java.util.HashMap<>();
		request.put("subject", subject);
		request.put("roles", roles);
		if (organizationId != null) {
			request.put("organizationId", organizationId);
		}
		Map<?, ?> response = this.http.post()
			.uri("/dev/token")
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.bodyValue(request)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		return (String) java.util.Objects.requireNonNull(response).get("accessToken");
	}

	/** The GraphQL client with this bearer token. */
	protected HttpGraphQlTester graphQlAs(String token) {
		return this.anonymous.mutate().header("Authorization", "Bearer " + token).build();
	}

	/** The GraphQL client of a partner of the organisation with this global ID. */
	protected HttpGraphQlTester partnerOf(String organizationId) {
		return graphQlAs(token("partner-" + organizationId, List.of("PARTNER"), organizationId));
	}

	/** The GraphQL client of an analyst. */
	protected HttpGraphQlTester analyst() {
		return graphQlAs(token("analyst", List.of("ANALYST"), null));
	}

	/** The GraphQL client of a coordinator. */
	protected HttpGraphQlTester coordinator() {
		return graphQlAs(token("coordinator", List.of("COORDINATOR"), null));
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
