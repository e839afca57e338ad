// Counts lost and duplicated subscription messages while the benchmark's load runs (run.sh --instances 2):
// opens --subscribers anonymous subscriptions to investmentEventPublished through the load balancer (so that
// they land on every instance), publishes --events investment events through it as a coordinator (so that
// they are made on every instance), and checks that each subscriber received each event exactly once.
// Writes a JSON summary; exits 1 on any loss or duplicate.
//
//   java src/bench/scale-out/SubscriptionCheck.java http://127.0.0.1:18080 target/bench/subscriptions.json 8 40
//
// A single-file program on the JDK's own WebSocket client (java.net.http), so that it needs no build: the
// benchmark's Gatling simulation measures request load, this counts messages.
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class SubscriptionCheck {

	private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

	private static final Pattern EVENT_ID = Pattern.compile("\"investmentEvent\"\\s*:\\s*\\{\\s*\"id\"\\s*:\\s*\"([^\"]+)\"");

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	public static void main(String[] args) throws Exception {
		String base = args[0];
		Path out = Path.of(args[1]);
		int subscribers = Integer.parseInt(args[2]);
		int events = Integer.parseInt(args[3]);
		List<Map<String, AtomicInteger>> received = new ArrayList<>();
		List<WebSocket> sockets = new ArrayList<>();
		CountDownLatch acknowledged = new CountDownLatch(subscribers);
		for (int i = 0; i < subscribers; i++) {
			Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
			received.add(counts);
			sockets.add(subscribe(base, counts, acknowledged));
		}
		if (!acknowledged.await(30, TimeUnit.SECONDS)) {
			throw new IllegalStateException("Not every subscriber was acknowledged within 30 s");
		}
		// connection_ack precedes the subscription's registration by a moment, and the protocol says
		// nothing when it is held: warm-up events are published until every subscriber has received one,
		// and only the events published after that are counted.
		String token = token(base);
		long ready = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		for (int i = 0; !received.stream().allMatch((counts) -> !counts.isEmpty()); i++) {
			if (System.nanoTime() > ready) {
				throw new IllegalStateException("Not every subscriber received a warm-up event within 30 s");
			}
			publish(base, token, -1 - i);
		}
		List<String> published = new ArrayList<>();
		for (int i = 0; i < events; i++) {
			published.add(publish(base, token, i));
		}
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (System.nanoTime() < deadline && !complete(received, published)) {
			Thread.sleep(100);
		}
		int lost = 0;
		int duplicated = 0;
		for (Map<String, AtomicInteger> counts : received) {
			for (String event : published) {
				AtomicInteger count = counts.get(event);
				if (count == null) {
					lost++;
				}
				else if (count.get() > 1) {
					duplicated += count.get() - 1;
				}
			}
		}
		sockets.forEach((socket) -> socket.sendClose(WebSocket.NORMAL_CLOSURE, "done"));
		String summary = "{\"subscribers\": %d, \"events\": %d, \"expectedMessages\": %d, \"lost\": %d, \"duplicated\": %d}"
			.formatted(subscribers, events, subscribers * events, lost, duplicated);
		Files.writeString(out, summary + "\n");
		System.out.println("[subscriptions] " + summary);
		System.exit((lost == 0 && duplicated == 0) ? 0 : 1);
	}

	private static boolean complete(List<Map<String, AtomicInteger>> received, List<String> published) {
		return received.stream().allMatch((counts) -> counts.keySet().containsAll(published));
	}

	private static WebSocket subscribe(String base, Map<String, AtomicInteger> counts, CountDownLatch acknowledged) {
		URI uri = URI.create(base.replaceFirst("^http", "ws") + "/graphql");
		WebSocket.Listener listener = new WebSocket.Listener() {

			private final StringBuilder text = new StringBuilder();

			@Override
			public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
				this.text.append(data);
				if (last) {
					String message = this.text.toString();
					this.text.setLength(0);
					if (message.contains("\"connection_ack\"")) {
						socket.sendText("{\"id\":\"1\",\"type\":\"subscribe\",\"payload\":{\"query\":"
								+ "\"subscription { investmentEventPublished { id } }\"}}", true);
						acknowledged.countDown();
					}
					else if (message.contains("\"next\"")) {
						Matcher id = ID.matcher(message.substring(message.indexOf("investmentEventPublished")));
						if (id.find()) {
							counts.computeIfAbsent(id.group(1), (key) -> new AtomicInteger()).incrementAndGet();
						}
					}
					else if (message.contains("\"ping\"")) {
						socket.sendText("{\"type\":\"pong\"}", true);
					}
				}
				socket.request(1);
				return null;
			}

		};
		WebSocket socket = HTTP.newWebSocketBuilder()
			.subprotocols("graphql-transport-ws")
			.buildAsync(uri, listener)
			.join();
		socket.sendText("{\"type\":\"connection_init\"}", true);
		return socket;
	}

	private static String token(String base) throws Exception {
		String body = post(base + "/dev/token", null,
				"{\"subject\": \"subscription-check\", \"roles\": [\"COORDINATOR\"]}");
		Matcher token = Pattern.compile("\"accessToken\"\\s*:\\s*\"([^\"]+)\"").matcher(body);
		if (!token.find()) {
			throw new IllegalStateException("No token from /dev/token: " + body);
		}
		return token.group(1);
	}

	/** Creates and publishes an event (two requests: through the balancer, usually on two instances). */
	private static String publish(String base, String token, int n) throws Exception {
		String create = """
				{"query": "mutation($input: CreateInvestmentEventInput!) { createInvestmentEvent(input: $input) { investmentEvent { id } userErrors { message } } }",
				 "variables": {"input": {"names": {"zhHant": "檢查", "zhHans": "检查", "en": "Subscription check %d %d"},
				  "kind": "FORUM", "cityId": "Q2l0eTox", "startsOn": "2099-05-01", "endsOn": "2099-05-03",
				  "hostOrganizationId": "T3JnYW5pemF0aW9uOjM1"}}}
				""".formatted(System.currentTimeMillis(), n);
		String created = post(base + "/graphql", token, create);
		Matcher id = EVENT_ID.matcher(created);
		if (!id.find()) {
			throw new IllegalStateException("Event not created: " + created);
		}
		String publish = """
				{"query": "mutation($input: PublishInvestmentEventInput!) { publishInvestmentEvent(input: $input) { userErrors { message } } }",
				 "variables": {"input": {"id": "%s", "version": 0}}}
				""".formatted(id.group(1));
		String published = post(base + "/graphql", token, publish);
		if (!published.contains("\"userErrors\":[]")) {
			throw new IllegalStateException("Event not published: " + published);
		}
		return id.group(1);
	}

	private static String post(String url, String token, String json) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofSeconds(60))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
		}
		return response.body();
	}

}
