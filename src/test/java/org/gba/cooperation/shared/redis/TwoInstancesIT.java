package org.gba.cooperation.shared.redis;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.gba.cooperation.live.LiveEvents;
import org.gba.cooperation.shared.GlobalId;
import org.gba.cooperation.support.DevTokens;
import org.gba.cooperation.support.cluster.MariaDbPair;
import org.gba.cooperation.support.cluster.TwoInstances;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.graphql.test.tester.WebSocketGraphQlTester;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.socket.client.ReactorNettyWebSocketClient;
import reactor.core.Disposable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances behind nginx share what a caller must see the same whichever instance
 * answers: a change made through one reaches the subscribers of both, once; a budget
 * spent on one is spent on the other; a query registered on one runs by hash on the
 * other; a token issued by one is accepted by the other; an idempotent create retried on
 * the other returns the first result; a caller that wrote through one reads the primary
 * through the other. Redis, nginx, a MariaDB primary and its replica, and the instances
 * are real ({@link TwoInstances}, {@link MariaDbPair}).
 */
@Tag("scale-out")
@ExtendWith({ MariaDbPair.class, TwoInstances.class })
// The drill last: after Redis returns, a use that failed during the outage leaves it
// alone for
// retry-after, which the other tests must not meet.
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesIT {

	private static final Duration PATIENCE = Duration.ofSeconds(15);

	private static final String HOST = GlobalId.encode("Organization", 35);

	private static final String GUANGZHOU = GlobalId.encode("City", 1);

	private static final AtomicInteger NAMES = new AtomicInteger();

	private static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {
	};

	private static final String LABS = "{ jointLabs(first: 20) { totalCount nodes { id name } } }";

	private TwoInstances cluster;

	private final List<Disposable> open = new ArrayList<>();

	private final List<WebSocketGraphQlTester> connections = new ArrayList<>();

	@BeforeEach
	void cluster(TwoInstances cluster) {
		this.cluster = cluster;
	}

	@AfterEach
	void closeEverything() {
		this.open.forEach(Disposable::dispose);
		this.connections.forEach((connection) -> connection.stop().block(PATIENCE));
	}

	@Test
	void aChangeMadeThroughOneInstanceReachesTheSubscribersOfBothOnce() {
		List<BlockingQueue<Object>> subscribers = List.of(subscribe(this.cluster.a()), subscribe(this.cluster.b()),
				subscribe(this.cluster.balanced()));
		String coordinator = token(this.cluster.a(), "COORDINATOR");

		String first = publishedEvent(graphQl(this.cluster.a(), coordinator));
		String second = publishedEvent(graphQl(this.cluster.b(), coordinator));

		for (BlockingQueue<Object> messages : subscribers) {
			// In order, and the first once: the next message after it is the second
			// change.
			assertThat(next(messages)).containsEntry("id", first).containsEntry("status", "PUBLISHED");
			assertThat(next(messages)).containsEntry("id", second);
		}
	}

	@Test
	void aBudgetSpentOnOneInstanceIsSpentOnTheOther() {
		String analyst = token(this.cluster.a(), "ANALYST");
		int granted = 0;
		EntityExchangeResult<byte[]> refused = null;
		for (int i = 0; i < 500 && refused == null; i++) {
			EntityExchangeResult<byte[]> response = post(this.cluster.a(), analyst, Map.of("query", LABS));
			if (response.getStatus().value() == 429) {
				refused = response;
			}
			else {
				assertThat(response.getStatus().value()).isEqualTo(200);
				granted++;
			}
		}
		assertThat(granted).as("requests granted on A before its budget ran out").isPositive();
		assertThat(refused).as("A refuses once the budget is spent").isNotNull();

		// With a budget per instance, B would still have the whole of it.
		EntityExchangeResult<byte[]> onB = post(this.cluster.b(), analyst, Map.of("query", LABS));
		assertThat(onB.getStatus().value()).isEqualTo(429);
		assertThat(new String(onB.getResponseBodyContent())).contains("THROTTLED");
		assertThat(post(this.cluster.balanced(), analyst, Map.of("query", LABS)).getStatus().value()).isEqualTo(429);
	}

	@Test
	void aQueryRegisteredOnOneInstanceRunsByHashOnTheOther() {
		String document = "{ jointLabs(first: 2) { totalCount } } # registered " + NAMES.incrementAndGet();
		String hash = sha256(document);
		Map<String, Object> extensions = Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash));

		assertThat(
				post(this.cluster.a(), null, Map.of("query", document, "extensions", extensions)).getStatus().value())
			.isEqualTo(200);

		for (String instance : List.of(this.cluster.b(), this.cluster.balanced(), this.cluster.balanced())) {
			EntityExchangeResult<byte[]> byHash = post(instance, null, Map.of("extensions", extensions));
			assertThat(new String(byHash.getResponseBodyContent())).as(instance)
				.contains("\"totalCount\"")
				.doesNotContain("PERSISTED_QUERY_NOT_FOUND");
		}
	}

	@Test
	void aTokenIssuedByOneInstanceIsAcceptedByTheOther() {
		String coordinator = token(this.cluster.a(), "COORDINATOR");

		// Contact details: coordinators only, null for anyone else.
		for (String instance : List.of(this.cluster.b(), this.cluster.balanced(), this.cluster.balanced())) {
			graphQl(instance, coordinator).document("{ people(first: 1) { nodes { email } } }")
				.execute()
				.errors()
				.verify()
				.path("people.nodes[0].email")
				.entity(String.class)
				.satisfies((email) -> assertThat(email).contains("@"));
		}
	}

	@Test
	void anIdempotentCreateRetriedOnTheOtherInstanceReturnsTheFirstResult() {
		String coordinator = token(this.cluster.a(), "COORDINATOR");
		Map<String, Object> input = new HashMap<>();
		input.put("names", Map.of("zhHant", "重試", "zhHans", "重试", "en", "Retried lab " + NAMES.incrementAndGet()));
		input.put("sectorId", GlobalId.encode("Sector", 1));
		input.put("hostCityId", GUANGZHOU);
		input.put("startDate", "2027-03-01");
		input.put("idempotencyKey", "retried-on-b-" + NAMES.get());

		String onA = createdLab(graphQl(this.cluster.a(), coordinator), input);
		String onB = createdLab(graphQl(this.cluster.b(), coordinator), input);
		String throughNginx = createdLab(graphQl(this.cluster.balanced(), coordinator), input);

		assertThat(onB).isEqualTo(onA);
		assertThat(throughNginx).isEqualTo(onA);
	}

	@Test
	@Order(Integer.MAX_VALUE)
	void withRedisDownEachInstanceServesOnItsOwnStateAndSharesAgainOnceRedisIsBack() {
		String coordinator = token(this.cluster.a(), "COORDINATOR");
		String analyst = token(this.cluster.a(), "ANALYST");
		this.cluster.stopRedis();
		try {
			// Budgets fall back to the instance's own; no request fails or hangs.
			EntityExchangeResult<byte[]> answered = post(this.cluster.a(), analyst, Map.of("query", LABS));
			assertThat(answered.getStatus().value()).isEqualTo(200);
			assertThat(new String(answered.getResponseBodyContent())).contains("\"totalCount\"")
				.doesNotContain("\"errors\"");
			// A query registered on an instance runs by hash on it.
			assertThat(runsByHash(this.cluster.a(), this.cluster.a())).isTrue();
			// A change reaches the subscribers of the instance that made it.
			BlockingQueue<Object> onA = subscribe(this.cluster.a());
			String event = publishedEvent(graphQl(this.cluster.a(), coordinator));
			assertThat(next(onA)).containsEntry("id", event);
		}
		finally {
			this.cluster.startRedis();
		}
		// Back (empty): what is registered through one instance runs on the other again,
		// and changes reach the other instance's subscribers once its connection is back.
		await().atMost(PATIENCE).until(() -> runsByHash(this.cluster.a(), this.cluster.b()));
		BlockingQueue<Object> onB = subscribe(this.cluster.b());
		HttpGraphQlTester writer = graphQl(this.cluster.a(), coordinator);
		await().atMost(PATIENCE).until(() -> {
			String event = publishedEvent(writer);
			Object message = onB.poll(1, TimeUnit.SECONDS);
			return message != null && event.equals(
					((GraphQlTester.Response) message).path("investmentEventPublished.id").entity(String.class).get());
		});
	}

	@Test
	void aCallerThatWroteThroughOneInstanceReadsThePrimaryThroughTheOther(MariaDbPair pair) {
		String organization = GlobalId.encode("Organization", 2);
		String onReplica = "Only on the replica " + NAMES.incrementAndGet();
		String coordinator = token(this.cluster.a(), "COORDINATOR");
		String primaryName = nameOf(graphQl(this.cluster.b(), coordinator), organization);
		// Once replicated, changed on the replica alone: where a read was answered shows.
		await().atMost(PATIENCE).until(() -> {
			pair.onReplica("UPDATE " + TwoInstances.PAIR_DATABASE + ".organization SET name_en = '" + onReplica
					+ "' WHERE id = 2");
			return onReplica.equals(nameOf(anonymous(this.cluster.b()), organization));
		});
		assertThat(nameOf(graphQl(this.cluster.b(), coordinator), organization)).as("before it writes")
			.isEqualTo(onReplica);

		publishedEvent(graphQl(this.cluster.a(), coordinator));

		assertThat(nameOf(graphQl(this.cluster.b(), coordinator), organization)).as("on B, right after it wrote on A")
			.isEqualTo(primaryName);
		assertThat(nameOf(anonymous(this.cluster.b()), organization)).as("anyone else").isEqualTo(onReplica);
	}

	private static String nameOf(HttpGraphQlTester client, String organization) {
		return client.document("query($id: ID!) { node(id: $id) { ... on Organization { names { en } } } }")
			.variable("id", organization)
			.execute()
			.errors()
			.verify()
			.path("node.names.en")
			.entity(String.class)
			.get();
	}

	private static HttpGraphQlTester anonymous(String baseUrl) {
		return HttpGraphQlTester.create(client(baseUrl).mutate().baseUrl(baseUrl + "/graphql").build());
	}

	/**
	 * Registers a new document on one instance, and whether the other runs it by hash.
	 */
	private static boolean runsByHash(String registeredOn, String sentTo) {
		String document = "{ jointLabs(first: 1) { totalCount } } # " + NAMES.incrementAndGet();
		Map<String, Object> extensions = Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", sha256(document)));
		assertThat(post(registeredOn, null, Map.of("query", document, "extensions", extensions)).getStatus().value())
			.isEqualTo(200);
		return new String(post(sentTo, null, Map.of("extensions", extensions)).getResponseBodyContent())
			.contains("\"totalCount\"");
	}

	private static String createdLab(HttpGraphQlTester client, Map<String, Object> input) {
		GraphQlTester.Response response = client.documentName("labs/createJointLab").variable("input", input).execute();
		response.path("createJointLab.userErrors").entityList(Object.class).hasSize(0);
		return response.path("createJointLab.jointLab.id").entity(String.class).get();
	}

	/** Subscribes anonymously to publications through {@code baseUrl}, once held. */
	private BlockingQueue<Object> subscribe(String baseUrl) {
		long before = opened();
		WebSocketGraphQlTester connection = WebSocketGraphQlTester
			.create(URI.create(baseUrl.replace("http:", "ws:") + "/graphql"), new ReactorNettyWebSocketClient());
		this.connections.add(connection);
		BlockingQueue<Object> messages = new LinkedBlockingQueue<>();
		this.open.add(connection.documentName("live/investmentEventPublished")
			.executeSubscription()
			.toFlux()
			.subscribe(messages::add, messages::add));
		await().atMost(PATIENCE).until(() -> opened() > before);
		return messages;
	}

	private long opened() {
		return this.cluster.contextA().getBean(LiveEvents.class).subscriptionsOpened()
				+ this.cluster.contextB().getBean(LiveEvents.class).subscriptionsOpened();
	}

	private static Map<String, Object> next(BlockingQueue<Object> messages) {
		Object message;
		try {
			message = messages.poll(PATIENCE.toSeconds(), TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		assertThat(message).as("a message within " + PATIENCE).isInstanceOf(GraphQlTester.Response.class);
		return ((GraphQlTester.Response) message).path("investmentEventPublished").entity(OBJECT).get();
	}

	private static String publishedEvent(HttpGraphQlTester coordinator) {
		Map<String, Object> input = new HashMap<>();
		input.put("names",
				Map.of("zhHant", "雙實例論壇", "zhHans", "双实例论坛", "en", "Two-instance forum " + NAMES.incrementAndGet()));
		input.put("kind", "FORUM");
		input.put("cityId", GUANGZHOU);
		input.put("startsOn", "2099-05-01");
		input.put("endsOn", "2099-05-03");
		input.put("hostOrganizationId", HOST);
		GraphQlTester.Response created = coordinator.documentName("events/createInvestmentEvent")
			.variable("input", input)
			.execute();
		String event = created.path("createInvestmentEvent.investmentEvent.id").entity(String.class).get();
		coordinator.documentName("events/publishInvestmentEvent")
			.variable("input", Map.of("id", event, "version", 0))
			.execute()
			.path("publishInvestmentEvent.userErrors")
			.entityList(Object.class)
			.hasSize(0);
		return event;
	}

	private static HttpGraphQlTester graphQl(String baseUrl, String token) {
		return HttpGraphQlTester.create(client(baseUrl).mutate()
			.baseUrl(baseUrl + "/graphql")
			.defaultHeader("Authorization", "Bearer " + token)
			.build());
	}

	private static EntityExchangeResult<byte[]> post(String baseUrl, String token, Map<String, Object> body) {
		WebTestClient.RequestBodySpec request = client(baseUrl).post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON);
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return request.bodyValue(body).exchange().expectBody().returnResult();
	}

	private static String token(String baseUrl, String role) {
		return DevTokens.token(client(baseUrl), role.toLowerCase() + "-" + NAMES.incrementAndGet(), List.of(role),
				null);
	}

	private static WebTestClient client(String baseUrl) {
		return WebTestClient.bindToServer().baseUrl(baseUrl).responseTimeout(Duration.ofSeconds(60)).build();
	}

	private static String sha256(String text) {
		try {
			return java.util.HexFormat.of()
				.formatHex(java.security.MessageDigest.getInstance("SHA-256")
					.digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
