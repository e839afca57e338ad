package org.gba.cooperation.graphql;

import java.util.Map;
import java.util.Optional;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.execution.preparsed.persisted.PersistedQuerySupport;
import org.gba.cooperation.graphql.PersistedQueryProperties.Mode;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import reactor.core.publisher.Mono;

/**
 * Apollo's automatic persisted queries, and the trusted documents: a request with
 * {@code extensions.persistedQuery = {version: 1, sha256Hash}} and no {@code query} runs
 * the document of that hash; a request with both registers its document once it has run,
 * after checking the hash.
 * <p>
 * It works on the document's text, before graphql-java parses it, so a document sent by
 * hash goes through parsing, the limits and validation like any other; only its size was
 * checked when it was registered, as the size check sees the request before this does.
 */
final class PersistedQueryInterceptor implements WebGraphQlInterceptor {

	private static final String EXTENSION = "persistedQuery";

	private final PersistedDocuments documents;

	private final GraphQlLimitsProperties limits;

	PersistedQueryInterceptor(PersistedDocuments documents, GraphQlLimitsProperties limits) {
		this.documents = documents;
		this.limits = limits;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		Object persistedQuery = request.getExtensions().get(EXTENSION);
		boolean hashOnly = PersistedQuerySupport.PERSISTED_QUERY_MARKER.equals(request.getDocument());
		if (persistedQuery == null || this.documents.mode() == Mode.OFF) {
			if (hashOnly) {
				return refuse(request, "PERSISTED_QUERY_NOT_SUPPORTED", "PersistedQueryNotSupported");
			}
			if (this.documents.mode() == Mode.TRUSTED_ONLY
					&& !this.documents.mayRun(PersistedDocuments.sha256(request.getDocument()))) {
				return refuse(request, "PERSISTED_QUERY_NOT_TRUSTED", "Only trusted documents run here, "
						+ "and this is not one of them (gba.graphql.persisted-queries.mode=trusted-only)");
			}
			return chain.next(request);
		}
		Optional<String> hash = hash(persistedQuery);
		if (hash.isEmpty()) {
			return refuse(request, "PERSISTED_QUERY_INVALID",
					"extensions.persistedQuery must be " + "{\"version\": 1, \"sha256Hash\": \"<64 hex digits>\"}");
		}
		if (hashOnly) {
			return this.documents.find(hash.get()).map((document) -> {
				request.configureExecutionInput((input, builder) -> builder.query(document).build());
				return chain.next(request);
			})
				.orElseGet(() -> (this.documents.mode() == Mode.TRUSTED_ONLY)
						? refuse(request, "PERSISTED_QUERY_NOT_TRUSTED",
								"No trusted document has the hash " + hash.get()
										+ " (gba.graphql.persisted-queries.mode=trusted-only)")
						// The message is the one Apollo clients look for before sending
						// the document in full.
						: refuse(request, "PERSISTED_QUERY_NOT_FOUND", "PersistedQueryNotFound"));
		}
		String document = request.getDocument();
		String actual = PersistedDocuments.sha256(document);
		if (!actual.equals(hash.get())) {
			return refuse(request, "PERSISTED_QUERY_HASH_MISMATCH", "The SHA-256 hash of the query is " + actual
					+ ", not the " + hash.get() + " of extensions.persistedQuery.sha256Hash");
		}
		if (!this.documents.mayRun(actual)) {
			return refuse(request, "PERSISTED_QUERY_NOT_TRUSTED", "Only trusted documents run here, "
					+ "and this is not one of them (gba.graphql.persisted-queries.mode=trusted-only)");
		}
		return chain.next(request).doOnNext((response) -> {
			// Only a document that parsed, kept within the limits and validated takes a
			// place in the cache.
			if (response.isValid()) {
				this.documents.register(actual, document);
			}
		});
	}

	/**
	 * The lower-case hash of a well-formed {@code persistedQuery} extension of version 1.
	 */
	private static Optional<String> hash(Object persistedQuery) {
		if (persistedQuery instanceof Map<?, ?> extension && extension.get("version") instanceof Number version
				&& version.intValue() == 1 && version.doubleValue() == 1
				&& extension.get("sha256Hash") instanceof String hash && hash.matches("[0-9a-fA-F]{64}")) {
			return Optional.of(hash.toLowerCase(java.util.Locale.ROOT));
		}
		return Optional.empty();
	}

	private Mono<WebGraphQlResponse> refuse(WebGraphQlRequest request, String code, String message) {
		GraphQLError error = QueryLimitsInstrumentation.refusal(code, message);
		ExecutionResult refused = ExecutionResult.newExecutionResult()
			.addError(error)
			// Not run, not even parsed: it costs nothing.
			.addExtension("cost", QueryLimitsInstrumentation.cost(0, 0, this.limits))
			.build();
		return Mono
			.just(new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), refused)));
	}

}
