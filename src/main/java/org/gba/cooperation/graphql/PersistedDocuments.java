package org.gba.cooperation.graphql;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.lettuce.core.GetExArgs;
import io.lettuce.core.ScriptOutputType;
import org.gba.cooperation.graphql.PersistedQueryProperties.Mode;
import org.gba.cooperation.shared.redis.SharedRedis;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The documents a client may send by hash: those registered by clients ({@code apq} mode,
 * a bounded least-recently-used cache in each instance and, with
 * {@code gba.shared-state.store=redis}, in Redis, so that a document registered through
 * one instance runs by hash on all), or those of the trusted manifest
 * ({@code trusted-only} mode).
 *
 * <p>
 * A hash names one document for ever, so the instance's own cache is never stale: Redis
 * is asked only for a hash this instance has not seen. When Redis is not reachable, each
 * instance knows what was registered through it; a client sent to another instance gets
 * {@code PERSISTED_QUERY_NOT_FOUND} and registers its document again, as the protocol has
 * it.
 */
final class PersistedDocuments {

	/**
	 * Registers a document in Redis: its key, with the time to live, and its hash in an
	 * index by time of registration, trimmed to the cache size (the oldest registrations
	 * and their documents go first) and cleared of what has expired. One script, so that
	 * the bound holds whatever the instances do at the same time. KEYS: the index; ARGV:
	 * hash, document, ttl (s), now (ms), cache size, key prefix.
	 */
	private static final String REGISTER = """
			local index, hash, prefix = KEYS[1], ARGV[1], ARGV[6]
			redis.call('SET', prefix .. hash, ARGV[2], 'EX', ARGV[3])
			redis.call('ZADD', index, ARGV[4], hash)
			redis.call('ZREMRANGEBYSCORE', index, '-inf', tonumber(ARGV[4]) - 1000 * tonumber(ARGV[3]))
			local excess = redis.call('ZCARD', index) - tonumber(ARGV[5])
			if excess > 0 then
			  for _, old in ipairs(redis.call('ZRANGE', index, 0, excess - 1)) do
			    redis.call('DEL', prefix .. old)
			  end
			  redis.call('ZREMRANGEBYRANK', index, 0, excess - 1)
			end
			return excess
			""";

	private final Mode mode;

	private final Map<String, String> registered;

	private final Map<String, String> trusted;

	private final @Nullable SharedRedis shared;

	private final PersistedQueryProperties properties;

	PersistedDocuments(PersistedQueryProperties properties, JsonMapper json) {
		this(properties, json, null);
	}

	PersistedDocuments(PersistedQueryProperties properties, JsonMapper json, @Nullable SharedRedis shared) {
		this.properties = properties;
		this.shared = (properties.mode() == Mode.APQ) ? shared : null;
		this.mode = properties.mode();
		int cacheSize = properties.cacheSize();
		this.registered = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
				return size() > cacheSize;
			}

		});
		this.trusted = (this.mode == Mode.TRUSTED_ONLY) ? readManifest(properties.manifest(), json) : Map.of();
	}

	Mode mode() {
		return this.mode;
	}

	/** The trusted manifest's documents ({@code trusted-only} mode; none otherwise). */
	java.util.Collection<String> trustedDocuments() {
		return this.trusted.values();
	}

	/** The document with this hash, if it may be run by hash in the current mode. */
	Optional<String> find(String hash) {
		return Optional.ofNullable(switch (this.mode) {
			case OFF -> null;
			case APQ -> registered(hash);
			case TRUSTED_ONLY -> this.trusted.get(hash);
		});
	}

	/**
	 * Whether a document of this hash may run at all: always, unless only trusted
	 * documents may.
	 */
	boolean mayRun(String hash) {
		return this.mode != Mode.TRUSTED_ONLY || this.trusted.containsKey(hash);
	}

	/**
	 * Remembers a document that ran, so that it can be sent by hash from now on
	 * ({@code apq} mode only).
	 */
	void register(String hash, String document) {
		if (this.mode == Mode.APQ && this.registered.put(hash, document) == null && this.shared != null) {
			SharedRedis redis = this.shared;
			redis.attempt("persisted queries",
					(commands) -> commands.eval(REGISTER, ScriptOutputType.INTEGER,
							new String[] { redis.key("apq-index") }, hash, document,
							Long.toString(this.properties.sharedTimeToLive().toSeconds()),
							Long.toString(System.currentTimeMillis()), Integer.toString(this.properties.cacheSize()),
							redis.key("apq:")));
		}
	}

	private @Nullable String registered(String hash) {
		String document = this.registered.get(hash);
		if (document == null && this.shared != null) {
			SharedRedis redis = this.shared;
			// Sent by hash: Redis keeps it for another time to live.
			document = redis
				.attempt("persisted queries",
						(commands) -> commands.getex(redis.key("apq:" + hash),
								GetExArgs.Builder.ex(this.properties.sharedTimeToLive())))
				// A document stored under another hash than its own is not run.
				.filter((found) -> sha256(found).equals(hash))
				.orElse(null);
			if (document != null) {
				this.registered.put(hash, document);
			}
		}
		return document;
	}

	/**
	 * The SHA-256 hash of a document's UTF-8 bytes, in lower-case hex, as Apollo clients
	 * compute it.
	 */
	static String sha256(String document) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(document.getBytes(StandardCharsets.UTF_8));
			return java.util.HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	private static Map<String, String> readManifest(Resource manifest, JsonMapper json) {
		if (manifest == null || !manifest.exists()) {
			throw new IllegalStateException("gba.graphql.persisted-queries.mode=trusted-only needs a manifest: set "
					+ "gba.graphql.persisted-queries.manifest to a JSON object of SHA-256 hash to document"
					+ ((manifest != null) ? " (" + manifest.getDescription() + " does not exist)" : ""));
		}
		Map<String, String> documents;
		try (InputStream in = manifest.getInputStream()) {
			documents = json.readValue(in, new TypeReference<Map<String, String>>() {
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the persisted-query manifest " + manifest.getDescription(), ex);
		}
		Map<String, String> trusted = new HashMap<>();
		documents.forEach((hash, document) -> {
			// A wrong hash would let a client believe it sent one document while it runs
			// another.
			if (!sha256(document).equals(hash.toLowerCase(java.util.Locale.ROOT))) {
				throw new IllegalStateException("The persisted-query manifest " + manifest.getDescription() + " lists "
						+ hash + " for a document whose SHA-256 hash is " + sha256(document));
			}
			trusted.put(hash.toLowerCase(java.util.Locale.ROOT), document);
		});
		return Map.copyOf(trusted);
	}

}
