package org.gba.cooperation.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Tokens of the dev issuer ({@code POST /dev/token}) of a running instance. */
public final class DevTokens {

	private DevTokens() {
	}

	/**
	 * A token for the subject with these roles, acting for the organisation (a global ID)
	 * if given, from the instance {@code client} talks to.
	 */
	public static String token(WebTestClient client, String subject, List<String> roles,
			@Nullable String organizationId) {
		Map<String, Object> request = new HashMap<>();
		request.put("subject", subject);
		request.put("roles", roles);
		if (organizationId != null) {
			request.put("organizationId", organizationId);
		}
		Map<?, ?> response = client.post()
			.uri("/dev/token")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(request)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		return (String) Objects.requireNonNull(response).get("accessToken");
	}

}
