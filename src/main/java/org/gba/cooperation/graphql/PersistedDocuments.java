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

import org.gba.cooperation.graphql.PersistedQueryProperties.Mode;
import org.springframework.core.io.Resource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The documents a client may send by hash: those registered by clients ({@code apq} mode,
 * a bounded least-recently-used cache), or those of the trusted manifest
 * ({@code trusted-only} mode).
 */
final class PersistedDocuments {

	private final Mode mode;

	private final Map<String, String> registered;

	private final Map<String, String> trusted;

	PersistedDocuments(PersistedQueryProperties properties, JsonMapper json) {
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

	/** The document with this hash, if it may be run by hash in the current mode. */
	Optional<String> find(String hash) {
		return Optional.ofNullable(switch (this.mode) {
			case OFF -> null;
			case APQ -> this.registered.get(hash);
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
		if (this.mode == Mode.APQ) {
			this.registered.put(hash, document);
		}
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
