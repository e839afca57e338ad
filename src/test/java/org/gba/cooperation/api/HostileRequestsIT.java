package org.gba.cooperation.api;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.gba.cooperation.support.DatabaseIndependent;
import org.gba.cooperation.support.GraphQlIntegrationTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever a client sends, the answer is a clean HTTP 4xx or a GraphQL error response,
 * each error with an {@code extensions.code}: never a 5xx, and never a class name, a
 * package, SQL or a stack trace.
 */
@DatabaseIndependent
class HostileRequestsIT extends GraphQlIntegrationTestSupport {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void deepNestingIsRefusedAsTooDeep() {
		String query = "{ jointLabs(first: 1) { nodes { members { organization { "
				+ "jointLabs { nodes { members { organization { ".repeat(10) + "id" + " } } } }".repeat(11) + " }";

		assertErrorResponse(postJson(document(query)), "QUERY_TOO_DEEP");
	}

	@Test
	void bracesNestedBeyondWhatTheParserFollowsAreAParseError() {
		String query = "{ a ".repeat(3000) + "}".repeat(3000);

		assertErrorResponse(postJson(document(query)), "GRAPHQL_PARSE_FAILED", "TOO_MANY_TOKENS");
	}

	@Test
	void anAliasFloodIsRefused() {
		StringBuilder query = new StringBuilder("{ ");
		for (int i = 0; i < 600; i++) {
			query.append("a").append(i).append(": __typename ");
		}
		assertErrorResponse(postJson(document(query + "}")), "TOO_MANY_ALIASES", "TOO_MANY_TOKENS");
	}

	@Test
	void aDirectiveFloodIsRefused() {
		String query = "{ sectors { id" + " @include(if: true)".repeat(400) + " } }";

		assertErrorResponse(postJson(document(query)), "TOO_MANY_DIRECTIVES", "TOO_MANY_TOKENS");
	}

	@Test
	void fragmentCyclesAreAValidationError() {
		String query = "query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }";

		assertErrorResponse(postJson(document(query)), "GRAPHQL_VALIDATION_FAILED");
	}

	@Test
	void aFragmentSpreadInsideItselfIsAValidationError() {
		String query = "query { sectors { ...S } } fragment S on Sector { id ...S }";

		assertErrorResponse(postJson(document(query)), "GRAPHQL_VALIDATION_FAILED");
	}

	@Test
	void aHugeStringInAVariableIsABadRequest() {
		String body = json(Map.of("query", "query($s: String) { organizations(filter: {search: $s}) { totalCount } }",
				"variables", Map.of("s", "x".repeat(200_000))));

		assertErrorResponse(postJson(body), "BAD_REQUEST");
	}

	@Test
	void aHugeListInAVariableIsAnsweredCleanly() {
		String body = json(Map.of("query", "query($c: [ID!]) { jointLabs(filter: {hostCities: $c}) { totalCount } }",
				"variables", Map.of("c", Collections.nCopies(20_000, "Q2l0eTox"))));

		EntityExchangeResult<String> result = postJson(body);

		assertThat(result.getStatus().value()).isEqualTo(200);
		assertClean(result.getResponseBody());
		assertEveryErrorCoded(read(result.getResponseBody()));
	}

	@Test
	void invalidUtf8IsABadRequest() {
		byte[] prefix = "{\"query\":\"{ sectors { id } }\",\"operationName\":\"".getBytes(StandardCharsets.UTF_8);
		byte[] body = new byte[prefix.length + 4];
		System.arraycopy(prefix, 0, body, 0, prefix.length);
		body[prefix.length] = (byte) 0xC3;
		body[prefix.length + 1] = (byte) 0x28;
		body[prefix.length + 2] = '"';
		body[prefix.length + 3] = '}';

		assertRefused(post(MediaType.APPLICATION_JSON, body), HttpStatus.BAD_REQUEST);
	}

	@Test
	void malformedJsonIsABadRequest() {
		assertRefused(postJson("{\"query\": \"{ sectors { id } }\""), HttpStatus.BAD_REQUEST);
	}

	@Test
	void aBodyThatIsNotAJsonObjectIsABadRequest() {
		for (String body : List.of("[]", "\"{ sectors { id } }\"", "null", "5", "")) {
			assertRefused(postJson(body), HttpStatus.BAD_REQUEST);
		}
	}

	@Test
	void variablesThatAreNotAnObjectAreABadRequest() {
		assertRefused(postJson("{\"query\":\"{ sectors { id } }\",\"variables\":5}"), HttpStatus.BAD_REQUEST);
		assertRefused(postJson("{\"query\":\"{ sectors { id } }\",\"variables\":[1]}"), HttpStatus.BAD_REQUEST);
		assertRefused(
				post(MediaType.parseMediaType("application/graphql"),
						"{\"query\":\"{ sectors { id } }\",\"variables\":5}".getBytes(StandardCharsets.UTF_8)),
				HttpStatus.BAD_REQUEST);
	}

	@Test
	void aQueryThatIsNotAStringIsABadRequest() {
		assertRefused(postJson("{\"query\":3}"), HttpStatus.BAD_REQUEST);
		assertRefused(postJson("{\"query\":{\"a\":1}}"), HttpStatus.BAD_REQUEST);
	}

	@Test
	void anOperationNameOrExtensionsOfTheWrongTypeAreABadRequest() {
		assertRefused(postJson("{\"query\":\"{ sectors { id } }\",\"operationName\":[]}"), HttpStatus.BAD_REQUEST);
		assertRefused(postJson("{\"query\":\"{ sectors { id } }\",\"extensions\":\"x\"}"), HttpStatus.BAD_REQUEST);
	}

	@Test
	void nullVariablesOperationNameAndExtensionsAreAccepted() {
		String body = postJson(
				"{\"query\":\"{ sectors { id } }\",\"variables\":null,\"operationName\":null," + "\"extensions\":null}")
			.getResponseBody();

		assertThat(body).contains("\"sectors\":[").doesNotContain("\"errors\"");
	}

	@Test
	void anEnormousBodyIsRefusedBeforeItIsRead() {
		String body = json(Map.of("query", "{ sectors { id } }", "variables", Map.of("s", "x".repeat(2_000_000))));

		EntityExchangeResult<String> result = postJson(body);

		assertRefused(result, HttpStatus.CONTENT_TOO_LARGE);
		assertThat(result.getResponseBody()).contains("REQUEST_TOO_LARGE");
	}

	@Test
	void aWrongContentTypeIsUnsupported() {
		assertRefused(post(MediaType.TEXT_PLAIN, "{ sectors { id } }".getBytes(StandardCharsets.UTF_8)),
				HttpStatus.UNSUPPORTED_MEDIA_TYPE);
		assertRefused(post(MediaType.APPLICATION_XML, "<query/>".getBytes(StandardCharsets.UTF_8)),
				HttpStatus.UNSUPPORTED_MEDIA_TYPE);
	}

	@Test
	void anUnknownFieldIsAValidationErrorWithoutSuggestions() {
		EntityExchangeResult<String> result = postJson(document("{ sectors { nam } jointLab { id } }"));

		assertErrorResponse(result, "GRAPHQL_VALIDATION_FAILED");
		assertThat(result.getResponseBody()).doesNotContainIgnoringCase("did you mean");
	}

	@Test
	void theResponseIsGraphQlResponseJsonWhenTheClientAcceptsIt() {
		this.http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.parseMediaType("application/graphql-response+json"))
			.bodyValue(document("{ sectors { id } }"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith("application/graphql-response+json");
	}

	@Test
	void theResponseIsJsonWhenTheClientAcceptsOnlyJson() {
		this.http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.bodyValue(document("{ nope }"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_JSON);
	}

	@Test
	void aRequestErrorIsHttp400ForGraphQlResponseJson() {
		this.http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.parseMediaType("application/graphql-response+json"))
			.bodyValue(document("{ nope }"))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody(String.class)
			.value((body) -> assertThat(body).contains("GRAPHQL_VALIDATION_FAILED"));
	}

	private EntityExchangeResult<String> postJson(String body) {
		return post(MediaType.APPLICATION_JSON, body.getBytes(StandardCharsets.UTF_8));
	}

	private EntityExchangeResult<String> post(MediaType contentType, byte[] body) {
		return this.http.post()
			.uri("/graphql")
			.contentType(contentType)
			.bodyValue(body)
			.exchange()
			.expectBody(String.class)
			.returnResult();
	}

	private static String document(String query) {
		return json(Map.of("query", query));
	}

	private static String json(Object value) {
		return JSON.writeValueAsString(value);
	}

	/**
	 * A GraphQL response (HTTP 200) whose every error has a code, the first one of these.
	 */
	@SuppressWarnings("unchecked")
	private static void assertErrorResponse(EntityExchangeResult<String> result, String... codes) {
		assertThat(result.getStatus().value()).as(result.getResponseBody()).isEqualTo(200);
		assertClean(result.getResponseBody());
		Map<String, Object> response = read(result.getResponseBody());
		List<Map<String, Object>> errors = (List<Map<String, Object>>) response.get("errors");
		assertThat(errors).isNotEmpty();
		assertEveryErrorCoded(response);
		assertThat(((Map<String, Object>) errors.get(0).get("extensions")).get("code")).isIn((Object[]) codes);
	}

	@SuppressWarnings("unchecked")
	private static void assertEveryErrorCoded(Map<String, Object> response) {
		List<Map<String, Object>> errors = (List<Map<String, Object>>) response.getOrDefault("errors", List.of());
		assertThat(errors)
			.allSatisfy((error) -> assertThat((Map<String, Object>) error.get("extensions")).containsKey("code"));
	}

	private static void assertRefused(EntityExchangeResult<String> result, HttpStatus status) {
		assertThat(result.getStatus().value()).as(result.getResponseBody()).isEqualTo(status.value());
		assertClean(result.getResponseBody());
		if (result.getResponseBody() != null && result.getResponseBody().startsWith("{\"errors\"")) {
			assertEveryErrorCoded(read(result.getResponseBody()));
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> read(String body) {
		return JSON.readValue(body, Map.class);
	}

	private static void assertClean(String body) {
		if (body == null) {
			return;
		}
		assertThat(body).doesNotContain("Exception", "org.", "java.", "SQL", "\tat ", "jackson", "Jackson");
	}

}
