package org.gba.cooperation.graphql;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import graphql.execution.preparsed.persisted.PersistedQuerySupport;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.graphql.support.DefaultGraphQlRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.AlternativeJdkIdGenerator;
import org.springframework.util.IdGenerator;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Queries over GET, so that a mobile client can send only a persisted query's hash in the
 * URL and a CDN can keep public answers. Never mutations or subscriptions: those are
 * answered 405, with {@code Allow: POST}, before anything runs. The request then goes
 * through the same interceptors, limits and response rules as a POST.
 */
final class GraphQlGetHandler extends GraphQlHttpHandler {

	private static final TypeReference<Map<String, @Nullable Object>> JSON_OBJECT = new TypeReference<>() {
	};

	private final IdGenerator ids = new AlternativeJdkIdGenerator();

	private final WebGraphQlHandler graphQlHandler;

	private final PersistedDocuments documents;

	private final JsonMapper json;

	private final ParserOptions parserOptions;

	private final String publicCacheControl;

	GraphQlGetHandler(WebGraphQlHandler graphQlHandler, PersistedDocuments documents, JsonMapper json,
			GraphQlLimitsProperties limits, GraphQlGetProperties properties) {
		super(graphQlHandler);
		this.graphQlHandler = graphQlHandler;
		this.documents = documents;
		this.json = json;
		this.parserOptions = ParserOptions.getDefaultOperationParserOptions()
			.transform((options) -> options.maxTokens(limits.maxTokens() + 1));
		this.publicCacheControl = "public, max-age=" + properties.publicMaxAge().toSeconds();
	}

	ServerResponse handleGet(ServerRequest request) {
		Optional<String> query = request.param("query").filter((text) -> !text.isBlank());
		String operationName = request.param("operationName").filter((name) -> !name.isBlank()).orElse(null);
		Map<String, @Nullable Object> variables = jsonObject(request, "variables");
		Map<String, @Nullable Object> extensions = jsonObject(request, "extensions");
		if (query.isEmpty() && extensions.get("persistedQuery") == null) {
			throw new ServerWebInputException(
					"Send the document in the 'query' parameter, " + "or its hash in extensions.persistedQuery");
		}
		Optional<String> document = query.or(() -> persistedDocument(extensions));
		if (document.isPresent() && !isQuery(document.get(), operationName)) {
			return ServerResponse.status(HttpStatus.METHOD_NOT_ALLOWED)
				.header(HttpHeaders.ALLOW, HttpMethod.POST.name())
				.build();
		}
		boolean anonymous = isAnonymous(request);
		@SuppressWarnings("unchecked")
		Map<String, Object> extensionValues = (Map<String, Object>) (Map<String, ?>) extensions;
		WebGraphQlRequest graphQlRequest = new WebGraphQlRequest(request.uri(), request.headers().asHttpHeaders(), null,
				request.remoteAddress().orElse(null), request.attributes(),
				new DefaultGraphQlRequest(query.orElse(PersistedQuerySupport.PERSISTED_QUERY_MARKER), operationName,
						variables, extensionValues),
				this.ids.generateId().toString(), LocaleContextHolder.getLocale());
		Mono<WebGraphQlResponse> response = this.graphQlHandler.handleRequest(graphQlRequest)
			.doOnNext((answer) -> cacheHeaders(answer, anonymous));
		return prepareResponse(request, response);
	}

	/**
	 * Public answers may be kept by shared caches, briefly; anything to do with a caller
	 * never.
	 */
	private void cacheHeaders(WebGraphQlResponse answer, boolean anonymous) {
		HttpHeaders headers = answer.getResponseHeaders();
		if (!anonymous) {
			headers.setCacheControl("private, no-store");
		}
		else if (answer.isValid() && answer.getErrors().isEmpty()) {
			headers.setCacheControl(this.publicCacheControl);
		}
		else {
			headers.setCacheControl("no-store");
		}
		headers.setVary(List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.ACCEPT_LANGUAGE));
	}

	private static boolean isAnonymous(ServerRequest request) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		boolean authenticated = authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
		return !authenticated && request.headers().header(HttpHeaders.AUTHORIZATION).isEmpty();
	}

	/**
	 * The document of a persisted-query hash, when known; when not, the interceptor says
	 * so.
	 */
	private Optional<String> persistedDocument(Map<String, @Nullable Object> extensions) {
		if (extensions.get("persistedQuery") instanceof Map<?, ?> persisted
				&& persisted.get("sha256Hash") instanceof String hash) {
			return this.documents.find(hash.toLowerCase(java.util.Locale.ROOT));
		}
		return Optional.empty();
	}

	/**
	 * Whether the operation to run is a query. A document that does not parse, or names
	 * no operation among several, counts as one: graphql-java then answers with the
	 * error, running nothing.
	 */
	private boolean isQuery(String document, @Nullable String operationName) {
		Document parsed;
		try {
			parsed = Parser.parse(ParserEnvironment.newParserEnvironment()
				.document(document)
				.parserOptions(this.parserOptions)
				.build());
		}
		catch (RuntimeException ex) {
			return true;
		}
		List<OperationDefinition> operations = parsed.getDefinitionsOfType(OperationDefinition.class);
		List<OperationDefinition> chosen = (operationName != null)
				? operations.stream().filter((operation) -> operationName.equals(operation.getName())).toList()
				: (operations.size() == 1) ? operations : List.of();
		return chosen.stream().allMatch((operation) -> operation.getOperation() == OperationDefinition.Operation.QUERY);
	}

	private Map<String, @Nullable Object> jsonObject(ServerRequest request, String parameter) {
		Optional<String> text = request.param(parameter).filter((value) -> !value.isBlank() && !"null".equals(value));
		if (text.isEmpty()) {
			return Map.of();
		}
		try {
			Map<String, @Nullable Object> value = this.json.readValue(text.get(), JSON_OBJECT);
			return (value != null) ? value : Map.of();
		}
		catch (JacksonException ex) {
			throw new ServerWebInputException("The '" + parameter + "' parameter must be a JSON object");
		}
	}

}
