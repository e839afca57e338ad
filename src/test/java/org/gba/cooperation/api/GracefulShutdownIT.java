package org.gba.cooperation.api;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.gba.cooperation.GbaCooperationApplication;
import org.gba.cooperation.live.LiveEvents;
import org.gba.cooperation.support.DatabaseIndependent;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

/**
 * Shutting down drains the instance (issue 19): once the application context closes, the
 * requests already running finish (up to {@code gba.shutdown.grace}), new ones are
 * answered 503 with {@code Retry-After}, subscribers are told to subscribe again
 * elsewhere, and the management endpoints still answer; a request held longer than the
 * grace is cut and does not hold the shutdown. Each test starts an instance of the real
 * application of its own (own ports, own in-memory database) and closes it on another
 * thread, as a stop signal would. A request is held in flight by a test interceptor that
 * lets a query named {@code Held} through only when the test says so.
 */
@DatabaseIndependent
class GracefulShutdownIT {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String HELD = "{\"query\":\"query Held { sectors { code } }\",\"operationName\":\"Held\"}";

	private static final String QUERY = "{\"query\":\"{ sectors { code } }\"}";

	private static final String SUBSCRIPTION = "subscription { jointLabStatusChanged { id } }";

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private final HeldRequests held = new HeldRequests();

	private @Nullable ConfigurableApplicationContext instance;

	private @Nullable Disposable sse;

	private @Nullable WebSocket webSocket;

	@AfterEach
	void cleanUp() {
		if (this.sse != null) {
			this.sse.dispose();
		}
		if (this.webSocket != null) {
			this.webSocket.abort();
		}
		if (this.instance != null) {
			this.instance.close();
		}
	}

	@Test
	void runningRequestsFinishNewOnesAre503AndSubscribersAreToldToSubscribeElsewhere() throws Exception {
		Duration grace = Duration.ofSeconds(60);
		ConfigurableApplicationContext app = start(grace);
		int port = port(app, "local.server.port");
		int managementPort = port(app, "local.management.port");
		LiveEvents liveEvents = app.getBean(LiveEvents.class);
		BlockingQueue<String> wsMessages = new LinkedBlockingQueue<>();
		this.webSocket = subscribeOverWebSocket(port, wsMessages);
		BlockingQueue<ServerSentEvent<String>> sseEvents = new LinkedBlockingQueue<>();
		CompletableFuture<Void> sseEnded = new CompletableFuture<>();
		this.sse = subscribeOverSse(port, sseEvents, sseEnded);
		await().atMost(PATIENCE).until(() -> liveEvents.subscriberCount() == 2);
		CompletableFuture<HttpResponse<String>> running = this.http.sendAsync(post(port, HELD, null),
				BodyHandlers.ofString());
		CompletableFuture<Void> release = this.held.next();

		long closing = System.nanoTime();
		CompletableFuture<Void> closed = closeOnAnotherThread(app);

		HttpResponse<String> refused = awaitRefusal(port);
		assertThat(refused.statusCode()).isEqualTo(503);
		assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
		assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(MediaType.parseMediaType(type).isCompatibleWith(MediaType.APPLICATION_JSON))
					.isTrue());
		JsonNode error = JSON.readTree(refused.body()).path("errors").path(0);
		assertThat(error.path("extensions").path("code").asString()).isEqualTo("SERVICE_UNAVAILABLE");
		assertThat(error.path("message").asString())
			.isEqualTo("This instance is shutting down: send the request again (another instance will answer it)");

		HttpResponse<String> inChinese = this.http.send(post(port, QUERY, "zh-HK"), BodyHandlers.ofString());
		assertThat(inChinese.statusCode()).isEqualTo(503);
		assertThat(inChinese.headers().firstValue("Content-Language")).hasValue("zh-Hant");
		assertThat(JSON.readTree(inChinese.body()).path("errors").path(0).path("message").asString())
			.isEqualTo("此伺服器實例正在關閉：請重新發送請求（將由另一個實例處理）");

		HttpResponse<String> overGet = this.http.send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/graphql?query=%7Bsectors%7Bcode%7D%7D"))
			.timeout(PATIENCE)
			.GET()
			.build(), BodyHandlers.ofString());
		assertThat(overGet.statusCode()).isEqualTo(503);
		assertThat(overGet.body()).contains("\"SERVICE_UNAVAILABLE\"");

		assertThat(webSocketHandshakeStatus(port)).isEqualTo(503);

		HttpResponse<String> readiness = this.http.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + managementPort + "/actuator/health/readiness"))
					.timeout(PATIENCE)
					.GET()
					.build(),
				BodyHandlers.ofString());
		assertThat(readiness.statusCode()).as("the management endpoints are not drained").isEqualTo(503);
		assertThat(readiness.body()).contains("OUT_OF_SERVICE").doesNotContain("SERVICE_UNAVAILABLE");

		JsonNode last = JSON.readTree(awaitMessage(wsMessages, "error"));
		assertThat(last.path("id").asString()).isEqualTo("1");
		assertThat(last.path("payload").path(0).path("extensions").path("code").asString())
			.isEqualTo("SERVICE_UNAVAILABLE");
		assertThat(last.path("payload").path(0).path("message").asString()).contains("subscribe again");

		sseEnded.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
		// Without the keep-alive comments.
		List<ServerSentEvent<String>> events = sseEvents.stream().filter((event) -> event.event() != null).toList();
		assertThat(events).extracting(ServerSentEvent::event).containsExactly("next", "complete");
		assertThat(events.get(0).data()).contains("\"code\":\"SERVICE_UNAVAILABLE\"");

		assertThat(closed).as("the close waits for the running request").isNotDone();
		release.complete(null);

		HttpResponse<String> finished = running.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
		assertThat(finished.statusCode()).isEqualTo(200);
		JsonNode answer = JSON.readTree(finished.body());
		assertThat(answer.path("errors").isMissingNode()).as(finished.body()).isTrue();
		assertThat(answer.path("data").path("sectors").size()).isPositive();

		closed.get(grace.toSeconds(), TimeUnit.SECONDS);
		assertThat(Duration.ofNanos(System.nanoTime() - closing)).isLessThan(grace);
	}

	@Test
	void aRequestHeldLongerThanTheGraceIsCutAndTheCloseDoesNotWaitForIt() throws Exception {
		Duration grace = Duration.ofSeconds(2);
		ConfigurableApplicationContext app = start(grace);
		int port = port(app, "local.server.port");
		CompletableFuture<HttpResponse<String>> running = this.http.sendAsync(post(port, HELD, null),
				BodyHandlers.ofString());
		// Never released: the request is still held when the grace is over.
		this.held.next();

		long closing = System.nanoTime();
		CompletableFuture<Void> closed = closeOnAnotherThread(app);

		closed.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
		Duration took = Duration.ofNanos(System.nanoTime() - closing);
		assertThat(took).as("waited for the grace").isGreaterThanOrEqualTo(grace);
		// The rest of the shutdown takes a few seconds; Tomcat's own graceful shutdown
		// would wait 30 s more.
		assertThat(took).as("did not wait past the grace").isLessThan(grace.plusSeconds(15));
		HttpResponse<String> cut = null;
		try {
			cut = running.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
		}
		catch (ExecutionException ex) {
			assertThat(ex.getCause()).as("the connection closed under it").isInstanceOf(IOException.class);
		}
		if (cut != null) {
			assertThat(cut.statusCode()).as("cut: %s", cut.body()).isNotEqualTo(200);
		}
	}

	/**
	 * An instance of its own: random ports (the management endpoints on one of their
	 * own), an in-memory database nobody else uses, no demo data, and the held requests'
	 * interceptor.
	 */
	private ConfigurableApplicationContext start(Duration grace) {
		String database = "gba_shutdown_" + UUID.randomUUID().toString().replace("-", "");
		this.instance = new SpringApplicationBuilder(GbaCooperationApplication.class).initializers(
				(context) -> ((GenericApplicationContext) context).registerBean(HeldRequests.class, () -> this.held))
			.run("--server.port=0", "--management.server.port=0", "--gba.shutdown.grace=" + grace.toMillis() + "ms",
					"--gba.demo-data.enabled=false",
					"--spring.datasource.url=jdbc:h2:mem:" + database
							+ ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;IGNORECASE=TRUE",
					"--spring.application.name=gba-cooperation-api-shutdown");
		return this.instance;
	}

	private static int port(ConfigurableApplicationContext app, String property) {
		return Integer.parseInt(app.getEnvironment().getRequiredProperty(property));
	}

	/** Closes the instance as its stop signal would, on a thread of its own. */
	private static CompletableFuture<Void> closeOnAnotherThread(ConfigurableApplicationContext app) {
		CompletableFuture<Void> closed = new CompletableFuture<>();
		Thread thread = new Thread(() -> {
			try {
				app.close();
				closed.complete(null);
			}
			catch (RuntimeException ex) {
				closed.completeExceptionally(ex);
			}
		}, "close-instance");
		thread.start();
		return closed;
	}

	/**
	 * New requests until one is refused (they are answered as usual until the drain
	 * begins), at most {@link #PATIENCE}.
	 */
	private HttpResponse<String> awaitRefusal(int port) {
		return await().atMost(PATIENCE)
			.pollInterval(Duration.ofMillis(50))
			.until(() -> answer(post(port, QUERY, null)),
					(response) -> response != null && response.statusCode() == 503);
	}

	/** The answer to a request, or null when there is none (the connection refused). */
	private @Nullable HttpResponse<String> answer(HttpRequest request) throws InterruptedException {
		try {
			return this.http.send(request, BodyHandlers.ofString());
		}
		catch (IOException ex) {
			return null;
		}
	}

	private static HttpRequest post(int port, String body, @Nullable String language) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
			.timeout(PATIENCE)
			.header("Content-Type", "application/json")
			.header("Accept", "application/graphql-response+json")
			.POST(BodyPublishers.ofString(body));
		if (language != null) {
			request.header("Accept-Language", language);
		}
		return request.build();
	}

	/** The status a WebSocket handshake at /graphql is answered with (101 if opened). */
	private int webSocketHandshakeStatus(int port) throws InterruptedException, TimeoutException {
		try {
			WebSocket socket = this.http.newWebSocketBuilder()
				.subprotocols("graphql-transport-ws")
				.buildAsync(URI.create("ws://localhost:" + port + "/graphql"), new WebSocket.Listener() {
				})
				.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
			socket.abort();
			return 101;
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof WebSocketHandshakeException handshake) {
				return handshake.getResponse().statusCode();
			}
			throw new IllegalStateException(ex.getCause());
		}
	}

	/**
	 * A graphql-transport-ws client that subscribes once the connection is acknowledged
	 * and keeps every message it receives.
	 */
	private WebSocket subscribeOverWebSocket(int port, BlockingQueue<String> messages) throws Exception {
		WebSocket socket = this.http.newWebSocketBuilder()
			.subprotocols("graphql-transport-ws")
			.buildAsync(URI.create("ws://localhost:" + port + "/graphql"), new WebSocket.Listener() {

				private final StringBuilder text = new StringBuilder();

				@Override
				public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
					this.text.append(data);
					if (last) {
						String message = this.text.toString();
						this.text.setLength(0);
						messages.add(message);
						if (message.contains("\"connection_ack\"")) {
							webSocket.sendText("{\"id\":\"1\",\"type\":\"subscribe\",\"payload\":{\"query\":\""
									+ SUBSCRIPTION + "\"}}", true);
						}
					}
					webSocket.request(1);
					return null;
				}

			})
			.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
		socket.sendText("{\"type\":\"connection_init\"}", true);
		return socket;
	}

	private static String awaitMessage(BlockingQueue<String> messages, String type) throws InterruptedException {
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		while (true) {
			String message = messages.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
			if (message == null) {
				return fail("No %s message within %s", type, PATIENCE);
			}
			if (JSON.readTree(message).path("type").asString().equals(type)) {
				return message;
			}
		}
	}

	private static Disposable subscribeOverSse(int port, BlockingQueue<ServerSentEvent<String>> events,
			CompletableFuture<Void> ended) {
		return WebClient.create("http://localhost:" + port)
			.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.TEXT_EVENT_STREAM)
			.bodyValue(Map.of("query", SUBSCRIPTION))
			.retrieve()
			.bodyToFlux(new ParameterizedTypeReference<ServerSentEvent<String>>() {
			})
			.subscribe(events::add, ended::completeExceptionally, () -> ended.complete(null));
	}

	/**
	 * Holds each GraphQL request named {@code Held} before it runs, until the test
	 * releases it: a request in flight for as long as the test wants, without a thread
	 * blocked (the request is asynchronous, as every GraphQL request over HTTP is).
	 */
	static final class HeldRequests implements WebGraphQlInterceptor {

		private final BlockingQueue<CompletableFuture<Void>> held = new LinkedBlockingQueue<>();

		@Override
		public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
			if (!"Held".equals(request.getOperationName())) {
				return chain.next(request);
			}
			CompletableFuture<Void> release = new CompletableFuture<>();
			this.held.add(release);
			return Mono.fromFuture(release).then(Mono.defer(() -> chain.next(request)));
		}

		/** The release of the next request held, once it is held. */
		CompletableFuture<Void> next() throws InterruptedException {
			return Objects.requireNonNull(this.held.poll(PATIENCE.toSeconds(), TimeUnit.SECONDS),
					"no request was held within " + PATIENCE);
		}

	}

}
