package org.gba.cooperation.support;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base class of the integration suite: GraphQL clients of the running application
 * (besides the plain HTTP client of {@link ServerTestSupport}), the statement counter,
 * and helpers to read the demo data's global IDs.
 */
@GraphQlIntegrationTest
public abstract class GraphQlIntegrationTestSupport extends ServerTestSupport {

	/**
	 * A JSON object of a response, to read with {@code entity(OBJECT)} or
	 * {@code entityList(OBJECT)}.
	 */
	protected static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {
	};

	/**
	 * A list of JSON objects, to read a list field of every node with
	 * {@code entityList(OBJECTS)}.
	 */
	protected static final ParameterizedTypeReference<List<Map<String, Object>>> OBJECTS = new ParameterizedTypeReference<>() {
	};

	@Autowired
	protected StatementCounter statements;

	/**
	 * A coordinator's client: sees every record, for tests of what the data looks like.
	 */
	protected HttpGraphQlTester graphQl;

	/** A client without a token: sees what the public sees. */
	protected HttpGraphQlTester anonymous;

	/**
	 * Connects the GraphQL clients, after the HTTP client of {@link ServerTestSupport}.
	 */
	@BeforeEach
	void connectGraphQl() {
		this.anonymous = HttpGraphQlTester
			.create(this.http.mutate().baseUrl("http://localhost:" + this.port + "/graphql").build());
		this.graphQl = coordinator();
	}

	/**
	 * A token of the dev issuer for the subject with these roles, acting for the
	 * organisation if given.
	 */
	protected String token(String subject, List<String> roles, @Nullable String organizationId) {
		return DevTokens.token(this.http, subject, roles, organizationId);
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

	/**
	 * The global ID of the first node of a root connection whose English name is exactly
	 * {@code name}.
	 */
	protected String idByName(String connection, String name) {
		List<Map<String, Object>> nodes = this.graphQl
			.document("query($search: String) { " + connection
					+ "(first: 100, filter: {search: $search}) { nodes { id names { en } } } }")
			.variable("search", name)
			.execute()
			.path(connection + ".nodes")
			.entityList(OBJECT)
			.get();
		return nodes.stream()
			.filter((node) -> name.equals(((Map<?, ?>) node.get("names")).get("en")))
			.map((node) -> (String) node.get("id"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No " + connection + " named " + name));
	}

	/**
	 * The global ID of the city with this code, from the {@code reference/cities}
	 * document.
	 */
	protected String cityId(String code) {
		return referenceId("reference/cities", "cities", code);
	}

	/**
	 * The global ID of the sector with this code, from the {@code reference/sectors}
	 * document.
	 */
	protected String sectorId(String code) {
		return referenceId("reference/sectors", "sectors", code);
	}

	/**
	 * The global ID of the one entry with this code in the list a reference-data document
	 * returns.
	 */
	private String referenceId(String document, String list, String code) {
		return this.graphQl.documentName(document)
			.execute()
			.path(list + "[?(@.code == '" + code + "')].id")
			.entityList(String.class)
			.hasSize(1)
			.get()
			.get(0);
	}

	/**
	 * The ID at this path of the coordinator's answer to this document, given inline (not
	 * a file name).
	 */
	protected String idAt(String document, String path) {
		return this.graphQl.document(document).execute().path(path).entity(String.class).get();
	}

	/**
	 * The coordinator's answer to this document, given this one variable, at this path.
	 */
	protected GraphQlTester.Path read(String document, String variable, Object value, String path) {
		return this.graphQl.documentName(document).variable(variable, value).execute().path(path);
	}

	/** Asserts that the response has exactly one GraphQL error, of this type. */
	protected static void assertGraphQlError(GraphQlTester.Response response, ErrorType type) {
		response.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getErrorType()).isEqualTo(type)));
	}

	/** The list of JSON objects in this field of a JSON object. */
	@SuppressWarnings("unchecked")
	protected static List<Map<String, Object>> list(Map<String, Object> object, String field) {
		return (List<Map<String, Object>>) object.get(field);
	}

}
