package org.gba.cooperation.graphiql;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import graphql.ExecutionInput;
import graphql.ParseAndValidate;
import graphql.ParseAndValidateResult;
import graphql.language.OperationDefinition;
import graphql.language.OperationDefinition.Operation;
import org.gba.cooperation.support.DatabaseIndependent;
import org.gba.cooperation.support.GraphQlIntegrationTestSupport;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GraphiQL for analysts: the page and every asset it loads come from the application,
 * nothing it loads points elsewhere (the page's Content-Security-Policy enforces it in
 * the browser), and the shipped examples are listed and fit the schema.
 */
@DatabaseIndependent
class GraphiQlIT extends GraphQlIntegrationTestSupport {

	/**
	 * Where the examples live in the repository: what the application must list, read
	 * independently of it.
	 */
	private static final Path EXAMPLES = Path.of("src/main/resources/graphiql/examples");

	/**
	 * An absolute URL, or a protocol-relative one: something a browser would fetch from
	 * another host.
	 */
	private static final Pattern ABSOLUTE_URL = Pattern
		.compile("(?i)\\b(https?|wss?)://|(?<![:\\w])//[a-z0-9.-]+\\.[a-z]{2,}/");

	/** Namespace names look like URLs but are never fetched. */
	private static final Pattern XML_NAMESPACE = Pattern.compile("xmlns(:\\w+)?=\"[^\"]*\"");

	/**
	 * What in a third-party bundle would make the browser load an external URL: a dynamic
	 * import, a worker script, a fetch, a socket or event stream, a script, style sheet,
	 * image or frame given an absolute address, a beacon, or a style sheet's import or
	 * url() of one. Minified libraries hold plenty of other URLs (licence and
	 * documentation links, error-decoder addresses, namespace names) that nothing loads.
	 */
	private static final List<Pattern> EXTERNAL_LOADS = Stream
		.of("\\bimport\\s*\\(\\s*[\"'`](https?:)?//", "\\bimportScripts\\s*\\(",
				"\\bfetch\\s*\\(\\s*[\"'`](https?:)?//",
				"\\bnew\\s+(Worker|SharedWorker|WebSocket|EventSource)\\s*\\(\\s*[\"'`](https?:|wss?:)?//",
				"\\.(src|href)\\s*=\\s*[\"'`](https?:)?//",
				"<(script|link|img|iframe)[^>]{0,200}\\b(src|href)\\s*=\\s*\\\\?[\"']?(https?:)?//",
				"\\bsendBeacon\\s*\\(", "\\.open\\s*\\(\\s*[\"'`](GET|POST)[\"'`]\\s*,\\s*[\"'`](https?:)?//",
				"@import\\s+(url\\()?\\s*[\"']?(https?:)?//", "\\burl\\(\\s*[\"']?(https?:)?//")
		.map((regex) -> Pattern.compile(regex, Pattern.CASE_INSENSITIVE))
		.toList();

	@Autowired
	private GraphQlSource graphQlSource;

	/** A client that takes GraphiQL's megabyte bundle in one piece. */
	private WebTestClient assets;

	@BeforeEach
	void allowLargeAssets() {
		this.assets = this.http.mutate()
			.codecs((codecs) -> codecs.defaultCodecs().maxInMemorySize(16 * 1024 * 1024))
			.build();
	}

	@Test
	void thePageIsServedWithAPolicyThatAllowsOnlyTheApplication() {
		EntityExchangeResult<String> page = get("/graphiql");

		assertThat(page.getResponseHeaders().getContentType()).isNotNull()
			.satisfies((type) -> assertThat(type.isCompatibleWith(MediaType.TEXT_HTML)).isTrue());
		Map<String, String> policy = directives(page.getResponseHeaders().getFirst("Content-Security-Policy"));
		assertThat(policy).containsEntry("default-src", "'none'")
			.containsEntry("script-src", "'self'")
			.containsEntry("connect-src", "'self'")
			.containsEntry("style-src", "'self' 'unsafe-inline'")
			.containsEntry("font-src", "'self' data:")
			.containsEntry("img-src", "'self' data:")
			.containsEntry("base-uri", "'none'")
			.containsEntry("form-action", "'none'")
			.containsEntry("frame-ancestors", "'none'");
		assertThat(policy.values()).noneMatch((sources) -> sources.contains("*") || sources.contains("http")
				|| sources.contains("unsafe-eval") || sources.contains("ws:") || sources.contains("wss:"));
	}

	@Test
	void everyAssetThePageLoadsIsServedByTheApplication() {
		List<Element> loaded = loadedBy(page());

		assertThat(loaded).extracting(GraphiQlIT::address)
			.contains("/webjars/react/umd/react.production.min.js",
					"/webjars/react-dom/umd/react-dom.production.min.js", "/webjars/graphiql/graphiql.min.js",
					"/webjars/graphiql/graphiql.min.css", "/graphiql/assets/graphiql-page.js",
					"/graphiql/assets/graphiql-page.css")
			.allSatisfy((address) -> assertThat(URI.create(address).getHost()).as(address).isNull())
			.allSatisfy((address) -> assertThat(address).as(address).startsWith("/").doesNotStartWith("//"));
		for (Element element : loaded) {
			EntityExchangeResult<String> asset = get(address(element));
			assertThat(asset.getResponseHeaders().getContentType()).as(address(element))
				.isNotNull()
				.satisfies((type) -> assertThat(type.isCompatibleWith(expectedType(element)))
					.as(address(element) + " is " + type)
					.isTrue());
			assertThat(asset.getResponseBody()).as(address(element)).isNotBlank();
		}
	}

	@Test
	void thePageAndItsOwnAssetsNameNoOtherHost() {
		String page = page();
		assertThat(ABSOLUTE_URL.matcher(page).find()).as("an absolute URL in the page").isFalse();
		List<String> own = loadedBy(page).stream()
			.map(GraphiQlIT::address)
			.filter((a) -> a.startsWith("/graphiql/"))
			.toList();
		assertThat(own).hasSizeGreaterThanOrEqualTo(3);
		for (String address : own) {
			String content = XML_NAMESPACE.matcher(get(address).getResponseBody()).replaceAll("");
			assertThat(ABSOLUTE_URL.matcher(content).results().map((match) -> match.group()).toList()).as(address)
				.isEmpty();
		}
	}

	@Test
	void noBundleThePageLoadsFetchesAnythingFromElsewhere() {
		for (Element element : loadedBy(page())) {
			String content = get(address(element)).getResponseBody();
			for (Pattern load : EXTERNAL_LOADS) {
				assertThat(load.matcher(content).results().map((match) -> match.group()).toList())
					.as("%s loads from elsewhere (%s)", address(element), load)
					.isEmpty();
			}
		}
	}

	@Test
	void theTokenHintIsNeverARealToken() {
		String script = get("/graphiql/assets/graphiql-page.js").getResponseBody();
		assertThat(script).contains("<paste token>");
		// A JWT starts with the base64 of '{"': none is in the page or its script.
		assertThat(page() + script).doesNotContain("eyJ");
	}

	@Test
	void thePageTalksToTheGraphQlEndpointAndReadsTheExamples() {
		Element graphiql = Jsoup.parse(page()).getElementById("graphiql");
		assertThat(graphiql).isNotNull();
		assertThat(graphiql.attr("data-graphql-path")).isEqualTo("/graphql");
		assertThat(graphiql.attr("data-subscriptions-path")).isEqualTo("/graphql");
		assertThat(graphiql.attr("data-examples-path")).isEqualTo("/graphiql/examples");
	}

	@Test
	void theExamplesListEveryShippedFileWithWhatItAnswers() throws IOException {
		List<Map<String, Object>> listed = this.http.get()
			.uri("/graphiql/examples")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
			.expectBodyList(OBJECT)
			.returnResult()
			.getResponseBody();

		assertThat(listed).isNotNull();
		assertThat(listed).extracting((example) -> example.get("name"))
			.containsExactlyElementsOf(shippedExampleNames());
		for (Map<String, Object> example : listed) {
			String document = Files.readString(EXAMPLES.resolve(example.get("name") + ".graphql"),
					StandardCharsets.UTF_8);
			assertThat(example.get("document")).isEqualTo(document);
			assertThat(document).as("%s starts with a # comment saying what it answers", example.get("name"))
				.startsWith("#");
			assertThat((String) example.get("title"))
				.isEqualTo(document.lines().findFirst().orElseThrow().substring(1).strip())
				.isNotBlank();
			assertThat(example.get("operationType")).isIn("query", "mutation", "subscription");
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("shippedExampleNames")
	void eachExampleFitsTheSchemaAndAQueryRunsForAnAnalystWithoutErrors(String name) throws IOException {
		String document = Files.readString(EXAMPLES.resolve(name + ".graphql"), StandardCharsets.UTF_8);

		ParseAndValidateResult validation = ParseAndValidate.parseAndValidate(this.graphQlSource.schema(),
				ExecutionInput.newExecutionInput(document).build());
		assertThat(validation.getErrors()).as("validation errors of %s", name).isEmpty();

		// Subscriptions are only validated (they run over WebSocket); queries run as an
		// analyst would run them.
		if (validation.getDocument()
			.getDefinitionsOfType(OperationDefinition.class)
			.get(0)
			.getOperation() == Operation.QUERY) {
			this.http.post()
				.uri("/graphql")
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + token("analyst", List.of("ANALYST"), null))
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(Map.of("query", document))
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.errors")
				.doesNotExist()
				.jsonPath("$.data")
				.value((Map<String, Object> data) -> assertThat(data).isNotEmpty().doesNotContainValue(null));
		}
	}

	/**
	 * The names of the {@code .graphql} files in the repository's examples directory, in
	 * order.
	 */
	static List<String> shippedExampleNames() throws IOException {
		try (Stream<Path> files = Files.list(EXAMPLES)) {
			return files.map((file) -> file.getFileName().toString())
				.filter((file) -> file.endsWith(".graphql"))
				.map((file) -> file.substring(0, file.length() - ".graphql".length()))
				.sorted()
				.toList();
		}
	}

	private String page() {
		return get("/graphiql").getResponseBody();
	}

	private EntityExchangeResult<String> get(String path) {
		return this.assets.get().uri(path).exchange().expectStatus().isOk().expectBody(String.class).returnResult();
	}

	/** Every element of the page that makes the browser load something. */
	private static List<Element> loadedBy(String html) {
		Document page = Jsoup.parse(html);
		List<Element> loading = new ArrayList<>(
				page.select("[src], [srcset], [data], [poster], [background], link[href]"));
		// Anything else with an address (a, form, base) would also be a way out of the
		// application.
		assertThat(page.select("a[href], form[action], base, iframe, object, embed, meta[http-equiv=refresh]"))
			.as("links, forms and frames in the page")
			.isEmpty();
		return loading;
	}

	private static String address(Element element) {
		for (String attribute : List.of("src", "href", "srcset", "data", "poster", "background")) {
			if (element.hasAttr(attribute)) {
				return element.attr(attribute);
			}
		}
		throw new AssertionError("No address in " + element);
	}

	private static MediaType expectedType(Element element) {
		if (element.tagName().equals("script")) {
			return MediaType.parseMediaType("text/javascript");
		}
		if (element.tagName().equals("link") && element.attr("rel").equals("stylesheet")) {
			return MediaType.parseMediaType("text/css");
		}
		if (element.tagName().equals("link") && element.attr("rel").equals("icon")) {
			return MediaType.parseMediaType(element.attr("type"));
		}
		throw new AssertionError("The page loads something unexpected: " + element);
	}

	/** The directives of a Content-Security-Policy header, each with its sources. */
	private static Map<String, String> directives(String policy) {
		assertThat(policy).as("Content-Security-Policy").isNotBlank();
		Map<String, String> directives = new LinkedHashMap<>();
		Arrays.stream(policy.split(";")).map(String::strip).filter((d) -> !d.isEmpty()).forEach((directive) -> {
			String[] parts = directive.split("\\s+", 2);
			directives.put(parts[0], (parts.length > 1) ? parts[1] : "");
		});
		return directives;
	}

}
