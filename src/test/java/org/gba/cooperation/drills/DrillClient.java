package org.gba.cooperation.drills;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain HTTP client of one instance, as a partner's would be: GraphQL over POST, tokens
 * of the dev issuer, the readiness probe. Thread-safe; a request that gets no answer
 * (refused, reset, or none within {@link #PATIENCE}) is an {@link Answer} with status 0.
 */
final class DrillClient {

	/** The longest a request may wait for its answer. */
	static final Duration PATIENCE = Duration.ofSeconds(30);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String url;

	private final String managementUrl;

	DrillClient(String url, String managementUrl) {
		this.url = url;
		this.managementUrl = managementUrl;
	}

	/** A token of the instance's dev issuer for the subject with these roles. */
	String token(String subject, List<String> roles) {
		Answer answer = send(HttpRequest.newBuilder(URI.create(this.url + "/dev/token"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers
				.ofString(JSON.writeValueAsString(Map.of("subject", subject, "roles", roles))))
			.build());
		if (answer.status() != 200) {
			throw new IllegalStateException("No token: " + answer.raw());
		}
		return (String) answer.body().get("accessToken");
	}

	/** Sends a GraphQL document with its variables, with the token if any. */
	Answer graphQl(@Nullable String token, String document, Map<String, Object> variables) {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("query", document);
		request.put("variables", variables);
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(this.url + "/graphql"))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.header("Accept-Language", "en")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(request)));
		if (token != null) {
			builder.header("Authorization", "Bearer " + token);
		}
		return send(builder.build());
	}

	/**
	 * The readiness probe's status ({@code UP}, {@code DOWN}), or {@code UNANSWERED}.
	 */
	String readiness() {
		Answer answer = send(
				HttpRequest.newBuilder(URI.create(this.managementUrl + "/actuator/health/readiness")).GET().build());
		Object status = answer.body().get("status");
		return (status != null) ? status.toString() : "UNANSWERED";
	}

	@SuppressWarnings("unchecked")
	private Answer send(HttpRequest request) {
		long sent = System.nanoTime();
		HttpRequest bounded = HttpRequest.newBuilder(request, (name, value) -> true).timeout(PATIENCE).build();
		try {
			HttpResponse<String> response = this.http.send(bounded, HttpResponse.BodyHandlers.ofString());
			Map<String, Object> body;
			try {
				body = JSON.readValue(response.body(), Map.class);
			}
			catch (RuntimeException notJson) {
				body = Map.of();
			}
			return new Answer(sent, System.nanoTime(), response.statusCode(), body, response.body());
		}
		catch (IOException ex) {
			return new Answer(sent, System.nanoTime(), 0, Map.of(), ex.toString());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new Answer(sent, System.nanoTime(), 0, Map.of(), ex.toString());
		}
	}

}
