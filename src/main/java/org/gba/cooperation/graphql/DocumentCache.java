package org.gba.cooperation.graphql;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;

/**
 * The documents already parsed and validated, by their text, so that a document sent
 * again is neither parsed nor validated again ({@code gba.graphql.document-cache.*}).
 * Validation depends only on the schema, and the cache belongs to the {@code GraphQL}
 * instance built on it, so an entry stays true as long as it lives. Only documents that
 * parsed and validated are kept: a syntax or validation error, and a document refused by
 * a limit (which never reaches validation), are worked out again each time they are sent,
 * at the same cost as the first.
 * <p>
 * What depends on the request rather than on the text is not cached: the limits, the
 * query cost, the rate-limit budget and whether the query is heavy depend on the
 * variables and the caller. On a miss, they are measured once the document is parsed and
 * before it is validated ({@link QueryLimitsInstrumentation}); on a hit, which skips
 * parsing and validation, the same instrumentations measure them when the execution
 * begins ({@code instrumentExecutionContext}), before anything runs.
 */
public final class DocumentCache implements PreparsedDocumentProvider {

	private final Cache<String, PreparsedDocumentEntry> documents;

	/**
	 * Bounded by the documents' text, not their number: a parsed document takes memory in
	 * proportion to its text, and a count would let a thousand documents near the size
	 * limit hold hundreds of megabytes.
	 */
	DocumentCache(long maxCharacters) {
		this.documents = Caffeine.newBuilder()
			.maximumWeight(Math.max(maxCharacters, 0))
			.weigher((String text, PreparsedDocumentEntry entry) -> text.length())
			.recordStats()
			.build();
	}

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		String text = input.getQuery();
		PreparsedDocumentEntry cached = this.documents.getIfPresent(text);
		if (cached != null) {
			return CompletableFuture.completedFuture(cached);
		}
		// A refusal by a limit is thrown from here, and so not kept either.
		PreparsedDocumentEntry entry = parseAndValidate.apply(input);
		if (!entry.hasErrors()) {
			this.documents.put(text, entry);
		}
		return CompletableFuture.completedFuture(entry);
	}

	/** Its hits, misses and evictions so far. */
	public CacheStats stats() {
		return this.documents.stats();
	}

	/** The Caffeine cache, for its metrics. */
	Cache<String, PreparsedDocumentEntry> cache() {
		return this.documents;
	}

}
