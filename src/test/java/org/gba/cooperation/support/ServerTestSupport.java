package org.gba.cooperation.support;

import java.time.Duration;
import java.util.UUID;

import org.gba.cooperation.support.search.OpenSearchTestNode;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Base of the tests of the application running on a random port: a plain HTTP client of
 * it, on the database the suite runs against (see {@link TestDatabase}). The subclass
 * declares the {@code @SpringBootTest}, usually through {@link GraphQlIntegrationTest}.
 */
public abstract class ServerTestSupport {

	/** The random port the application listens on. */
	@LocalServerPort
	protected int port;

	/**
	 * The random port of the actuator endpoints (health, info, prometheus), which the
	 * public port does not serve.
	 */
	@LocalManagementPort
	protected int managementPort;

	/** A plain HTTP client of the running application, without a token. */
	protected WebTestClient http;

	/** A plain HTTP client of the application's management port. */
	protected WebTestClient management;

	/**
	 * Points the application at the database the suite runs against: H2, or the server of
	 * {@code MYSQL_URL}.
	 */
	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.register(registry);
		if (OpenSearchTestNode.requested()) {
			// The suite's search run: the real OpenSearch node, each application context
			// with indexes of its own (its own database too).
			registry.add("gba.search.backend", () -> "opensearch");
			registry.add("gba.search.uris", OpenSearchTestNode::url);
			registry.add("gba.search.index-prefix", () -> "it-" + UUID.randomUUID() + "-");
		}
	}

	/**
	 * Connects the HTTP client to the running application before each test. Its time-out
	 * is generous: it guards against a request that hangs, not a slow one (speed is the
	 * benchmark's business), and a busy machine can take more than WebTestClient's
	 * default 5 seconds over a large request.
	 */
	@BeforeEach
	void connectHttp() {
		this.http = WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.port)
			.responseTimeout(Duration.ofSeconds(60))
			.build();
		// A scrape of a context the whole suite has used runs to megabytes (every
		// operation the suite names is a series).
		this.management = this.http.mutate()
			.baseUrl("http://localhost:" + this.managementPort)
			.codecs((codecs) -> codecs.defaultCodecs().maxInMemorySize(64 * 1024 * 1024))
			.build();
	}

	/** What Prometheus would scrape from the running application. */
	protected String prometheus() {
		return this.management.get()
			.uri("/actuator/prometheus")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

}
