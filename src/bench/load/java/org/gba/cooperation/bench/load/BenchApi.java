package org.gba.cooperation.bench.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Plain HTTP calls to the application made outside Gatling's measurements: the
 * coordinator's token, the IDs and cursors the mix needs, and the statement counts of
 * single requests (the probe).
 */
final class BenchApi {

	static final ObjectMapper JSON = new ObjectMapper();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String baseUrl;

	private String token = "";

	BenchApi(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	/**
	 * A coordinator's token from the dev issuer
	 * ({@code gba.security.dev-issuer.enabled=true}).
	 */
	String coordinatorToken() {
		JsonNode answer = send("POST", "/dev/token", "{\"subject\":\"bench-coordinator\",\"roles\":[\"COORDINATOR\"]}",
				false);
		this.token = answer.path("accessToken").asText();
		if (this.token.isEmpty()) {
			throw new IllegalStateException("POST /dev/token gave no token: is the dev issuer enabled? " + answer);
		}
		return this.token;
	}

	/** The request body of a GraphQL operation. */
	static String body(String document, Map<String, ?> variables) {
		ObjectNode body = JSON.createObjectNode();
		body.put("query", document);
		body.set("variables", JSON.valueToTree(variables));
		return body.toString();
	}

	/**
	 * Runs a GraphQL operation and returns its {@code data}; any GraphQL error stops the
	 * run.
	 */
	JsonNode graphQl(String document, Map<String, ?> variables) {
		JsonNode answer = send("POST", "/graphql", body(document, variables), true);
		if (answer.has("errors")) {
			throw new IllegalStateException("GraphQL errors during set-up: " + answer.get("errors"));
		}
		return answer.path("data");
	}

	/** The counters of {@code GET /bench/metrics}. */
	JsonNode metrics() {
		return send("GET", "/bench/metrics", null, false);
	}

	/** The status of a GET, to find out whether an endpoint exists. */
	int statusOf(String path) {
		return exchange("GET", path, null, false).statusCode();
	}

	/**
	 * The SQL statements one request executes: the counters read before and after it,
	 * with nothing else running. Fails when another request was served in between.
	 */
	long statementsOf(String method, String path, String body, boolean authorized) {
		JsonNode before = metrics();
		HttpResponse<String> response = exchange(method, path, body, authorized);
		JsonNode after = metrics();
		if (response.statusCode() != 200 || response.body().contains("\"errors\"") || hasUserErrors(response.body())) {
			throw new IllegalStateException(
					"The probe of " + path + " failed: " + response.statusCode() + " " + abbreviate(response.body()));
		}
		long requests = after.path("requests").asLong() - before.path("requests").asLong();
		if (requests != 1) {
			throw new IllegalStateException("Other requests reached the application during the probe (" + requests
					+ " served): statement counts need it to be idle");
		}
		return after.path("statements").asLong() - before.path("statements").asLong();
	}

	private static boolean hasUserErrors(String body) {
		try {
			return JSON.readTree(body).findValues("userErrors").stream().anyMatch((errors) -> !errors.isEmpty());
		}
		catch (IOException ex) {
			return true;
		}
	}

	private JsonNode send(String method, String path, String body, boolean authorized) {
		HttpResponse<String> response = exchange(method, path, body, authorized);
		if (response.statusCode() != 200) {
			throw new IllegalStateException(
					method + " " + path + " answered " + response.statusCode() + ": " + abbreviate(response.body()));
		}
		try {
			return JSON.readTree(response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private HttpResponse<String> exchange(String method, String path, String body, boolean authorized) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.timeout(Duration.ofSeconds(60))
			.header("Accept", "application/json");
		if (authorized && !this.token.isEmpty()) {
			request.header("Authorization", "Bearer " + this.token);
		}
		if (body == null) {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		else {
			request.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString(body));
		}
		try {
			return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String abbreviate(String text) {
		return (text.length() <= 500) ? text : text.substring(0, 500) + "...";
	}

	/**
	 * The operations of a document with several, by name, each as a document of its own.
	 */
	static Map<String, String> operations(Path file) {
		String text;
		try {
			text = Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Map<String, String> operations = new LinkedHashMap<>();
		Matcher start = Pattern.compile("(?m)^(query|mutation) (\\w+)").matcher(text);
		int from = -1;
		String name = null;
		while (start.find()) {
			if (name != null) {
				operations.put(name, text.substring(from, start.start()).strip());
			}
			from = start.start();
			name = start.group(2);
		}
		if (name != null) {
			operations.put(name, text.substring(from).strip());
		}
		return operations;
	}

	static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
