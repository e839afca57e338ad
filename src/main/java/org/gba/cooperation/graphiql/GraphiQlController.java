package org.gba.cooperation.graphiql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

/**
 * {@code GET /graphiql}: the analysts' GraphiQL, with the header editor for the bearer
 * token, subscriptions over WebSocket and the shipped examples;
 * {@code GET /graphiql/examples}: those examples as JSON, which the page reads.
 */
@Controller
@ConditionalOnGraphiQlEnabled
class GraphiQlController {

	/**
	 * The page and everything it loads come from the application: scripts, styles and
	 * connections to this origin only ({@code 'self'} covers ws: and wss: to it as well),
	 * and nothing else, so a browser refuses any other address even if a bundle asked for
	 * one. Inline styles are allowed because GraphiQL's dialogs inject a style element
	 * whose content varies with the scrollbar width (no hash can name it); its fonts and
	 * icons are data: URIs inside its style sheet. No {@code 'unsafe-eval'}: nothing
	 * evaluates strings as code.
	 */
	static final String CONTENT_SECURITY_POLICY = String.join("; ", "default-src 'none'", "script-src 'self'",
			"style-src 'self' 'unsafe-inline'", "font-src 'self' data:", "img-src 'self' data:", "connect-src 'self'",
			"base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'");

	private static final String PAGE = "classpath:graphiql/graphiql.html";

	private final String page;

	private final String graphQlPath;

	private final String subscriptionsPath;

	private final ExampleOperations examples;

	GraphiQlController(GraphQlProperties graphQl, ResourcePatternResolver resources) {
		this.page = read(resources, PAGE);
		this.graphQlPath = graphQl.getHttp().getPath();
		// Subscriptions go over WebSocket to spring.graphql.websocket.path, the HTTP path
		// when unset.
		String webSocketPath = graphQl.getWebsocket().getPath();
		this.subscriptionsPath = (webSocketPath != null && !webSocketPath.isBlank()) ? webSocketPath : this.graphQlPath;
		this.examples = new ExampleOperations(resources, ExampleOperations.SHIPPED);
	}

	@GetMapping(path = "/graphiql", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> page(HttpServletRequest request) {
		String base = request.getContextPath();
		Map<String, String> values = Map.of("base", base, "graphqlPath", base + this.graphQlPath, "subscriptionsPath",
				base + this.subscriptionsPath, "examplesPath", base + "/graphiql/examples");
		String html = this.page;
		for (Map.Entry<String, String> value : values.entrySet()) {
			html = html.replace("{{" + value.getKey() + "}}", HtmlUtils.htmlEscape(value.getValue()));
		}
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
			.header("Referrer-Policy", "no-referrer")
			.body(html);
	}

	@GetMapping(path = "/graphiql/examples", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	List<ExampleOperation> examples() {
		return this.examples.all();
	}

	private static String read(ResourcePatternResolver resources, String location) {
		try {
			return resources.getResource(location).getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the GraphiQL page " + location, ex);
		}
	}

}
