package org.gba.cooperation.exports;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

/**
 * Download links of export files: {@code /bulk-exports/<id>/file?expires=<epoch
 * seconds>&signature=<HMAC-SHA256>}, the signature over the export, the caller it is for
 * (its subject's hash) and the expiry, with {@code gba.export.signing-key} (or a random
 * key of this start). A link is only good for its caller, until it expires, unaltered.
 */
final class ExportLinks {

	static final String PATH = "/bulk-exports/{id}/file";

	private static final String ALGORITHM = "HmacSHA256";

	private final SecretKeySpec key;

	private final Clock clock;

	ExportLinks(@Nullable String signingKey, Clock clock) {
		byte[] secret;
		if (signingKey != null && !signingKey.isBlank()) {
			secret = Base64.getDecoder().decode(signingKey.trim());
			if (secret.length < 32) {
				throw new IllegalArgumentException("gba.export.signing-key must hold at least 32 bytes (in Base64)");
			}
		}
		else {
			secret = new byte[32];
			new SecureRandom().nextBytes(secret);
		}
		this.key = new SecretKeySpec(secret, ALGORITHM);
		this.clock = clock;
	}

	/** A link to the export's file for its caller, valid until {@code expires}. */
	String link(long id, String subject, Instant expires) {
		long seconds = expires.getEpochSecond();
		return "/bulk-exports/" + id + "/file?expires=" + seconds + "&signature=" + signature(id, subject, seconds);
	}

	/** What a link's parameters say, for this export and caller. */
	Verdict check(long id, String subject, @Nullable String expires, @Nullable String signature) {
		long seconds;
		try {
			seconds = Long.parseLong(String.valueOf(expires));
		}
		catch (NumberFormatException ex) {
			return Verdict.INVALID;
		}
		if (signature == null || !MessageDigest.isEqual(signature.getBytes(StandardCharsets.US_ASCII),
				signature(id, subject, seconds).getBytes(StandardCharsets.US_ASCII))) {
			return Verdict.INVALID;
		}
		return (this.clock.instant().getEpochSecond() >= seconds) ? Verdict.EXPIRED : Verdict.VALID;
	}

	private String signature(long id, String subject, long expires) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(this.key);
			String signed = "bulk-export:" + id + ":" + HexFormat.of().formatHex(ExportStore.hash(subject)) + ":"
					+ expires;
			return Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	enum Verdict {

		VALID, INVALID, EXPIRED

	}

}
