package org.gba.cooperation.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.gba.cooperation.support.DatabaseIndependent;
import org.gba.cooperation.support.GraphQlIntegrationTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Apollo's automatic persisted queries: a document sent with its SHA-256 hash is
 * registered, and from then on runs by its hash alone. Each test uses documents of its
 * own (the cache lives as long as the application), built here as their hashes are
 * computed from their text.
 */
@DatabaseIndependent
class PersistedQueriesIT extends GraphQlIntegrationTestSupport {

	@Test
	void aDocumentSentWithItsHashIsRegisteredAndThenRunsByItsHashAlone() {
		String document = "query ApqRegistered { sectors { code } }";
		assertThat(code(post(Map.of("extensions", persisted(sha256(document))))))
			.isEqualTo("PERSISTED_QUERY_NOT_FOUND");

		Map<String, Object> registered = post(Map.of("query", document, "extensions", persisted(sha256(document))));
		assertThat(registered).doesNotContainKey("errors");

		Map<String, Object> byHash = post(Map.of("extensions", persisted(sha256(document))));
		assertThat(byHash).doesNotContainKey("errors");
		assertThat(byHash.get("data")).isEqualTo(registered.get("data"));
		assertThat(sectors(byHash)).isNotEmpty();
	}

	@Test
	void anUnknownHashIsNotFoundInTheWordsApolloClientsExpect() {
		Map<String, Object> response = post(
				Map.of("extensions", persisted(sha256("query ApqNeverSent { __typename }"))));

		assertThat(response.get("data")).isNull();
		assertThat(code(response)).isEqualTo("PERSISTED_QUERY_NOT_FOUND");
		assertThat(error(response).get("message")).isEqualTo("PersistedQueryNotFound");
		assertThat(response).containsKey("extensions");
	}

	@Test
	void aHashThatIsNotTheDocumentsIsRefusedAndRegistersNothing() {
		String document = "query ApqMismatched { sectors { code } }";
		String otherHash = sha256("query ApqOther { sectors { code } }");

		Map<String, Object> response = post(Map.of("query", document, "extensions", persisted(otherHash)));

		assertThat(response.get("data")).isNull();
		assertThat(code(response)).isEqualTo("PERSISTED_QUERY_HASH_MISMATCH");
		assertThat(((Map<?, ?>) error(response).get("extensions")).get("classification")).isEqualTo("BAD_REQUEST");
		assertThat(code(post(Map.of("extensions", persisted(otherHash))))).isEqualTo("PERSISTED_QUERY_NOT_FOUND");
	}

	@Test
	void aDocumentThatDoesNotValidateIsNotRegistered() {
		String document = "query ApqInvalid { noSuchField }";

		Map<String, Object> response = post(Map.of("query", document, "extensions", persisted(sha256(document))));

		assertThat(response).containsKey("errors");
		assertThat(code(post(Map.of("extensions", persisted(sha256(document))))))
			.isEqualTo("PERSISTED_QUERY_NOT_FOUND");
	}

	@Test
	void anExtensionOfAnotherVersionIsRefused() {
		String document = "query ApqVersion2 { __typename }";

		Map<String, Object> response = post(Map.of("query", document, "extensions",
				Map.of("persistedQuery", Map.of("version", 2, "sha256Hash", sha256(document)))));

		assertThat(code(response)).isEqualTo("PERSISTED_QUERY_INVALID");
	}

	private Map<String, Object> post(Map<String, Object> body) {
		Map<String, Object> response = this.http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(OBJECT)
			.returnResult()
			.getResponseBody();
		assertThat(response).isNotNull();
		return response;
	}

	static Map<String, Object> persisted(String hash) {
		return Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash));
	}

	static String sha256(String document) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(document.getBytes(StandardCharsets.UTF_8)));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> error(Map<String, Object> response) {
		List<Map<String, Object>> errors = (List<Map<String, Object>>) response.get("errors");
		assertThat(errors).as("errors of %s", response).hasSize(1);
		return errors.get(0);
	}

	static String code(Map<String, Object> response) {
		return (String) ((Map<?, ?>) error(response).get("extensions")).get("code");
	}

	@SuppressWarnings("unchecked")
	static List<Object> sectors(Map<String, Object> response) {
		return (List<Object>) ((Map<String, Object>) response.get("data")).get("sectors");
	}

}
