package org.gba.cooperation.security;

import java.net.URI;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * How bearer tokens are checked. In production set {@code issuer-uri} (OIDC discovery,
 * e.g. Keycloak's realm URL) or {@code jwk-set-uri} (with {@code issuer-uri} to check the
 * issuer too).
 *
 * @param issuerUri the token issuer; tokens must carry it as {@code iss}
 * @param jwkSetUri where the issuer's signing keys are published, when discovery is not
 * used
 * @param audience the value the token's {@code aud} must contain
 * @param clockSkew how far token time stamps ({@code exp}, {@code nbf}) may be off
 * @param devIssuer the development issuer of the embedded default
 */
@ConfigurationProperties("gba.security")
public record SecurityProperties(@Nullable URI issuerUri, @Nullable URI jwkSetUri,
		@DefaultValue("gba-cooperation-api") String audience, @DefaultValue("60s") Duration clockSkew,
		@DefaultValue DevIssuer devIssuer) {

	/**
	 * A token issuer inside the application, for local development only: it signs tokens
	 * with an RSA key generated at start-up and serves {@code POST /dev/token}.
	 *
	 * @param enabled whether the dev issuer runs; true only in the embedded default.
	 * Never in production.
	 * @param issuer the {@code iss} of the tokens it signs
	 * @param tokenLifetime how long its tokens are valid
	 * @param privateKey the RSA private key it signs with, PKCS#8 PEM (e.g.
	 * {@code file:/run/secrets/dev-issuer.pem}): set it when several instances run, so
	 * that a token issued by one is accepted by all; unset, each instance generates its
	 * own at start-up
	 */
	public record DevIssuer(boolean enabled, @DefaultValue("urn:gba:dev-issuer") String issuer,
			@DefaultValue("1h") Duration tokenLifetime, @Nullable Resource privateKey) {
	}

}
