package org.gba.cooperation.graphql;

import java.time.Duration;

import org.gba.cooperation.graphql.PersistedQueryProperties.Mode;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** The bounds of the persisted-query cache, and the checks on a manifest. */
class PersistedDocumentsTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void aFullCacheForgetsTheLeastRecentlyUsedDocument() {
		PersistedDocuments documents = new PersistedDocuments(
				new PersistedQueryProperties(Mode.APQ, 2, Duration.ofDays(1), null), JSON);
		documents.register("a", "{ a }");
		documents.register("b", "{ b }");
		assertThat(documents.find("a")).contains("{ a }");

		documents.register("c", "{ c }");

		assertThat(documents.find("a")).contains("{ a }");
		assertThat(documents.find("b")).isEmpty();
		assertThat(documents.find("c")).contains("{ c }");
	}

	@Test
	void nothingIsRegisteredWhenPersistedQueriesAreOff() {
		PersistedDocuments documents = new PersistedDocuments(
				new PersistedQueryProperties(Mode.OFF, 2, Duration.ofDays(1), null), JSON);
		documents.register("a", "{ a }");

		assertThat(documents.find("a")).isEmpty();
	}

	@Test
	void aManifestHashThatIsNotItsDocumentsStopsTheStart() {
		String manifest = "{\"" + PersistedDocuments.sha256("{ a }") + "\": \"{ b }\"}";

		assertThatIllegalStateException()
			.isThrownBy(() -> new PersistedDocuments(new PersistedQueryProperties(Mode.TRUSTED_ONLY, 2,
					Duration.ofDays(1), new ByteArrayResource(manifest.getBytes())), JSON))
			.withMessageContaining("SHA-256");
	}

	@Test
	void trustedOnlyWithoutAManifestStopsTheStart() {
		assertThatIllegalStateException()
			.isThrownBy(() -> new PersistedDocuments(
					new PersistedQueryProperties(Mode.TRUSTED_ONLY, 2, Duration.ofDays(1), null), JSON))
			.withMessageContaining("gba.graphql.persisted-queries.manifest");
	}

}
