package org.gba.cooperation.security;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.gba.cooperation.support.DatabaseIndependent;
import org.gba.cooperation.support.GraphQlIntegrationTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gba.cooperation.support.GlobalIds.globalId;

/**
 * Every bad token is answered 401 with a {@code WWW-Authenticate} header that says no
 * more than "invalid_token"; a good one is accepted; a token in the URL is refused.
 */
@DatabaseIndependent
class BearerTokenIT extends GraphQlIntegrationTestSupport {

	private static final String QUERY = "{\"query\":\"{ sectors { code } }\"}";

	@Autowired
	private DevTokenIssuer issuer;

	@Test
	void aValidTokenIsAccepted() {
		post(sign(UnaryOperator.identity())).expectStatus().isOk();
	}

	@Test
	void noTokenIsAnAnonymousCallerNotAnError() {
		this.http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(QUERY)
			.exchange()
			.expectStatus()
			.isOk();
	}

	@Test
	void anExpiredTokenIsRefused() {
		Instant past = Instant.now().minusSeconds(3600);
		assertRefused(sign(
				(claims) -> claims.issuedAt(past.minusSeconds(60)).notBefore(past.minusSeconds(60)).expiresAt(past)));
	}

	@Test
	void aTokenExpiredWithinTheClockSkewIsStillAccepted() {
		Instant justNow = Instant.now().minusSeconds(20);
		post(sign((claims) -> claims.issuedAt(justNow.minusSeconds(600))
			.notBefore(justNow.minusSeconds(600))
			.expiresAt(justNow))).expectStatus().isOk();
	}

	@Test
	void aTokenNotYetValidIsRefused() {
		Instant future = Instant.now().plusSeconds(3600);
		assertRefused(sign((claims) -> claims.notBefore(future).expiresAt(future.plusSeconds(3600))));
	}

	@Test
	void aTokenOfAnotherIssuerIsRefused() {
		assertRefused(sign((claims) -> claims.issuer("https://evil.example.com")));
	}

	@Test
	void aTokenForAnotherAudienceIsRefused() {
		assertRefused(sign((claims) -> claims.audience(List.of("some-other-api"))));
	}

	@Test
	void aTokenWithoutSubjectIsRefused() {
		assertRefused(sign((claims) -> claims.subject(" ")));
	}

	@Test
	void aTokenWithoutExpiryIsRefused() {
		// Such a token would be valid forever: every token must say when it expires.
		assertRefused(sign((claims) -> claims.claims((all) -> all.remove("exp"))));
	}

	@Test
	void aSubjectOfAtMost255CharactersIsAcceptedAndALongerOneRefused() {
		post(sign((claims) -> claims.subject("s".repeat(255)))).expectStatus().isOk();
		assertRefused(sign((claims) -> claims.subject("s".repeat(256))));
	}

	@Test
	void aTokenSignedWithAnotherKeyIsRefused() throws Exception {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		var keyPair = generator.generateKeyPair();
		NimbusJwtEncoder forger = NimbusJwtEncoder
			.withKeyPair((RSAPublicKey) keyPair.getPublic(), (RSAPrivateKey) keyPair.getPrivate())
			.build();
		String forged = forger
			.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).type("JWT").build(),
					claims(UnaryOperator.identity())))
			.getTokenValue();

		assertRefused(forged);
	}

	@Test
	void anUnsignedTokenWithAlgNoneIsRefused() {
		String header = base64("{\"alg\":\"none\",\"typ\":\"JWT\"}");
		String valid = sign(UnaryOperator.identity());
		String payload = valid.split("\\.")[1];

		assertRefused(header + "." + payload + ".");
	}

	@Test
	void aTokenWithATamperedPayloadIsRefused() {
		String[] parts = sign(UnaryOperator.identity()).split("\\.");
		String tampered = base64(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
			.replace("\"ANALYST\"", "\"COORDINATOR\""));

		assertRefused(parts[0] + "." + tampered + "." + parts[2]);
	}

	@Test
	void aMalformedTokenIsRefused() {
		assertRefused("not.a.token");
		assertRefused("garbage");
	}

	@Test
	void aPartnerTokenWithoutOrganizationIsRefused() {
		assertRefused(sign((claims) -> claims.claim("roles", List.of("PARTNER"))));
	}

	@Test
	void aPartnerTokenWhoseOrganizationIsNotAnOrganizationIdIsRefused() {
		String sectorId = idAt("{ sectors { id } }", "sectors[0].id");
		assertRefused(sign((claims) -> claims.claim("roles", List.of("PARTNER")).claim("org", sectorId)));
	}

	@Test
	void aTokenInTheUrlIsRefused() {
		String token = sign(UnaryOperator.identity());
		this.http.post()
			.uri("/graphql?access_token=" + token)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(QUERY)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.valueMatches(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_request\".*");
	}

	@Test
	void theDevIssuerAnswersWithAnOAuthStyleTokenResponse() {
		Map<String, Object> response = this.http.post()
			.uri("/dev/token")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("subject", "analyst-1", "roles", List.of("ANALYST")))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(OBJECT)
			.returnResult()
			.getResponseBody();

		assertThat(response).containsEntry("tokenType", "Bearer").containsEntry("expiresIn", 3600);
		assertThat((String) response.get("accessToken")).matches("[\\w-]+\\.[\\w-]+\\.[\\w-]+");
	}

	@Test
	void theDevIssuerRefusesAPartnerWithoutOrganization() {
		devToken(Map.<String, Object>of("subject", "p", "roles", List.of("PARTNER")))
			.isEqualTo("A PARTNER token needs `organizationId`, the global ID of its organisation");
	}

	@Test
	void theDevIssuerRefusesAnUnknownRole() {
		devToken(Map.<String, Object>of("subject", "p", "roles", List.of("ADMIN")))
			.isEqualTo("Unknown role 'ADMIN': use PARTNER, ANALYST or COORDINATOR");
	}

	@Test
	void theDevIssuerRefusesAnUnknownOrganization() {
		String unknown = globalId("Organization:987654");
		devToken(Map.<String, Object>of("subject", "p", "roles", List.of("PARTNER"), "organizationId", unknown))
			.isEqualTo("No organisation has the ID '" + unknown + "'");
	}

	@Test
	void theDevIssuerRefusesAMissingSubject() {
		devToken(Map.<String, Object>of("roles", List.of("ANALYST")))
			.isEqualTo("`subject` is required, at most 100 characters");
	}

	private org.assertj.core.api.AbstractStringAssert<?> devToken(Map<String, ?> request) {
		Map<?, ?> response = this.http.post()
			.uri("/dev/token")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(request)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		return assertThat((String) response.get("message"));
	}

	private void assertRefused(String token) {
		post(token).expectStatus()
			.isUnauthorized()
			.expectHeader()
			.valueEquals(HttpHeaders.WWW_AUTHENTICATE,
					"Bearer error=\"invalid_token\", error_description=\"The bearer token is not valid\"")
			.expectBody()
			.isEmpty();
	}

	private WebTestClient.ResponseSpec post(String token) {
		return this.http.post()
			.uri("/graphql")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(QUERY)
			.exchange();
	}

	/** A token of the dev issuer: valid as it comes, made invalid by {@code change}. */
	private String sign(UnaryOperator<JwtClaimsSet.Builder> change) {
		return this.issuer.sign(claims(change)).getTokenValue();
	}

	private JwtClaimsSet claims(UnaryOperator<JwtClaimsSet.Builder> change) {
		Instant now = Instant.now();
		JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
			.issuer(this.issuer.issuer())
			.subject("analyst-1")
			.audience(List.of("gba-cooperation-api"))
			.issuedAt(now)
			.notBefore(now)
			.expiresAt(now.plusSeconds(600))
			.claim("roles", List.of("ANALYST"));
		return change.apply(claims).build();
	}

	private static String base64(String json) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
	}

}
