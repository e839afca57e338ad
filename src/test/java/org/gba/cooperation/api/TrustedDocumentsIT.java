package org.gba.cooperation.api;

import java.util.Map;

import org.gba.cooperation.support.DatabaseIndependent;
import org.gba.cooperation.support.GraphQlIntegrationTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gba.cooperation.api.PersistedQueriesIT.code;
import static org.gba.cooperation.api.PersistedQueriesIT.persisted;
import static org.gba.cooperation.api.PersistedQueriesIT.sectors;
import static org.gba.cooperation.api.PersistedQueriesIT.sha256;

/**
 * In {@code trusted-only} mode, the documents of the manifest run, by hash or in full,
 * and nothing else does. The manifest is
 * {@code src/test/resources/persisted-queries/trusted-documents.json}.
 */
@TestPropertySource(properties = { "gba.graphql.persisted-queries.mode=trusted-only",
		"gba.graphql.persisted-queries.manifest=classpath:persisted-queries/trusted-documents.json" })
@DatabaseIndependent
class TrustedDocumentsIT extends GraphQlIntegrationTestSupport {

	/** A document of the manifest. */
	private static final String TRUSTED = "query TrustedSectors { sectors { code } }";

	@Test
	void aTrustedDocumentRunsByItsHash() {
		Map<String, Object> response = post(Map.of("extensions", persisted(sha256(TRUSTED))));

		assertThat(response).doesNotContainKey("errors");
		assertThat(sectors(response)).isNotEmpty();
	}

	@Test
	void aTrustedDocumentRunsWhenSentInFull() {
		assertThat(sectors(post(Map.of("query", TRUSTED)))).isNotEmpty();
	}

	@Test
	void aDocumentNotInTheManifestIsRefused() {
		Map<String, Object> response = post(Map.of("query", "{ sectors { code } }"));

		assertThat(response.get("data")).isNull();
		assertThat(code(response)).isEqualTo("PERSISTED_QUERY_NOT_TRUSTED");
	}

	@Test
	void aDocumentSentWithItsHashIsNeitherRunNorRegistered() {
		String document = "query Untrusted { sectors { code } }";

		assertThat(code(post(Map.of("query", document, "extensions", persisted(sha256(document))))))
			.isEqualTo("PERSISTED_QUERY_NOT_TRUSTED");
		assertThat(code(post(Map.of("extensions", persisted(sha256(document))))))
			.isEqualTo("PERSISTED_QUERY_NOT_TRUSTED");
	}

	@Test
	void aTrustedDocumentRunsOverGetByItsHash() {
		this.http.get()
			.uri((uri) -> uri.path("/graphql")
				.queryParam("extensions", "{extensions}")
				.build("{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + sha256(TRUSTED) + "\"}}"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.data.sectors")
			.isNotEmpty();
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

}
