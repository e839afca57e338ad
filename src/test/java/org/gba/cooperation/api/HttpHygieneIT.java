package org.gba.cooperation.api;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.gba.cooperation.support.DatabaseIndependent;
import org.gba.cooperation.support.GraphQlIntegrationTestSupport;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What HTTP itself gets wrong is answered with the right status and a short JSON body,
 * never a 500 or a stack trace in the log (issue 13, D4, D9 and 10): wildcard content
 * types, {@code /error} asked for directly, methods {@code /graphql} does not serve, an
 * {@code Accept} it cannot satisfy, and bodies that are not UTF-8. Sent with the JDK's
 * own client, which, unlike Spring's, sends headers as given.
 */
@DatabaseIndependent
@ExtendWith(OutputCaptureExtension.class)
class HttpHygieneIT extends GraphQlIntegrationTestSupport {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String QUERY = "{\"query\":\"{ sectors { code } }\"}";

	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "*/*", "application/*", "text/*", "not a media type" })
	void aBodyWhoseContentTypeNamesNoMediaTypeIsUnsupported(String contentType, CapturedOutput output) {
		HttpResponse<String> response = send("POST", "/graphql", contentType, null, BodyPublishers.ofString(QUERY));

		assertThat(response.statusCode()).isEqualTo(415);
		assertThat(code(response)).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
		assertThat(output).doesNotContain("IllegalArgumentException").doesNotContain("\tat org.springframework");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "*/*", "application/*" })
	void aWildcardContentTypeOnARequestWithoutBodyIsIgnored(String contentType, CapturedOutput output) {
		HttpResponse<String> query = send("GET", "/graphql?query=%7Bsectors%7Bcode%7D%7D", contentType, null,
				BodyPublishers.noBody());

		assertThat(query.statusCode()).isEqualTo(200);
		assertThat(query.body()).contains("\"sectors\"");
		assertThat(output).doesNotContain("IllegalArgumentException");
	}

	@Test
	void theErrorPageIsNotAResource() {
		HttpResponse<String> response = send("GET", "/error", null, null, BodyPublishers.noBody());

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(code(response)).isEqualTo("NOT_FOUND");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "PUT", "DELETE", "PATCH" })
	void aMethodGraphQlDoesNotServeIsNotAllowed(String method) {
		HttpResponse<String> response = send(method, "/graphql", "application/json", null,
				BodyPublishers.ofString(QUERY));

		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(response.headers().firstValue("Allow")).hasValue("GET, POST, OPTIONS");
		assertThat(code(response)).isEqualTo("METHOD_NOT_ALLOWED");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "application/xml", "text/html", "image/png, text/csv" })
	void anAcceptHeaderGraphQlCannotSatisfyIsNotAcceptable(String accept) {
		HttpResponse<String> response = send("POST", "/graphql", "application/json", accept,
				BodyPublishers.ofString(QUERY));

		assertThat(response.statusCode()).isEqualTo(406);
		assertThat(code(response)).isEqualTo("NOT_ACCEPTABLE");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "*/*", "application/*", "application/json", "application/graphql-response+json",
			"text/html, */*;q=0.8" })
	void anAcceptHeaderAdmittingJsonIsServed(String accept) {
		HttpResponse<String> response = send("POST", "/graphql", "application/json", accept,
				BodyPublishers.ofString(QUERY));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"sectors\"");
	}

	@Test
	void anOverlongUtf8SequenceIsABadRequestNotAQuote() {
		// C0 A2 is an overlong encoding of '"'. A lenient decoder reads the query below
		// as
		// { organizations(filter: {search: "a"}) { totalCount } }, a valid document with
		// a string the
		// bytes never closed; UTF-8 forbids overlong forms, so the body is refused.
		byte[] prefix = "{\"query\":\"{ organizations(filter: {search: \\\"a".getBytes(StandardCharsets.UTF_8);
		byte[] suffix = "}) { totalCount } }\"}".getBytes(StandardCharsets.UTF_8);
		byte[] body = new byte[prefix.length + 2 + suffix.length];
		System.arraycopy(prefix, 0, body, 0, prefix.length);
		body[prefix.length] = (byte) 0xC0;
		body[prefix.length + 1] = (byte) 0xA2;
		System.arraycopy(suffix, 0, body, prefix.length + 2, suffix.length);

		HttpResponse<String> response = send("POST", "/graphql", "application/json", null,
				BodyPublishers.ofByteArray(body));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(code(response)).isEqualTo("BAD_REQUEST");
	}

	@Test
	void anEncodedSurrogateIsABadRequest() {
		// ED A0 80: U+D800 encoded as if it were a character (CESU-8), which UTF-8
		// forbids.
		byte[] prefix = "{\"query\":\"{ sectors { code } }\",\"operationName\":\"".getBytes(StandardCharsets.UTF_8);
		byte[] body = new byte[prefix.length + 5];
		System.arraycopy(prefix, 0, body, 0, prefix.length);
		body[prefix.length] = (byte) 0xED;
		body[prefix.length + 1] = (byte) 0xA0;
		body[prefix.length + 2] = (byte) 0x80;
		body[prefix.length + 3] = '"';
		body[prefix.length + 4] = '}';

		HttpResponse<String> response = send("POST", "/graphql", "application/json", null,
				BodyPublishers.ofByteArray(body));

		assertThat(response.statusCode()).isEqualTo(400);
	}

	private HttpResponse<String> send(String method, String path, @Nullable String contentType, @Nullable String accept,
			BodyPublisher body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.timeout(Duration.ofSeconds(30))
			.method(method, body);
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		if (accept != null) {
			request.header("Accept", accept);
		}
		try {
			return this.client.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@SuppressWarnings("unchecked")
	private static @Nullable Object code(HttpResponse<String> response) {
		Map<String, Object> body = JSON.readValue(response.body(), Map.class);
		List<Map<String, Object>> errors = (List<Map<String, Object>>) body.get("errors");
		return ((Map<String, Object>) errors.get(0).get("extensions")).get("code");
	}

}
