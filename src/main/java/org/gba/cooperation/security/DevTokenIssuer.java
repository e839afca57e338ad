package org.gba.cooperation.security;

import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import org.gba.cooperation.shared.access.Role;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.security.converter.RsaKeyConverters;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.util.function.SingletonSupplier;

/**
 * The development token issuer of the embedded default. Its RSA key pair is generated at
 * start-up and lives only in memory: never committed, never the same twice, gone with the
 * process; or, when several instances must accept each other's tokens, its private key is
 * read from {@code gba.security.dev-issuer.private-key}.
 *
 * <p>
 * The key pair is generated beside the start-up, not in its way (generating a 2048-bit
 * RSA key pair is slow on a small machine): the first token issued or checked waits for
 * it if it is not ready yet.
 */
public class DevTokenIssuer {

	private static final Logger logger = LoggerFactory.getLogger(DevTokenIssuer.class);

	private final SecurityProperties properties;

	private final Clock clock;

	private final CompletableFuture<KeyPair> keyPair;

	private final Supplier<JwtEncoder> encoder;

	DevTokenIssuer(SecurityProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
		Resource configured = properties.devIssuer().privateKey();
		this.keyPair = (configured != null) ? CompletableFuture.completedFuture(readKeyPair(configured))
				: CompletableFuture.supplyAsync(DevTokenIssuer::generateKeyPair);
		this.encoder = SingletonSupplier
			.of(() -> NimbusJwtEncoder.withKeyPair(publicKey(), (RSAPrivateKey) this.keyPair.join().getPrivate())
				.algorithm(SignatureAlgorithm.RS256)
				.build());
		logger.warn("""

				*****************************************************************************
				  DEV TOKEN ISSUER ENABLED (gba.security.dev-issuer.enabled=true)
				  POST /dev/token hands out signed tokens for ANY role to ANYONE who asks.
				  For local development only: never enable it in production.
				*****************************************************************************""");
	}

	RSAPublicKey publicKey() {
		return (RSAPublicKey) this.keyPair.join().getPublic();
	}

	/**
	 * Checks this issuer's tokens with {@code validator}; built at the first token, once
	 * the key is there.
	 */
	JwtDecoder decoder(OAuth2TokenValidator<Jwt> validator) {
		Supplier<JwtDecoder> decoder = SingletonSupplier.of(() -> {
			NimbusJwtDecoder nimbus = NimbusJwtDecoder.withPublicKey(publicKey()).build();
			nimbus.setJwtValidator(validator);
			return nimbus;
		});
		return (token) -> decoder.get().decode(token);
	}

	String issuer() {
		return this.properties.devIssuer().issuer();
	}

	/**
	 * A token for the subject with these roles, acting for the organisation (a global ID)
	 * if given.
	 */
	Jwt issue(String subject, Collection<Role> roles, @Nullable String organizationId) {
		Instant now = this.clock.instant();
		JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
			.issuer(issuer())
			.subject(subject)
			.audience(List.of(this.properties.audience()))
			.issuedAt(now)
			.notBefore(now)
			.expiresAt(now.plus(this.properties.devIssuer().tokenLifetime()))
			.id(UUID.randomUUID().toString())
			.claim(TokenClaims.ROLES, roles.stream().map(Role::name).toList());
		if (organizationId != null) {
			claims.claim(TokenClaims.ORGANIZATION, organizationId);
		}
		return sign(claims.build());
	}

	/**
	 * Signs any claims with the dev key; tests use it to make tokens that must be
	 * refused.
	 */
	public Jwt sign(JwtClaimsSet claims) {
		JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).type("JWT").build();
		return this.encoder.get().encode(JwtEncoderParameters.from(header, claims));
	}

	/** The configured private key, and its public key (from the key's own modulus). */
	private static KeyPair readKeyPair(Resource resource) {
		try (InputStream in = resource.getInputStream()) {
			RSAPrivateKey key = RsaKeyConverters.pkcs8().convert(in);
			if (!(key instanceof RSAPrivateCrtKey crt)) {
				throw new IllegalStateException("gba.security.dev-issuer.private-key " + resource.getDescription()
						+ " holds no public exponent: give an RSA key in PKCS#8 PEM (openssl genpkey -algorithm RSA)");
			}
			PublicKey publicKey = KeyFactory.getInstance("RSA")
				.generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
			return new KeyPair(publicKey, key);
		}
		catch (IOException | GeneralSecurityException | IllegalArgumentException ex) {
			throw new IllegalStateException("Cannot read gba.security.dev-issuer.private-key "
					+ resource.getDescription() + " as an RSA private key in PKCS#8 PEM: " + ex.getMessage(), ex);
		}
	}

	private static KeyPair generateKeyPair() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("RSA is not available", ex);
		}
	}

}
