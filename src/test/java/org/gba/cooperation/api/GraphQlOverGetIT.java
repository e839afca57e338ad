package org.gba.cooperation.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gba.cooperation.support.DatabaseIndependent;
import org.gba.cooperation.support.GraphQlIntegrationTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gba.cooperation.api.PersistedQueriesIT.code;
import static org.gba.cooperation.api.PersistedQueriesIT.persisted;
import static org.gba.cooperation.api.PersistedQueriesIT.sectors;
import static org.gba.cooperation.api.PersistedQueriesIT.sha256;

/**
 * Queries over GET with the GraphQL-over-HTTP parameters, persisted-query hashes
 * included; never mutations; answers a shared cache may keep only when they are public.
 */
@DatabaseIndependent
class GraphQlOverGetIT extends GraphQlIntegrationTestSupport {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void aQueryRunsOverGet() {
		Map<String, Object> response = okBody(get(Map.of("query", "{ sectors { code } }")));

		assertThat(response).doesNotContainKey("errors");
		assertThat(sectors(response)).isNotEmpty();
	}

	@Test
	void theOperationNameAndTheVariablesComeAsParameters() {
		Map<String, Object> response = okBody(get(Map.of("query",
				"query Other { sectors { code } } query Chosen($skip: Boolean!) { __typename @skip(if: $skip) kind: __typename }",
				"operationName", "Chosen", "variables", "{\"skip\": true}")));

		assertThat(response.get("data")).isEqualTo(Map.of("kind", "Query"));
	}

	@Test
	void aMutationOverGetIsAnswered405AndNotRun() {
		get(Map.of("query", "mutation { __typename }")).expectStatus()
			.isEqualTo(405)
			.expectHeader()
			.valueEquals(HttpHeaders.ALLOW, "POST")
			.expectBody()
			.isEmpty();
	}

	@Test
	void theOperationChosenByNameDecidesWhetherGetIsAllowed() {
		String document = "query Reading { __typename } mutation Writing { __typename }";

		okBody(get(Map.of("query", document, "operationName", "Reading")));
		get(Map.of("query", document, "operationName", "Writing")).expectStatus().isEqualTo(405);
	}

	@Test
	void aPersistedQueryRunsOverGetByItsHashAlone() {
		String document = "query GetByHash { sectors { code } }";
		String extensions = json(persisted(sha256(document)));
		assertThat(code(okBody(get(Map.of("extensions", extensions))))).isEqualTo("PERSISTED_QUERY_NOT_FOUND");
		registerOverPost(document);

		Map<String, Object> response = okBody(get(Map.of("extensions", extensions)));

		assertThat(response).doesNotContainKey("errors");
		assertThat(sectors(response)).isNotEmpty();
	}

	@Test
	void aPersistedMutationOverGetIsAnswered405() {
		String document = "mutation GetByHashRefused { __typename }";
		registerOverPost(document);

		get(Map.of("extensions", json(persisted(sha256(document))))).expectStatus()
			.isEqualTo(405)
			.expectHeader()
			.valueEquals(HttpHeaders.ALLOW, "POST");
	}

	@Test
	void anAnonymousCallersSuccessfulQueryMayBeCachedPublicly() {
		get(Map.of("query", "{ sectors { code } }")).expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.CACHE_CONTROL, "public, max-age=60")
			.expectHeader()
			.doesNotExist(HttpHeaders.PRAGMA)
			.expectHeader()
			.values(HttpHeaders.VARY, (vary) -> assertThat(String.join(",", vary).split(",\\s*"))
				.contains("Authorization", "Accept-Language"));
	}

	@Test
	void anAuthenticatedCallersQueryIsNeverCached() {
		String token = token("analyst", List.of("ANALYST"), null);

		get(Map.of("query", "{ sectors { code } }"), token).expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.expectHeader()
			.values(HttpHeaders.VARY, (vary) -> assertThat(String.join(",", vary).split(",\\s*"))
				.contains("Authorization", "Accept-Language"));
	}

	@Test
	void aPostAnswerIsNeverCached() {
		this.http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", "{ sectors { code } }"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.value(HttpHeaders.CACHE_CONTROL, (cacheControl) -> assertThat(cacheControl).contains("no-store"));
	}

	@Test
	void anAnonymousAnswerWithErrorsIsNotCached() {
		get(Map.of("query", "{ noSuchField }")).expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "no-store");
	}

	@Test
	void variablesThatAreNotAJsonObjectAreABadRequest() {
		get(Map.of("query", "{ sectors { code } }", "variables", "[1, 2]")).expectStatus().isBadRequest();
	}

	@Test
	void aTokenInTheUrlIsStillRefused() {
		get(Map.of("query", "{ sectors { code } }", "access_token", "anything")).expectStatus().isBadRequest();
	}

	private WebTestClient.ResponseSpec get(Map<String, String> parameters) {
		return get(parameters, null);
	}

	/** A GET of the endpoint with these parameters, each encoded in full. */
	private WebTestClient.ResponseSpec get(Map<String, String> parameters, String token) {
		Map<String, String> ordered = new LinkedHashMap<>(parameters);
		return this.http.get().uri((uri) -> {
			uri.path("/graphql");
			ordered.keySet().forEach((name) -> uri.queryParam(name, "{" + name + "}"));
			return uri.build(ordered);
		}).accept(MediaType.APPLICATION_JSON).headers((headers) -> {
			if (token != null) {
				headers.setBearerAuth(token);
			}
		}).exchange();
	}

	private static Map<String, Object> okBody(WebTestClient.ResponseSpec response) {
		Map<String, Object> body = response.expectStatus().isOk().expectBody(OBJECT).returnResult().getResponseBody();
		assertThat(body).isNotNull();
		return body;
	}

	private void registerOverPost(String document) {
		this.http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", document, "extensions", persisted(sha256(document))))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.errors")
			.doesNotExist();
	}

	private static String json(Object value) {
		return JSON.writeValueAsString(value);
	}

}
