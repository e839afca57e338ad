package org.gba.cooperation.api;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gba.cooperation.support.DatabaseIndependent;
import org.gba.cooperation.support.GraphQlIntegrationTestSupport;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gba.cooperation.support.GlobalIds.globalId;

/**
 * The language of a request: the operation's {@code @inContext(language:)} directive,
 * else the {@code Accept-Language} header, else {@code gba.graphql.default-language}
 * (English); every single-language field answers in it, falling back along the language's
 * chain where a text is missing, and every response says which it used.
 */
@DatabaseIndependent
class LanguageIT extends GraphQlIntegrationTestSupport {

	/**
	 * Sun Yat-sen University: names in Traditional and Simplified Chinese and English,
	 * none in Portuguese.
	 */
	private static final String SYSU = globalId("Organization", 1);

	/**
	 * A talent arrangement at City University of Macau, described in all four languages.
	 */
	private static final String MACAO_ARRANGEMENT = globalId("TalentArrangement", 19);

	private static final String ORGANIZATION_NAME = "query Name($id: ID!) { organization(id: $id) { name } }";

	@Test
	void withoutDirectiveOrHeaderTheDefaultLanguageAnswers() {
		WebTestClient.ResponseSpec response = post(ORGANIZATION_NAME, Map.of("id", SYSU), null);

		response.expectHeader().valueEquals(HttpHeaders.CONTENT_LANGUAGE, "en");
		Map<String, Object> body = body(response);
		assertThat(name(body)).isEqualTo("Sun Yat-sen University");
		assertThat(inContext(body)).containsEntry("language", "EN").containsEntry("currency", null);
	}

	@ParameterizedTest(name = "Accept-Language: {0} answers in {1}")
	@CsvSource(delimiter = '|', textBlock = """
			zh-HK                                 | ZH_HANT | zh-Hant | 中山大學
			zh-MO                                 | ZH_HANT | zh-Hant | 中山大學
			zh-TW                                 | ZH_HANT | zh-Hant | 中山大學
			zh-Hant                               | ZH_HANT | zh-Hant | 中山大學
			ZH-hant-hk                            | ZH_HANT | zh-Hant | 中山大學
			zh                                    | ZH_HANT | zh-Hant | 中山大學
			zh-CN                                 | ZH_HANS | zh-Hans | 中山大学
			zh-SG                                 | ZH_HANS | zh-Hans | 中山大学
			zh-Hans                               | ZH_HANS | zh-Hans | 中山大学
			zh-Hans-HK                            | ZH_HANS | zh-Hans | 中山大学
			en-GB                                 | EN      | en      | Sun Yat-sen University
			en-GB;q=0.4, zh-Hant-MO;q=0.8         | ZH_HANT | zh-Hant | 中山大學
			fr-FR, de;q=0.9, zh-CN;q=0.2, en;q=0.1 | ZH_HANS | zh-Hans | 中山大学
			zh-HK;q=0, zh-CN                      | ZH_HANS | zh-Hans | 中山大学
			""")
	void theAcceptLanguageHeaderChoosesTheLanguage(String header, String language, String contentLanguage,
			String expectedName) {
		WebTestClient.ResponseSpec response = post(ORGANIZATION_NAME, Map.of("id", SYSU), header);

		response.expectHeader().valueEquals(HttpHeaders.CONTENT_LANGUAGE, contentLanguage);
		Map<String, Object> body = body(response);
		assertThat(name(body)).isEqualTo(expectedName);
		assertThat(inContext(body)).containsEntry("language", language);
	}

	@ParameterizedTest(name = "Accept-Language: \"{0}\" is the default")
	@CsvSource(delimiter = '|', textBlock = """
			fr-FR, de
			*
			zh_HK;;q=abc
			en;q=2
			!!!
			;q=0.5
			""")
	void anUnknownOrMalformedHeaderMeansTheDefaultNeverAnError(String header) {
		Map<String, Object> body = body(post(ORGANIZATION_NAME, Map.of("id", SYSU), header));

		assertThat(body).doesNotContainKey("errors");
		assertThat(name(body)).isEqualTo("Sun Yat-sen University");
		assertThat(inContext(body)).containsEntry("language", "EN");
	}

	@Test
	void aMalformedRangeIsPassedOverAndTheOthersCount() {
		Map<String, Object> body = body(post(ORGANIZATION_NAME, Map.of("id", SYSU), "zh_HK, pt-MO;q=0.5"));

		assertThat(inContext(body)).containsEntry("language", "PT");
	}

	@Test
	void theDirectiveWinsOverTheHeader() {
		Map<String, Object> body = body(
				post("query Name($id: ID!) @inContext(language: ZH_HANS) { organization(id: $id) { name } }",
						Map.of("id", SYSU), "zh-HK, en;q=0.5"));

		assertThat(name(body)).isEqualTo("中山大学");
		assertThat(inContext(body)).containsEntry("language", "ZH_HANS");
	}

	@Test
	void theDirectiveTakesVariables() {
		String document = "query Name($id: ID!, $language: LanguageCode, $currency: Currency) "
				+ "@inContext(language: $language, currency: $currency) { organization(id: $id) { name } }";
		Map<String, Object> variables = Map.of("id", SYSU, "language", "ZH_HANT", "currency", "MOP");

		WebTestClient.ResponseSpec response = post(document, variables, "en");

		response.expectHeader().valueEquals(HttpHeaders.CONTENT_LANGUAGE, "zh-Hant");
		Map<String, Object> body = body(response);
		assertThat(name(body)).isEqualTo("中山大學");
		assertThat(inContext(body)).isEqualTo(Map.of("language", "ZH_HANT", "currency", "MOP"));
	}

	@Test
	void aVariableLeftOutTakesItsDefault() {
		String document = "query Name($id: ID!, $language: LanguageCode = ZH_HANS) @inContext(language: $language) "
				+ "{ organization(id: $id) { name } }";

		assertThat(name(body(post(document, Map.of("id", SYSU), null)))).isEqualTo("中山大学");
	}

	@Test
	void aNullLanguageInTheDirectiveLeavesTheHeaderToChoose() {
		String document = "query Name($id: ID!, $language: LanguageCode) @inContext(language: $language) "
				+ "{ organization(id: $id) { name } }";
		Map<String, Object> variables = new HashMap<>(Map.of("id", SYSU));
		variables.put("language", null);

		assertThat(name(body(post(document, variables, "zh-CN")))).isEqualTo("中山大学");
	}

	@Test
	void theCurrencyComesOnlyFromTheDirectiveAndKeepsTheHeadersLanguage() {
		Map<String, Object> body = body(
				post("query Name($id: ID!) @inContext(currency: HKD) { organization(id: $id) { name } }",
						Map.of("id", SYSU), "zh-MO"));

		assertThat(inContext(body)).isEqualTo(Map.of("language", "ZH_HANT", "currency", "HKD"));
	}

	@Test
	void theDirectiveOfTheOperationThatRunsCounts() {
		String document = "query Hant($id: ID!) @inContext(language: ZH_HANT) { organization(id: $id) { name } } "
				+ "query Hans($id: ID!) @inContext(language: ZH_HANS) { organization(id: $id) { name } }";

		Map<String, Object> body = body(post(document, "Hans", Map.of("id", SYSU), null));

		assertThat(name(body)).isEqualTo("中山大学");
	}

	@Test
	void anInvalidLanguageInTheDirectiveIsAValidationError() {
		Map<String, Object> body = body(
				post("query Name($id: ID!) @inContext(language: KLINGON) { organization(id: $id) { name } }",
						Map.of("id", SYSU), null));

		assertThat(errorCodes(body)).containsExactly("GRAPHQL_VALIDATION_FAILED");
		assertThat(inContext(body)).containsEntry("language", "EN");
	}

	@Test
	void anInvalidLanguageInAVariableIsRefusedAsAnyBadVariable() {
		String document = "query Name($id: ID!, $language: LanguageCode) @inContext(language: $language) "
				+ "{ organization(id: $id) { name } }";

		Map<String, Object> body = body(post(document, Map.of("id", SYSU, "language", "KLINGON"), null));

		assertThat(body.get("data")).isNull();
		assertThat(errorCodes(body)).containsExactly("GRAPHQL_VALIDATION_FAILED");
	}

	@Test
	void theDirectiveIsAllowedOnOperationsOnly() {
		Map<String, Object> body = body(
				post("query Name($id: ID!) { organization(id: $id) @inContext(language: PT) { name } }",
						Map.of("id", SYSU), null));

		assertThat(errorCodes(body)).containsExactly("GRAPHQL_VALIDATION_FAILED");
	}

	@Test
	void aMissingTranslationFallsBackAlongTheLanguagesChain() {
		// No Portuguese name: Portuguese falls back to English.
		Map<String, Object> body = body(
				post("query Name($id: ID!) @inContext(language: PT) { organization(id: $id) { name names { pt } } }",
						Map.of("id", SYSU), null));

		assertThat(name(body)).isEqualTo("Sun Yat-sen University");
		assertThat(inContext(body)).containsEntry("language", "PT");
	}

	@Test
	void aTextKeptInTheLanguageAnswersInIt() {
		String document = "query Text($id: ID!) { node(id: $id) { ... on TalentArrangement { description } } }";

		Map<String, Object> body = body(post(document, Map.of("id", MACAO_ARRANGEMENT), "pt-MO"));

		assertThat(((Map<?, ?>) data(body).get("node")).get("description"))
			.isEqualTo("Investigador visitante para investigação conjunta em fabrico de equipamento de alta gama. "
					+ "Entidade de acolhimento: Universidade da Cidade de Macau.");
	}

	@Test
	void everyResponseSaysItsLanguageRefusalsIncluded() {
		Map<String, Object> body = body(post("{ noSuchField }", Map.of(), "zh-Hant"));

		assertThat(errorCodes(body)).containsExactly("GRAPHQL_VALIDATION_FAILED");
		assertThat(inContext(body)).containsEntry("language", "ZH_HANT");
		assertThat(extensions(body)).containsKey("cost");
	}

	@Test
	void aRefusalByALimitIsToldInTheRequestsLanguageWithTheSameCode() {
		StringBuilder aliases = new StringBuilder();
		for (int i = 0; i < 31; i++) {
			aliases.append(" a").append(i).append(": code");
		}

		Map<String, Object> header = body(post("{ sectors {" + aliases + " } }", Map.of(), "pt-MO"));
		Map<String, Object> directive = body(
				post("query Aliases @inContext(language: ZH_HANS) { sectors {" + aliases + " } }", Map.of(), "pt-MO"));

		assertThat(errorCodes(header)).containsExactly("TOO_MANY_ALIASES");
		assertThat(errorMessages(header))
			.containsExactly("O documento tem 31 aliases, acima do limite de 30 (gba.graphql.limits.max-aliases)");
		assertThat(errorCodes(directive)).containsExactly("TOO_MANY_ALIASES");
		assertThat(errorMessages(directive)).containsExactly("查询文档有 31 个别名，超出上限 30（gba.graphql.limits.max-aliases）");
	}

	@Test
	void aGetAnswerSaysItsLanguageAndVariesOnAcceptLanguage() {
		Map<String, String> parameters = Map.of("query", ORGANIZATION_NAME, "variables", "{\"id\": \"" + SYSU + "\"}");
		WebTestClient.ResponseSpec response = this.http.get()
			.uri((uri) -> uri.path("/graphql")
				.queryParam("query", "{query}")
				.queryParam("variables", "{variables}")
				.build(parameters))
			.accept(MediaType.APPLICATION_JSON)
			.headers((headers) -> headers.set(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN"))
			.exchange();

		response.expectHeader()
			.valueEquals(HttpHeaders.CONTENT_LANGUAGE, "zh-Hans")
			.expectHeader()
			.valueEquals(HttpHeaders.CACHE_CONTROL, "public, max-age=60")
			.expectHeader()
			.values(HttpHeaders.VARY, (vary) -> assertThat(String.join(",", vary)).contains("Accept-Language"));
		Map<String, Object> body = body(response);
		assertThat(name(body)).isEqualTo("中山大学");
		assertThat(inContext(body)).containsEntry("language", "ZH_HANS");
	}

	@Test
	void aPersistedQueryRunByItsHashAnswersInTheRequestsLanguage() {
		String document = "query PersistedName @inContext(language: ZH_HANT) { organization(id: \"" + SYSU
				+ "\") { name } }";
		Map<String, Object> extensions = PersistedQueriesIT.persisted(PersistedQueriesIT.sha256(document));
		body(postBody(Map.of("query", document, "extensions", extensions), null));

		Map<String, Object> body = body(postBody(Map.of("extensions", extensions), "en"));

		assertThat(name(body)).isEqualTo("中山大學");
		assertThat(inContext(body)).containsEntry("language", "ZH_HANT");
	}

	@Test
	void aMutationSaysItsLanguageToo() {
		Map<String, Object> body = body(
				post("mutation Nothing @inContext(language: PT) { __typename }", Map.of(), "zh-HK"));

		assertThat(inContext(body)).containsEntry("language", "PT");
	}

	private WebTestClient.ResponseSpec post(String document, Map<String, ?> variables,
			@Nullable String acceptLanguage) {
		return post(document, null, variables, acceptLanguage);
	}

	private WebTestClient.ResponseSpec post(String document, @Nullable String operationName, Map<String, ?> variables,
			@Nullable String acceptLanguage) {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("query", document);
		if (operationName != null) {
			request.put("operationName", operationName);
		}
		request.put("variables", variables);
		return postBody(request, acceptLanguage);
	}

	private WebTestClient.ResponseSpec postBody(Map<String, Object> request, @Nullable String acceptLanguage) {
		return this.http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.headers((headers) -> {
				if (acceptLanguage != null) {
					headers.set(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage);
				}
			})
			.bodyValue(request)
			.exchange();
	}

	private static Map<String, Object> body(WebTestClient.ResponseSpec response) {
		Map<String, Object> body = response.expectStatus().isOk().expectBody(OBJECT).returnResult().getResponseBody();
		assertThat(body).isNotNull();
		return body;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> data(Map<String, Object> body) {
		assertThat(body).doesNotContainKey("errors");
		return (Map<String, Object>) body.get("data");
	}

	private static @Nullable Object name(Map<String, Object> body) {
		return ((Map<?, ?>) data(body).get("organization")).get("name");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> extensions(Map<String, Object> body) {
		return (Map<String, Object>) body.get("extensions");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> inContext(Map<String, Object> body) {
		return (Map<String, Object>) extensions(body).get("inContext");
	}

	@SuppressWarnings("unchecked")
	private static List<Object> errorMessages(Map<String, Object> body) {
		return ((List<Map<String, Object>>) body.get("errors")).stream().map((error) -> error.get("message")).toList();
	}

	@SuppressWarnings("unchecked")
	private static List<Object> errorCodes(Map<String, Object> body) {
		return ((List<Map<String, Object>>) body.get("errors")).stream()
			.map((error) -> ((Map<String, Object>) error.get("extensions")).get("code"))
			.toList();
	}

}
