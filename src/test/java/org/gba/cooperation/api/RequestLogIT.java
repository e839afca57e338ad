package org.gba.cooperation.api;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;

import com.sun.net.httpserver.HttpServer;
import org.gba.cooperation.support.DatabaseIndependent;
import org.gba.cooperation.support.GraphQlIntegrationTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The log and the traces as production writes them: JSON lines (Spring Boot's ECS format,
 * the {@code mysql} profile's default, where {@code trace.id} is {@code {"trace":{"id":
 * ...}}}), one per request with its operation, caller, status, duration and trace id and
 * nothing of the token or of personal data sent; and spans exported over OTLP to the
 * endpoint configured (here a receiver of the test's own, which keeps what it is sent).
 */
@DatabaseIndependent
@ExtendWith(OutputCaptureExtension.class)
// Read when the logging system starts, before dynamic properties are known.
@TestPropertySource(
		properties = { "logging.structured.format.console=ecs", "management.tracing.sampling.probability=1.0" })
class RequestLogIT extends GraphQlIntegrationTestSupport {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final ConcurrentLinkedQueue<byte[]> exported = new ConcurrentLinkedQueue<>();

	private static final HttpServer receiver = otlpReceiver();

	@DynamicPropertySource
	static void structuredLogsAndTraces(DynamicPropertyRegistry registry) {
		registry.add("management.opentelemetry.tracing.export.otlp.endpoint",
				() -> "http://127.0.0.1:" + receiver.getAddress().getPort() + "/v1/traces");
	}

	@AfterAll
	static void stopReceiver() {
		receiver.stop(0);
	}

	@Test
	void eachRequestIsOneJsonLineWithItsTraceIdAndNeitherTokenNorPersonalData(CapturedOutput output) {
		String token = token("log-coordinator", List.of("COORDINATOR"), null);
		String email = "log.test.person@example.org";
		String phone = "+852 2345 6789";
		String traceparent = this.http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.header("Authorization", "Bearer " + token)
			.bodyValue(Map.of("query", """
					mutation LoggedCreatePerson($input: CreatePersonInput!) {
					  createPerson(input: $input) { person { id } userErrors { code } }
					}""", "variables",
					Map.of("input",
							Map.of("names", Map.of("zhHant", "記錄者", "zhHans", "记录者", "en", "Logan Recorder"), "email",
									email, "phone", phone, "homeJurisdiction", "HONG_KONG"))))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.data.createPerson.userErrors")
			.isEmpty()
			.returnResult()
			.getResponseHeaders()
			.getFirst("traceresponse");
		String traceId = traceparent.substring(3, 35);

		JsonNode line = requestLine(output, traceId);
		assertThat(line.at("/trace/id").asString()).isEqualTo(traceId);
		assertThat(line.at("/log/logger").asString()).isEqualTo("gba.requests");
		assertThat(line.at("/graphql/operation/name").asString()).isEqualTo("LoggedCreatePerson");
		assertThat(line.at("/graphql/operation/type").asString()).isEqualTo("mutation");
		assertThat(line.at("/user/id").asString()).isEqualTo("log-coordinator");
		assertThat(line.at("/http/response/status_code").asInt()).isEqualTo(200);
		assertThat(line.at("/event/duration_ms").isNumber()).isTrue();
		assertThat(line.at("/graphql/cost/requested").isNumber()).isTrue();
		assertThat(output.getAll()).doesNotContain(token)
			.doesNotContain(token.substring(token.lastIndexOf('.') + 1))
			.doesNotContain(email)
			.doesNotContain(phone);
	}

	@Test
	void spansOfTheRequestItsBatchesAndItsStatementsAreExportedOverOtlp() {
		String traceparent = this.http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(
					"{\"query\":\"query TracedLabs { jointLabs(first: 3) { nodes { members { organization { id } } } } }\"}")
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(String.class)
			.getResponseHeaders()
			.getFirst("traceresponse");
		byte[] traceId = HexFormat.of().parseHex(traceparent.substring(3, 35));

		// The spans leave in batches (every few seconds): until those of the request
		// have.
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(exportedOf(traceId)).contains("http post")
				.contains("graphql query")
				.contains("JointLab.members"));
		String spans = exportedOf(traceId);
		// Span names: the HTTP request, the GraphQL operation, a DataLoader batch, an SQL
		// statement (with its text, never its values).
		assertThat(spans).contains("http post").contains("graphql query").contains("JointLab.members");
		assertThat(spans).containsIgnoringCase("select");
	}

	/** What was exported in the requests that carry spans of this trace, as text. */
	private static String exportedOf(byte[] traceId) {
		StringBuilder text = new StringBuilder();
		for (byte[] body : exported) {
			if (indexOf(body, traceId) >= 0) {
				text.append(new String(body, java.nio.charset.StandardCharsets.ISO_8859_1));
			}
		}
		return text.toString();
	}

	private static int indexOf(byte[] body, byte[] part) {
		outer: for (int i = 0; i + part.length <= body.length; i++) {
			for (int j = 0; j < part.length; j++) {
				if (body[i + j] != part[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	/**
	 * The request log's JSON line of the request with this trace id: written when the
	 * response is complete, so perhaps just after the client has it.
	 */
	private static JsonNode requestLine(CapturedOutput output, String traceId) {
		return await().atMost(Duration.ofSeconds(10)).until(() -> {
			for (String line : output.getOut().split("\n")) {
				if (line.startsWith("{") && line.contains("\"gba.requests\"") && line.contains(traceId)) {
					return JSON.readTree(line);
				}
			}
			return null;
		}, java.util.Objects::nonNull);
	}

	/** An OTLP/HTTP receiver: keeps every body POSTed to /v1/traces, answers 200. */
	private static HttpServer otlpReceiver() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			server.createContext("/v1/traces", (exchange) -> {
				try (InputStream in = exchange.getRequestBody()) {
					exported.add(in.readAllBytes());
				}
				exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
				exchange.sendResponseHeaders(200, -1);
				exchange.close();
			});
			server.start();
			return server;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
