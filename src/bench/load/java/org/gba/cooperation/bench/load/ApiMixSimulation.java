package org.gba.cooperation.bench.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

/**
 * The benchmark's fixed mix, against a running benchmark application (src/bench/app.sh,
 * dev issuer on): each virtual client runs the whole mix once, in order, and is replaced
 * at once by a new one, so that the number of clients stays constant (closed model); one
 * level of clients after the other, after a warm-up. Requests are named
 * {@code <request> @<clients>} so that each level is reported apart.
 *
 * <p>
 * Before the load, with the application otherwise idle, the probe counts the SQL
 * statements of each request of the mix alone (and of a nested page at 10 and at 100
 * rows) through {@code GET /bench/metrics}, and writes them to {@code bench.probe-file}.
 */
public class ApiMixSimulation extends Simulation {

	private final BenchSettings settings = BenchSettings.fromSystemProperties();

	private final BenchApi api = new BenchApi(this.settings.probeUrl());

	private final Map<String, String> documents = BenchApi.operations(BenchSettings.MIX);

	private final String token = this.api.coordinatorToken();

	private final String dashboardBody;

	private final List<String> nodeIds = new ArrayList<>();

	private final String search;

	private final String firstPageBody;

	private final String deepPageBody;

	private final boolean baseline;

	private final AtomicLong people = new AtomicLong();

	/** The 429 answers of the mixed scenario, per request. */
	private final Map<String, AtomicLong> overloaded = new ConcurrentSkipListMap<>();

	/**
	 * When each phase ran: the first client's start and the last one's end, in epoch
	 * milliseconds, written to {@code phases.json} beside {@code overloaded.json} so that
	 * the report attributes the app's CPU time (run.sh's {@code cpu.tsv}) to each phase.
	 */
	private final Map<String, long[]> phases = new ConcurrentSkipListMap<>();

	public ApiMixSimulation() {
		// The document's variables have defaults that keep its answer the same whatever
		// today is.
		this.dashboardBody = BenchApi.body(BenchApi.read(this.settings.dashboardDocument()), Map.of());

		JsonNode start = this.api.graphQl(this.documents.get("Start"), Map.of());
		start.path("crossBorderProjects")
			.path("nodes")
			.forEach((project) -> this.nodeIds.add(project.path("id").asText()));
		if (this.nodeIds.isEmpty()) {
			throw new IllegalStateException("No cross-border project to look up: load data first");
		}
		this.search = searchWord(start.path("crossBorderProjects").path("nodes").get(0).path("name").asText());

		this.firstPageBody = BenchApi.body(this.documents.get("Page"), Map.of("first", this.settings.pageSize()));
		Deep deep = deepCursor();
		this.deepPageBody = BenchApi.body(this.documents.get("Page"), deepVariables(deep));

		this.baseline = this.settings.hasBaseline() && this.api.statusOf(this.settings.baselinePath()) == 200;
		if (this.settings.hasBaseline() && !this.baseline) {
			System.err.println("[bench] WARNING: no baseline at GET " + this.settings.baselinePath()
					+ ": the dashboard runs through GraphQL only");
		}
		probe(deep);

		HttpProtocolBuilder protocol = http.baseUrl(this.settings.baseUrl())
			.acceptHeader("application/json")
			.contentTypeHeader("application/json")
			.shareConnections();

		// Per level: the mix, then the dashboard through GraphQL alone, then through the
		// baseline alone,
		// each with the same number of clients for the same time, so that their
		// throughputs compare.
		List<PopulationBuilder> phases = new ArrayList<>();
		if (!this.settings.warmUp().isZero()) {
			phases.add(phase(mix("warm-up"), 4, this.settings.warmUp()));
			phases
				.add(phase(dashboard("graphql", "warm-up", anonymous("dashboard-graphql @warm-up", this.dashboardBody)),
						4, this.settings.warmUp()));
			if (this.baseline) {
				phases.add(phase(dashboard("baseline", "warm-up", baseline("dashboard-baseline @warm-up")), 4,
						this.settings.warmUp()));
			}
		}
		for (int clients : this.settings.clients()) {
			String level = String.valueOf(clients);
			phases.add(phase(mix(level), clients, this.settings.duration()));
			phases.add(phase(dashboard("graphql", level, anonymous("dashboard-graphql @" + level, this.dashboardBody)),
					clients, this.settings.duration()));
			if (this.baseline) {
				phases.add(phase(dashboard("baseline", level, baseline("dashboard-baseline @" + level)), clients,
						this.settings.duration()));
			}
		}
		// The mixed scenario, last: the partner clients alone, then the same clients
		// while
		// the heavy clients run statistics and filtered search beside them, both at once.
		PopulationBuilder chain;
		int last = phases.size() - 1;
		if (this.settings.partnerClients() > 0) {
			phases.add(phase(partner("alone"), this.settings.partnerClients(), this.settings.duration()));
			last = phases.size() - 1;
			chain = phases.get(last)
				.andThen(phase(partner("loaded"), this.settings.partnerClients(), this.settings.duration()),
						phase(heavy("loaded"), this.settings.heavyClients(), this.settings.duration()));
		}
		else {
			chain = phases.get(last);
		}
		for (int i = last - 1; i >= 0; i--) {
			chain = phases.get(i).andThen(chain);
		}
		SetUp setUp = setUp(chain).protocols(protocol);
		if (Boolean.getBoolean("bench.fail-on-error")) {
			setUp.assertions(global().failedRequests().count().is(0L));
		}
	}

	private static PopulationBuilder phase(ScenarioBuilder scenario, int clients, java.time.Duration duration) {
		return scenario.injectClosed(constantConcurrentUsers(clients).during(duration));
	}

	/**
	 * The dashboard alone, one request per client, through GraphQL or the baseline
	 * ({@code way}).
	 */
	private ScenarioBuilder dashboard(String way, String level, HttpRequestActionBuilder request) {
		String phase = "dashboard-" + way + " @" + level;
		return scenario(phase).exec(mark(phase)).exec(request).exec(mark(phase));
	}

	/** Records that a client of the phase starts or ends now. */
	private Function<Session, Session> mark(String phase) {
		return (session) -> {
			long now = System.currentTimeMillis();
			this.phases.merge(phase, new long[] { now, now },
					(was, is) -> new long[] { Math.min(was[0], is[0]), Math.max(was[1], is[1]) });
			return session;
		};
	}

	private HttpRequestActionBuilder baseline(String name) {
		return http(name).get(this.settings.baselinePath())
			.check(status().is(200), jsonPath("$.errors").notExists(), jsonPath("$.data.jointLabs").exists());
	}

	/** The mix besides the dashboard, once, for one level (named {@code level}). */
	private ScenarioBuilder mix(String level) {
		String at = " @" + level;
		String nodeDocument = this.documents.get("NodeLookUp");
		String filteredBody = BenchApi.body(this.documents.get("FilteredSearch"), Map.of("search", this.search));
		String statisticsBody = BenchApi.body(this.documents.get("Statistics"), Map.of());
		return scenario("mix" + at).exec(mark("mix" + at))
			.exec(authorized(http("node" + at).post("/graphql"))
				.body(StringBody((session) -> BenchApi.body(nodeDocument,
						Map.of("id", this.nodeIds.get(ThreadLocalRandom.current().nextInt(this.nodeIds.size()))))))
				.check(status().is(200), jsonPath("$.errors").notExists(), jsonPath("$.data.node.id").exists()))
			.exec(graphQl("filtered-search" + at, filteredBody))
			.exec(graphQl("page-first" + at, this.firstPageBody))
			.exec(graphQl("page-deep" + at, this.deepPageBody))
			.exec(graphQl("statistics" + at, statisticsBody))
			.exec(authorized(http("mutation-create" + at).post("/graphql"))
				.body(StringBody(
						(session) -> BenchApi.body(this.documents.get("CreatePerson"), Map.of("input", newPerson()))))
				.check(status().is(200), jsonPath("$.errors").notExists(),
						jsonPath("$.data.createPerson.userErrors[0]").notExists(),
						jsonPath("$.data.createPerson.person.id").saveAs("personId"),
						jsonPath("$.data.createPerson.person.version").ofInt().saveAs("personVersion")))
			// Without its person (a failed create, counted as such) there is nothing to
			// update.
			.exitHereIfFailed()
			.exec(authorized(http("mutation-update" + at).post("/graphql"))
				.body(StringBody((session) -> BenchApi.body(this.documents.get("UpdatePerson"),
						Map.of("input",
								Map.of("id", session.getString("personId"), "version", session.getInt("personVersion"),
										"title", "Visiting professor")))))
				.check(status().is(200), jsonPath("$.errors").notExists(),
						jsonPath("$.data.updatePerson.userErrors[0]").notExists()))
			.exec(mark("mix" + at));
	}

	/**
	 * The partner traffic of the mixed scenario, once per client: the dashboard (as
	 * anonymous, as in its own phase) and a {@code node} look-up, named
	 * {@code partner-dashboard @<phase>} and {@code partner-node @<phase>}.
	 */
	private ScenarioBuilder partner(String phase) {
		String at = " @" + phase;
		String nodeDocument = this.documents.get("NodeLookUp");
		return scenario("partner" + at).exec(mark("mixed" + at))
			.exec(http("partner-dashboard" + at).post("/graphql")
				.body(StringBody(this.dashboardBody))
				.check(countedStatus("partner-dashboard" + at), jsonPath("$.errors").notExists(),
						jsonPath("$.data.jointLabs").exists()))
			.exec(authorized(http("partner-node" + at).post("/graphql"))
				.body(StringBody((session) -> BenchApi.body(nodeDocument,
						Map.of("id", this.nodeIds.get(ThreadLocalRandom.current().nextInt(this.nodeIds.size()))))))
				.check(countedStatus("partner-node" + at), jsonPath("$.errors").notExists(),
						jsonPath("$.data.node.id").exists()))
			.exec(mark("mixed" + at));
	}

	/**
	 * The heavy load of the mixed scenario, once per client: the mix's statistics and
	 * filtered search, named {@code heavy-statistics @<phase>} and
	 * {@code heavy-search @<phase>}. An {@code OVERLOADED} answer (429) is an error, and
	 * counted apart.
	 */
	private ScenarioBuilder heavy(String phase) {
		String at = " @" + phase;
		String filteredBody = BenchApi.body(this.documents.get("FilteredSearch"), Map.of("search", this.search));
		String statisticsBody = BenchApi.body(this.documents.get("Statistics"), Map.of());
		return scenario("heavy" + at).exec(mark("mixed" + at))
			.exec(authorized(http("heavy-statistics" + at).post("/graphql").body(StringBody(statisticsBody))).check(
					countedStatus("heavy-statistics" + at), jsonPath("$.errors").notExists(),
					jsonPath("$.data").exists()))
			.exec(authorized(http("heavy-search" + at).post("/graphql").body(StringBody(filteredBody))).check(
					countedStatus("heavy-search" + at), jsonPath("$.errors").notExists(), jsonPath("$.data").exists()))
			.exec(mark("mixed" + at));
	}

	/**
	 * HTTP 200, counting the 429s ({@code OVERLOADED}: the budgets of the run are too
	 * large to throttle) of the request apart.
	 */
	private CheckBuilder.Final countedStatus(String request) {
		this.overloaded.putIfAbsent(request, new AtomicLong());
		return status().transform((status) -> {
			if (status == 429) {
				this.overloaded.get(request).incrementAndGet();
			}
			return status;
		}).is(200);
	}

	/** Writes the 429s counted per request of the mixed scenario. */
	@Override
	public void after() {
		ObjectNode counts = BenchApi.JSON.createObjectNode();
		this.overloaded.forEach((request, count) -> counts.put(request, count.get()));
		try {
			Files.createDirectories(this.settings.overloadedFile().toAbsolutePath().getParent());
			Files.writeString(this.settings.overloadedFile(), counts.toPrettyString());
			ObjectNode phases = BenchApi.JSON.createObjectNode();
			this.phases.forEach((phase,
					window) -> phases.putObject(phase).put("startMillis", window[0]).put("endMillis", window[1]));
			Files.writeString(this.settings.overloadedFile().resolveSibling("phases.json"), phases.toPrettyString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A GraphQL request of the mix, as the coordinator. */
	private HttpRequestActionBuilder graphQl(String name, String body) {
		return authorized(http(name).post("/graphql").body(StringBody(body))).check(status().is(200),
				jsonPath("$.errors").notExists(), jsonPath("$.data").exists());
	}

	private HttpRequestActionBuilder authorized(HttpRequestActionBuilder request) {
		return request.header("Authorization", "Bearer " + this.token);
	}

	/**
	 * A GraphQL request without a token: the dashboard, as the baseline answers it (what
	 * an anonymous caller sees, in English), so that both do the same work.
	 */
	private static HttpRequestActionBuilder anonymous(String name, String body) {
		return http(name).post("/graphql")
			.body(StringBody(body))
			.check(status().is(200), jsonPath("$.errors").notExists(), jsonPath("$.data.jointLabs").exists());
	}

	private Map<String, Object> newPerson() {
		long n = this.people.incrementAndGet();
		String name = "Bench Person " + n + " " + System.nanoTime();
		return Map.of("names", Map.of("zhHant", "測試人員" + n, "zhHans", "测试人员" + n, "en", name, "pt", name),
				"homeJurisdiction", "HONG_KONG");
	}

	/**
	 * The cursor of the row {@code deepOffset} rows in, reached by walking pages of 100.
	 */
	private Deep deepCursor() {
		String cursor = null;
		int reached = 0;
		boolean more = true;
		while (reached < this.settings.deepOffset() && more) {
			int first = Math.min(100, this.settings.deepOffset() - reached);
			Map<String, Object> variables = new LinkedHashMap<>();
			variables.put("first", first);
			variables.put("after", cursor);
			JsonNode page = this.api.graphQl(this.documents.get("Cursors"), variables).path("talentArrangements");
			JsonNode info = page.path("pageInfo");
			if (info.path("endCursor").isNull() || info.path("endCursor").isMissingNode()) {
				break;
			}
			cursor = info.path("endCursor").asText();
			reached += first;
			more = info.path("hasNextPage").asBoolean();
		}
		if (cursor == null) {
			throw new IllegalStateException("No talent arrangement to page through: load data first");
		}
		if (reached < this.settings.deepOffset()) {
			System.err.println("[bench] WARNING: only " + reached + " talent arrangements: the deep page starts "
					+ reached + " rows in, not " + this.settings.deepOffset());
		}
		return new Deep(cursor, reached);
	}

	private record Deep(String cursor, int offset) {
	}

	private Map<String, Object> deepVariables(Deep deep) {
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put("first", this.settings.pageSize());
		variables.put("after", deep.cursor());
		return variables;
	}

	/**
	 * The statements of each request of the mix alone, with the application otherwise
	 * idle.
	 */
	private void probe(Deep deep) {
		Map<String, String> bodies = new LinkedHashMap<>();
		bodies.put("node", BenchApi.body(this.documents.get("NodeLookUp"), Map.of("id", this.nodeIds.get(0))));
		bodies.put("filtered-search",
				BenchApi.body(this.documents.get("FilteredSearch"), Map.of("search", this.search)));
		bodies.put("page-first", this.firstPageBody);
		bodies.put("page-deep", this.deepPageBody);
		bodies.put("statistics", BenchApi.body(this.documents.get("Statistics"), Map.of()));
		bodies.put("labs-with-members-10", BenchApi.body(this.documents.get("LabsWithMembers"), Map.of("first", 10)));
		bodies.put("labs-with-members-100", BenchApi.body(this.documents.get("LabsWithMembers"), Map.of("first", 100)));
		bodies.put("mutation-create", BenchApi.body(this.documents.get("CreatePerson"), Map.of("input", newPerson())));

		ObjectNode statements = BenchApi.JSON.createObjectNode();
		this.api.statementsOf("POST", "/graphql", this.dashboardBody, false);
		statements.put("dashboard-graphql", this.api.statementsOf("POST", "/graphql", this.dashboardBody, false));
		// Each request twice, the second counted: caches (reference data, rates) filled
		// by the first.
		bodies.forEach((name, body) -> {
			this.api.statementsOf("POST", "/graphql",
					body.contains("CreatePerson")
							? BenchApi.body(this.documents.get("CreatePerson"), Map.of("input", newPerson())) : body,
					true);
			statements.put(name, this.api.statementsOf("POST", "/graphql", body, true));
		});
		if (this.baseline) {
			this.api.statementsOf("GET", this.settings.baselinePath(), null, false);
			statements.put("dashboard-baseline",
					this.api.statementsOf("GET", this.settings.baselinePath(), null, false));
		}

		ObjectNode probe = BenchApi.JSON.createObjectNode();
		probe.put("dashboardDocument", this.settings.dashboardDocument().toString());
		probe.put("baseline", this.baseline ? this.settings.baselinePath() : null);
		probe.put("deepOffsetRequested", this.settings.deepOffset());
		probe.put("deepOffsetReached", deep.offset());
		// Where the data ends before the deep offset, the deep page may be short, or
		// empty.
		probe.put("deepPageRows",
				this.api.graphQl(this.documents.get("Page"), deepVariables(deep))
					.path("talentArrangements")
					.path("nodes")
					.size());
		probe.put("pageSize", this.settings.pageSize());
		probe.put("search", this.search);
		probe.set("statementsPerRequest", statements);
		try {
			Files.createDirectories(this.settings.probeFile().toAbsolutePath().getParent());
			Files.writeString(this.settings.probeFile(), probe.toPrettyString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The longest word of a project's name: a search that finds at least that project.
	 */
	private static String searchWord(String name) {
		String longest = "";
		for (String word : name.split("[\\s\\p{Punct}]+")) {
			if (word.length() > longest.length()) {
				longest = word;
			}
		}
		return longest.isEmpty() ? name : longest;
	}

}
