package org.gba.cooperation.security;

import org.gba.cooperation.support.DatabaseAvailableCondition;
import org.gba.cooperation.support.DatabaseIndependent;
import org.gba.cooperation.support.IntegrationTestConfiguration;
import org.gba.cooperation.support.ServerTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;

/**
 * With the dev issuer off, as in production, {@code /dev/token} does not exist, while
 * anonymous reads still work. (The configured key set is never fetched: no token is
 * sent.)
 */
@ExtendWith(DatabaseAvailableCondition.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "gba.security.dev-issuer.enabled=false", "gba.security.jwk-set-uri=http://127.0.0.1:9/jwks",
				"gba.demo-data.enabled=true", "spring.flyway.clean-disabled=false" })
@DatabaseIndependent
@Import(IntegrationTestConfiguration.class)
class DevIssuerDisabledIT extends ServerTestSupport {

	@Test
	void theTokenEndpointDoesNotExist() {
		this.http.post()
			.uri("/dev/token")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"subject\":\"x\",\"roles\":[\"COORDINATOR\"]}")
			.exchange()
			.expectStatus()
			.isNotFound();
	}

	@Test
	void anonymousReadsStillWork() {
		this.http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"query\":\"{ sectors { code } }\"}")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.data.sectors.length()")
			.isEqualTo(15);
	}

}
