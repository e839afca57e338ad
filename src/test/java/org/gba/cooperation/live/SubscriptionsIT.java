package org.gba.cooperation.live;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.gba.cooperation.security.DevTokenIssuer;
import org.gba.cooperation.security.SecurityProperties;
import org.gba.cooperation.shared.GlobalId;
import org.gba.cooperation.support.WriteIntegrationTestSupport;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.client.WebSocketGraphQlClientInterceptor;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.graphql.test.tester.WebSocketGraphQlTester;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.socket.CloseStatus;
import org.springframework.web.reactive.socket.WebSocketHandler;
import org.springframework.web.reactive.socket.WebSocketSession;
import org.springframework.web.reactive.socket.client.ReactorNettyWebSocketClient;
import reactor.core.Disposable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Subscriptions over WebSocket (graphql-transport-ws) and Server-Sent Events at
 * {@code /graphql}: committed changes reach their subscribers, rolled-back ones never do,
 * each subscriber receives what it may query only, bad tokens are refused, and a client
 * that leaves releases its subscription. Absence is never awaited: a later committed
 * change is sent, and the first message must be that one.
 */
@Import(SubscriptionsIT.FailingCommits.class)
@ExtendWith(OutputCaptureExtension.class)
class SubscriptionsIT extends WriteIntegrationTestSupport {

	/**
	 * The Department of Commerce of Guangdong Province: hosts the events the tests
	 * create.
	 */
	private static final String HOST = GlobalId.encode("Organization", 35);

	/** SenseTime: invests. */
	private static final String SENSETIME = GlobalId.encode("Organization", 52);

	/** Guangdong University of Technology: leads labs and projects. */
	private static final String GDUT = GlobalId.encode("Organization", 5);

	/** Companhia de Seguros de Macau: leads labs of its own. */
	private static final String OUTSIDER = GlobalId.encode("Organization", 70);

	private static final String GUANGZHOU = GlobalId.encode("City", 1);

	private static final String INTEGRATED_CIRCUITS = GlobalId.encode("Sector", 1);

	private static final Duration PATIENCE = Duration.ofSeconds(15);

	private static final AtomicInteger NAMES = new AtomicInteger();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<Map<String, Object>> OBJECT_MAP = new TypeReference<>() {
	};

	@Autowired
	private LiveEvents liveEvents;

	@Autowired
	private DevTokenIssuer devIssuer;

	@Autowired
	private SecurityProperties security;

	@Autowired
	private FailingCommits failingCommits;

	private final List<Disposable> open = new ArrayList<>();

	private final List<WebSocketGraphQlTester> connections = new ArrayList<>();

	@AfterEach
	void closeEverything() {
		this.open.forEach(Disposable::dispose);
		this.connections.forEach((connection) -> connection.stop().block(PATIENCE));
	}

	@Test
	void aWebSocketSubscriberSeesADealTheMomentAnotherClientRecordsIt() {
		String event = publishedEvent();
		Messages deals = subscribe(webSocket(null).documentName("live/dealSigned").variable("eventId", event));

		String deal = recordDeal(event, "Chip packaging line");

		Map<String, Object> signed = deals.next("dealSigned");
		assertThat(signed).containsEntry("id", deal)
			.containsEntry("title", "Chip packaging line")
			.containsEntry("amount", Map.of("amount", "880000.00", "currency", "HKD"))
			.containsEntry("event", Map.of("id", event));
		assertThat(((Map<?, ?>) signed.get("investor")).get("id")).isEqualTo(SENSETIME);
	}

	@Test
	void aDealThatRolledBackIsNeverSent() {
		String event = publishedEvent();
		Messages deals = subscribe(webSocket(null).documentName("live/dealSigned").variable("eventId", event));

		this.failingCommits.failNext();
		GraphQlTester.Response failed = recordDealResponse(event, "Rolled back");
		failed.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getExtensions().get("code")).isEqualTo("INTERNAL_ERROR")));
		recordDeal(event, "Committed after");

		assertThat(deals.next("dealSigned")).containsEntry("title", "Committed after");
	}

	@Test
	void anAnonymousSubscriberIsToldOfAPublication() {
		Messages publications = subscribe(webSocket(null).documentName("live/investmentEventPublished"));

		String event = publishedEvent();

		assertThat(publications.next("investmentEventPublished")).containsEntry("id", event)
			.containsEntry("status", "PUBLISHED")
			.containsEntry("organizers", List.of(Map.of("role", "HOST", "organization", Map.of("id", HOST))));
	}

	@Test
	void aRegistrantIsToldOfItsRegistrationAndItsWithdrawal() {
		String event = publishedEvent();
		Messages registrations = subscribe(
				webSocket(partnerToken(SENSETIME)).documentName("live/registrationChanged").variable("eventId", event));

		Map<String, Object> input = versioned(event, currentVersion(event));
		input.put("organizationId", SENSETIME);
		succeeded(execute(partnerOf(SENSETIME), "events/registerForInvestmentEvent", input),
				"registerForInvestmentEvent", "investmentEvent");
		// Each message is read as its subscriber when it is sent: told of the
		// registration
		// before withdrawing, or a busy machine may send it after the withdrawal
		// committed.
		assertThat(registrations.next("registrationChanged"))
			.isEqualTo(Map.of("status", "REGISTERED", "organization", Map.of("id", SENSETIME)));
		input.put("version", currentVersion(event));
		succeeded(execute(partnerOf(SENSETIME), "events/withdrawRegistration", input), "withdrawRegistration",
				"investmentEvent");

		assertThat(registrations.next("registrationChanged"))
			.isEqualTo(Map.of("status", "WITHDRAWN", "organization", Map.of("id", SENSETIME)));
	}

	@Test
	void anSseSubscriberIsToldOfAProjectStatusChange() throws Exception {
		Map<String, Object> created = newProject();
		String project = (String) created.get("id");
		long before = this.liveEvents.subscriptionsOpened();
		BlockingQueue<ServerSentEvent<Map<String, Object>>> events = sse(
				token("coordinator", List.of("COORDINATOR"), null), document("live/projectStatusChanged"),
				Map.of("projectId", project));
		await().atMost(PATIENCE).until(() -> this.liveEvents.subscriptionsOpened() > before);

		// A CANCELLED project is not public, but a coordinator sees every project.
		changeProjectStatus(created, "CANCELLED");

		ServerSentEvent<Map<String, Object>> next = events.poll(PATIENCE.toSeconds(), TimeUnit.SECONDS);
		assertThat(next).isNotNull();
		assertThat(next.event()).isEqualTo("next");
		assertThat(next.data()).containsEntry("data",
				Map.of("projectStatusChanged", Map.of("id", project, "status", "CANCELLED")));
	}

	@Test
	void aPartnerIsNotToldOfAnotherOrganisationsDraftLab() {
		Messages outsider = subscribe(webSocket(partnerToken(OUTSIDER)).documentName("live/jointLabStatusChanged"));
		Messages lead = subscribe(webSocket(partnerToken(GDUT)).documentName("live/jointLabStatusChanged"));

		// A PLANNED lab of GDUT's starts construction: not public, so only its members
		// see it.
		String gdutLab = changeLabStatus(newLab(GDUT), "UNDER_CONSTRUCTION");
		String outsidersLab = changeLabStatus(newLab(OUTSIDER), "UNDER_CONSTRUCTION");

		assertThat(outsider.next("jointLabStatusChanged")).containsEntry("id", outsidersLab);
		Map<String, Object> seenByLead = lead.next("jointLabStatusChanged");
		assertThat(seenByLead).containsEntry("id", gdutLab).containsEntry("status", "UNDER_CONSTRUCTION");
		// The fields of a message are read as the subscriber too: its organisation's
		// drafts are counted.
		Map<?, ?> member = (Map<?, ?>) ((Map<?, ?>) list(seenByLead, "members").get(0)).get("organization");
		assertThat(member.get("id")).isEqualTo(GDUT);
		assertThat((Integer) ((Map<?, ?>) member.get("jointLabs")).get("totalCount")).isPositive();
	}

	@Test
	void aSubscriptionIsCheckedAgainstTheLimitsOfEveryRequest() throws Exception {
		String tooDeep = "subscription { jointLabStatusChanged { members { organization { jointLabs { nodes {"
				+ " members { organization { jointLabs { nodes { members { organization { jointLabs { nodes {"
				+ " members { organization { id } } } } } } } } } } } } } } } }";

		BlockingQueue<ServerSentEvent<Map<String, Object>>> events = sse(null, tooDeep, Map.of());

		ServerSentEvent<Map<String, Object>> refused = events.poll(PATIENCE.toSeconds(), TimeUnit.SECONDS);
		assertThat(refused).isNotNull();
		assertThat(refused.event()).isEqualTo("next");
		List<Map<String, Object>> errors = list(refused.data(), "errors");
		assertThat(errors).singleElement()
			.satisfies((error) -> assertThat(((Map<?, ?>) error.get("extensions")).get("code"))
				.isEqualTo("QUERY_TOO_DEEP"));
		ServerSentEvent<Map<String, Object>> then = events.poll(PATIENCE.toSeconds(), TimeUnit.SECONDS);
		assertThat(then).isNotNull();
		assertThat(then.event()).isEqualTo("complete");
	}

	@Test
	void aDocumentLargerThanTomcatsDefaultWebSocketBufferIsTaken() throws Exception {
		long before = this.liveEvents.subscriptionsOpened();
		String large = "# " + "x".repeat(12_000) + "\n" + document("live/jointLabStatusChanged");

		subscribe(webSocket(null).document(large));

		assertThat(this.liveEvents.subscriptionsOpened()).isEqualTo(before + 1);
	}

	@Test
	void anInvalidTokenInConnectionInitClosesTheConnectionWith4401() {
		CloseStatus status = closeStatusAfterInit(
				"{\"type\":\"connection_init\",\"payload\":{\"Authorization\":\"Bearer not-a-token\"}}");

		assertThat(status.getCode()).isEqualTo(4401);
	}

	@Test
	void aTokenThatIsNotBearerClosesTheConnectionWith4401() {
		CloseStatus status = closeStatusAfterInit(
				"{\"type\":\"connection_init\",\"payload\":{\"Authorization\":\"Basic YTpi\"}}");

		assertThat(status.getCode()).isEqualTo(4401);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "{\"type\":\"connection_init\",\"payload\":\"abc\"}",
			"{\"type\":\"connection_init\",\"payload\":[1]}", "{\"type\":\"connection_init\",\"payload\":42}",
			"not json", "[\"connection_init\"]", "{\"type\":7}" })
	void aMessageThatIsNotAGraphQlTransportWsMessageClosesTheConnectionWith4400(String message, CapturedOutput output) {
		CloseStatus status = closeStatusAfterInit(message);

		assertThat(status.getCode()).isEqualTo(4400);
		assertThat(output).doesNotContain("ClassCastException").doesNotContain("HttpMessageNotReadableException");
	}

	@Test
	void aConnectionClosesWith4401WhenItsTokenExpiresAndItsSubscriptionsEnd() {
		// Expired a moment short of the clock skew (60 s): accepted at connection_init
		// (with
		// time to spare on a busy machine), expiring a few seconds later.
		Instant now = Instant.now();
		String token = this.devIssuer
			.sign(JwtClaimsSet.builder()
				.issuer(this.security.devIssuer().issuer())
				.subject("expiring-analyst")
				.audience(List.of(this.security.audience()))
				.issuedAt(now.minusSeconds(600))
				.expiresAt(now.minus(this.security.clockSkew()).plusSeconds(4))
				.claim("roles", List.of("ANALYST"))
				.build())
			.getTokenValue();
		int held = this.liveEvents.subscriberCount();
		long before = this.liveEvents.subscriptionsOpened();
		BlockingQueue<String> received = new LinkedBlockingQueue<>();
		BlockingQueue<CloseStatus> closed = new LinkedBlockingQueue<>();

		Disposable connection = new ReactorNettyWebSocketClient()
			.execute(URI.create("ws://localhost:" + this.port + "/graphql"),
					new RawClient(List.of(
							"{\"type\":\"connection_init\",\"payload\":{\"Authorization\":\"Bearer " + token + "\"}}",
							"{\"id\":\"1\",\"type\":\"subscribe\",\"payload\":{\"query\":"
									+ "\"subscription { jointLabStatusChanged { id } }\"}}"),
							received, closed))
			.subscribe();
		this.open.add(connection);

		await().atMost(PATIENCE).until(() -> this.liveEvents.subscriptionsOpened() > before);
		CloseStatus status = await().atMost(PATIENCE).until(closed::peek, (peeked) -> peeked != null);

		assertThat(status.getCode()).isEqualTo(4401);
		assertThat(received).first().asString().contains("connection_ack");
		// At most as many as before (those of earlier tests may end meanwhile): this one
		// ended.
		await().atMost(PATIENCE).until(() -> this.liveEvents.subscriberCount() <= held);
	}

	@Test
	void everyMessageOfASubscriptionReportsTheCallersOwnBucket() throws Exception {
		long before = this.liveEvents.subscriptionsOpened();
		BlockingQueue<ServerSentEvent<Map<String, Object>>> events = sse(null,
				document("live/investmentEventPublished"), Map.of());
		await().atMost(PATIENCE).until(() -> this.liveEvents.subscriptionsOpened() > before);

		publishedEvent();

		ServerSentEvent<Map<String, Object>> message = events.poll(PATIENCE.toSeconds(), TimeUnit.SECONDS);
		assertThat(message).isNotNull();
		Map<?, ?> extensions = (Map<?, ?>) message.data().get("extensions");
		Map<?, ?> throttleStatus = (Map<?, ?>) ((Map<?, ?>) extensions.get("cost")).get("throttleStatus");
		// The suite's anonymous bucket (GraphQlIntegrationTest): a billion points,
		// restored at a billion a second.
		assertThat(throttleStatus.get("maximumAvailable")).isEqualTo(1_000_000_000);
		assertThat(throttleStatus.get("restoreRate")).isEqualTo(1_000_000_000);
	}

	@Test
	void aTokenInTheUrlIsRefusedAtTheHandshake() {
		String coordinator = token("coordinator", List.of("COORDINATOR"), null);

		this.http.get()
			.uri("/graphql?access_token=" + coordinator)
			.header("Upgrade", "websocket")
			.header("Connection", "Upgrade")
			.header("Sec-WebSocket-Version", "13")
			.header("Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ==")
			.header("Sec-WebSocket-Protocol", "graphql-transport-ws")
			.exchange()
			.expectStatus()
			.isBadRequest();
	}

	@Test
	void aClientThatDisconnectsMidStreamReleasesItsSubscription() {
		int held = this.liveEvents.subscriberCount();
		WebSocketGraphQlTester connection = webSocket(null);
		subscribe(connection.documentName("live/jointLabStatusChanged"));

		connection.stop().block(PATIENCE);

		// At most as many as before (those of earlier tests may end meanwhile): this one
		// ended.
		await().atMost(PATIENCE).until(() -> this.liveEvents.subscriberCount() <= held);
	}

	// Given...

	/**
	 * A WebSocket connection, signed in with the token (in connection_init) if one is
	 * given.
	 */
	private WebSocketGraphQlTester webSocket(@Nullable String token) {
		WebSocketGraphQlTester.Builder<?> builder = WebSocketGraphQlTester
			.builder("ws://localhost:" + this.port + "/graphql", new ReactorNettyWebSocketClient());
		if (token != null) {
			builder.interceptor(new WebSocketGraphQlClientInterceptor() {
				@Override
				public Mono<Object> connectionInitPayload() {
					return Mono.just(Map.of("Authorization", "Bearer " + token));
				}
			});
		}
		WebSocketGraphQlTester connection = builder.build();
		this.connections.add(connection);
		return connection;
	}

	/** Subscribes, and returns once the server holds the subscription. */
	private Messages subscribe(GraphQlTester.Request<?> request) {
		long before = this.liveEvents.subscriptionsOpened();
		Messages messages = new Messages();
		this.open.add(request.executeSubscription().toFlux().subscribe(messages.received::add, messages.received::add));
		await().atMost(PATIENCE).until(() -> this.liveEvents.subscriptionsOpened() > before);
		return messages;
	}

	/** The events of a subscription over SSE, as they come. */
	private BlockingQueue<ServerSentEvent<Map<String, Object>>> sse(@Nullable String token, String document,
			Map<String, Object> variables) {
		BlockingQueue<ServerSentEvent<Map<String, Object>>> events = new LinkedBlockingQueue<>();
		WebClient.RequestBodySpec request = WebClient.create("http://localhost:" + this.port)
			.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.TEXT_EVENT_STREAM);
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		this.open.add(request.bodyValue(Map.of("query", document, "variables", variables))
			.retrieve()
			.bodyToFlux(new ParameterizedTypeReference<ServerSentEvent<String>>() {
			})
			// "complete" has empty data: read as text, then as JSON where there is any.
			.map((event) -> ServerSentEvent.<Map<String, Object>>builder()
				.event(event.event())
				.data((event.data() == null || event.data().isBlank()) ? null
						: JSON.readValue(event.data(), OBJECT_MAP))
				.build())
			.subscribe(events::add));
		return events;
	}

	private CloseStatus closeStatusAfterInit(String init) {
		BlockingQueue<CloseStatus> statuses = new LinkedBlockingQueue<>();
		WebSocketHandler recording = new WebSocketHandler() {

			@Override
			public Mono<Void> handle(WebSocketSession session) {
				return session.send(Mono.just(session.textMessage(init)))
					.then(session.closeStatus().doOnNext(statuses::add))
					.then();
			}

			@Override
			public List<String> getSubProtocols() {
				return List.of("graphql-transport-ws");
			}

		};
		new ReactorNettyWebSocketClient().execute(URI.create("ws://localhost:" + this.port + "/graphql"), recording)
			.block(PATIENCE);
		return statuses.poll();
	}

	/**
	 * A raw graphql-transport-ws client: sends its messages in turn, one per message
	 * received, and records what it gets.
	 */
	private record RawClient(List<String> toSend, BlockingQueue<String> received,
			BlockingQueue<CloseStatus> closed) implements WebSocketHandler {

		@Override
		public Mono<Void> handle(WebSocketSession session) {
			AtomicInteger next = new AtomicInteger(1);
			Mono<Void> first = session.send(Mono.just(session.textMessage(this.toSend.get(0))));
			Mono<Void> replies = session.send(session.receive()
				.map((message) -> message.getPayloadAsText())
				.doOnNext(this.received::add)
				.filter((text) -> next.get() < this.toSend.size())
				.map((text) -> session.textMessage(this.toSend.get(next.getAndIncrement()))));
			return first.then(Mono.when(replies, session.closeStatus().doOnNext(this.closed::add)));
		}

		@Override
		public List<String> getSubProtocols() {
			return List.of("graphql-transport-ws");
		}

	}

	private String partnerToken(String organization) {
		return token("partner-" + organization, List.of("PARTNER"), organization);
	}

	/** A published event (version 1) hosted by {@link #HOST}, starting 2099-05-01. */
	private String publishedEvent() {
		Map<String, Object> input = new HashMap<>();
		input.put("names", Map.of("zhHant", "直播論壇", "zhHans", "直播论坛", "en", "Live forum " + NAMES.incrementAndGet()));
		input.put("kind", "FORUM");
		input.put("cityId", GUANGZHOU);
		input.put("startsOn", "2099-05-01");
		input.put("endsOn", "2099-05-03");
		input.put("hostOrganizationId", HOST);
		String event = idOf(execute(this.graphQl, "events/createInvestmentEvent", input), "createInvestmentEvent",
				"investmentEvent");
		succeeded(execute(this.graphQl, "events/publishInvestmentEvent", versioned(event, 0)), "publishInvestmentEvent",
				"investmentEvent");
		return event;
	}

	private GraphQlTester.Response recordDealResponse(String event, String title) {
		Map<String, Object> input = versioned(event, 1);
		input.put("investorId", SENSETIME);
		input.put("sectorId", INTEGRATED_CIRCUITS);
		input.put("amount", Map.of("amount", "880000.00", "currency", "HKD"));
		input.put("signedOn", "2099-05-02");
		input.put("titles", Map.of("zhHant", "芯片", "zhHans", "芯片", "en", title));
		input.put("version", currentVersion(event));
		return execute(this.graphQl, "events/recordDeal", input);
	}

	/** Records a deal and answers its ID. */
	private String recordDeal(String event, String title) {
		Map<String, Object> recorded = succeeded(recordDealResponse(event, title), "recordDeal", "investmentEvent");
		List<Map<String, Object>> deals = list(recorded, "deals");
		return deals.stream()
			.filter((deal) -> title.equals(deal.get("title")))
			.map((deal) -> (String) deal.get("id"))
			.findFirst()
			.orElseThrow();
	}

	private int currentVersion(String event) {
		return this.graphQl.document("query($id: ID!) { investmentEvent(id: $id) { version } }")
			.variable("id", event)
			.execute()
			.path("investmentEvent.version")
			.entity(Integer.class)
			.get();
	}

	/** A PLANNED lab, created by a partner of its lead. */
	private Map<String, Object> newLab(String lead) {
		Map<String, Object> input = jointLabInput(
				Map.of("zhHant", "直播實驗室", "zhHans", "直播实验室", "en", "Live lab " + NAMES.incrementAndGet()),
				INTEGRATED_CIRCUITS, GUANGZHOU, null);
		return succeeded(execute(partnerOf(lead), "labs/createJointLab", input), "createJointLab", "jointLab");
	}

	/** Changes the lab's status as a coordinator, and answers its ID. */
	private String changeLabStatus(Map<String, Object> lab, String status) {
		Map<String, Object> input = versioned((String) lab.get("id"), (Integer) lab.get("version"));
		input.put("status", status);
		return idOf(execute(this.graphQl, "labs/changeJointLabStatus", input), "changeJointLabStatus", "jointLab");
	}

	private Map<String, Object> newProject() {
		Map<String, Object> input = new HashMap<>();
		input.put("names", Map.of("zhHant", "直播項目", "zhHans", "直播项目", "en", "Live project " + NAMES.incrementAndGet()));
		input.put("sectorId", INTEGRATED_CIRCUITS);
		input.put("cityId", GUANGZHOU);
		input.put("descriptions", Map.of("en", "A project whose status is watched live."));
		input.put("startDate", "2027-01-01");
		input.put("leadOrganizationId", GDUT);
		return succeeded(execute(this.graphQl, "projects/createCrossBorderProject", input), "createCrossBorderProject",
				"crossBorderProject");
	}

	private void changeProjectStatus(Map<String, Object> project, String status) {
		Map<String, Object> input = versioned((String) project.get("id"), (Integer) project.get("version"));
		input.put("status", status);
		succeeded(execute(this.graphQl, "projects/changeProjectStatus", input), "changeProjectStatus",
				"crossBorderProject");
	}

	private static String idOf(GraphQlTester.Response response, String mutation, String object) {
		return (String) succeeded(response, mutation, object).get("id");
	}

	private static String document(String name) throws Exception {
		return new ClassPathResource("graphql-test/" + name + ".graphql").getContentAsString(StandardCharsets.UTF_8);
	}

	/** The messages of one subscription, in order; an error ends them. */
	private static final class Messages {

		private final BlockingQueue<Object> received = new LinkedBlockingQueue<>();

		/** The data of the next message, waiting for it as long as {@link #PATIENCE}. */
		Map<String, Object> next(String field) {
			Object message;
			try {
				message = this.received.poll(PATIENCE.toSeconds(), TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			assertThat(message).as("a message within " + PATIENCE).isInstanceOf(GraphQlTester.Response.class);
			return ((GraphQlTester.Response) message).path(field).entity(OBJECT).get();
		}

	}

	/**
	 * A test-only failure: the next transaction that publishes a change fails just before
	 * it commits.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class FailingCommits {

		private final AtomicBoolean failNext = new AtomicBoolean();

		void failNext() {
			this.failNext.set(true);
		}

		@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
		void beforeCommit(LiveEvent change) {
			if (this.failNext.compareAndSet(true, false)) {
				throw new IllegalStateException("A failure before commit, forced by the test");
			}
		}

	}

}
