package org.gba.cooperation.graphql;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * Persisted queries: a client sends the SHA-256 hash of a document instead of the
 * document, in {@code extensions.persistedQuery} (Apollo's protocol), over POST or GET.
 *
 * @param mode {@code off}: hashes are not understood
 * ({@code PERSISTED_QUERY_NOT_SUPPORTED} for a request with a hash only); {@code apq}:
 * automatic persisted queries, any valid document sent with its hash is remembered and
 * may then be sent by hash alone; {@code trusted-only}: only the documents of the
 * {@code manifest} run, whether sent by hash or in full, anything else is refused
 * ({@code PERSISTED_QUERY_NOT_TRUSTED})
 * @param cacheSize the most documents remembered in {@code apq} mode, in each instance
 * and (with {@code gba.shared-state.store=redis}) in Redis; the least recently used goes
 * first when it is full
 * @param sharedTimeToLive with {@code gba.shared-state.store=redis}, how long Redis keeps
 * a registered document after it was last registered or sent by hash (default 24 hours);
 * a client that finds it gone sends it again, as Apollo's protocol has it
 * @param manifest the trusted documents, a JSON object of SHA-256 hash (lower-case hex)
 * to document, e.g. {@code classpath:persisted-queries/mobile.json}; required in
 * {@code trusted-only} mode, where each hash is checked against its document at startup
 */
@ConfigurationProperties("gba.graphql.persisted-queries")
public record PersistedQueryProperties(@DefaultValue("apq") Mode mode, @DefaultValue("1000") int cacheSize,
		@DefaultValue("24h") Duration sharedTimeToLive, @Nullable Resource manifest) {

	public PersistedQueryProperties {
		if (cacheSize < 1) {
			throw new IllegalArgumentException("gba.graphql.persisted-queries.cache-size must be at least 1");
		}
		if (sharedTimeToLive.toSeconds() < 1) {
			throw new IllegalArgumentException(
					"gba.graphql.persisted-queries.shared-time-to-live must be at least 1 s, not " + sharedTimeToLive);
		}
	}

	/** How documents sent by hash, and documents sent in full, are treated. */
	public enum Mode {

		/** No persisted queries: a request must carry its document. */
		OFF,

		/**
		 * Automatic persisted queries: documents are registered by the clients that send
		 * them.
		 */
		APQ,

		/** Only the documents of the manifest run. */
		TRUSTED_ONLY

	}

}
