package org.gba.cooperation.security;

import java.util.List;

import org.gba.cooperation.support.DatabaseIndependent;
import org.gba.cooperation.support.GraphQlIntegrationTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * The HTTP surface: no state change over GET (queries only) or form posts, no sessions,
 * and CORS only for the configured origins (localhost in the embedded default).
 */
@DatabaseIndependent
class HttpHardeningIT extends GraphQlIntegrationTestSupport {

	@Test
	void aQueryOverGetRuns() {
		this.http.get()
			.uri("/graphql?query={query}", "{ sectors { code } }")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.data.sectors")
			.isNotEmpty();
	}

	@Test
	void aMutationOverGetIsNotAccepted() {
		this.http.get()
			.uri("/graphql?query={query}", "mutation { __typename }")
			.exchange()
			.expectStatus()
			.isEqualTo(405)
			.expectHeader()
			.valueEquals(HttpHeaders.ALLOW, "POST");
	}

	@Test
	void aFormPostIsNotAccepted() {
		this.http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.bodyValue("query=%7Bsectors%7Bcode%7D%7D")
			.exchange()
			.expectStatus()
			.isEqualTo(415);
	}

	@Test
	void noSessionCookieIsEverSet() {
		this.http.post()
			.uri("/graphql")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token("analyst", java.util.List.of("ANALYST"), null))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"query\":\"{ sectors { code } }\"}")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.doesNotExist(HttpHeaders.SET_COOKIE);
	}

	@Test
	void aConfiguredOriginMayCallFromABrowser() {
		this.http.options()
			.uri("/graphql")
			.header(HttpHeaders.ORIGIN, "http://localhost:3000")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "authorization,content-type")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "http://localhost:3000");
	}

	@Test
	void anOriginNotConfiguredMayNot() {
		this.http.options()
			.uri("/graphql")
			.header(HttpHeaders.ORIGIN, "https://evil.example.com")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
	}

	@Test
	void aBrowserCanReadTheRefusalOfABodyThatIsNotGraphQl() {
		for (String body : List.of("{\"query\": \"{ sectors { id } }\"", "x".repeat(300 * 1024))) {
			this.http.post()
				.uri("/graphql")
				.header(HttpHeaders.ORIGIN, "http://localhost:3000")
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(body)
				.exchange()
				.expectStatus()
				.is4xxClientError()
				.expectHeader()
				.valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "http://localhost:3000");
		}
	}

}
