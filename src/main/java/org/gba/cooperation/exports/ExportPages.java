package org.gba.cooperation.exports;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.micrometer.context.ContextSnapshot;
import io.micrometer.context.ContextSnapshotFactory;
import org.gba.cooperation.shared.InContext;
import org.gba.cooperation.shared.Language;
import org.gba.cooperation.shared.paging.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.ExecutionGraphQlResponse;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.support.DefaultExecutionGraphQlRequest;

/**
 * Reads the pages of an export through the GraphQL execution every request goes through
 * ({@link ExecutionGraphQlService}: the same instrumentations, limits, time-out, error
 * codes, data loaders and resolvers, so the same access rules), as the current thread's
 * caller (its security context is handed to the execution as a request's is), in the
 * export's language.
 */
final class ExportPages {

	/**
	 * The codes of page failures that may not happen again (the time, the database, the
	 * server).
	 */
	private static final Set<String> TRANSIENT = Set.of("TIMEOUT", "INTERNAL_ERROR", "CONCURRENT_CHANGE", "OVERLOADED",
			"THROTTLED", "SERVICE_UNAVAILABLE");

	private static final Duration BLOCK_AT_MOST = Duration.ofMinutes(5);

	private final ExecutionGraphQlService graphQl;

	private final ContextSnapshotFactory snapshots = ContextSnapshotFactory.builder().build();

	ExportPages(ExecutionGraphQlService graphQl) {
		this.graphQl = graphQl;
	}

	/**
	 * One page of the export.
	 *
	 * @param nodes the page's nodes, in order
	 * @param hasNextPage whether more follow
	 * @param endCursor the cursor of the last node
	 * @param totalCount the connection's total count, on the first page
	 * @param fieldErrors the errors of fields that answered null
	 * @param actualCost the page's actual query cost
	 */
	record Page(List<Map<String, Object>> nodes, boolean hasNextPage, @Nullable String endCursor,
			@Nullable Long totalCount, int fieldErrors, long actualCost) {
	}

	/** A page that could not be read: what its request answered. */
	static final class PageFailure extends RuntimeException {

		private final String code;

		private final boolean retryable;

		PageFailure(String code, String message, boolean retryable) {
			super(message, null, false, false);
			this.code = code;
			this.retryable = retryable;
		}

		String code() {
			return this.code;
		}

		boolean retryable() {
			return this.retryable;
		}

	}

	/**
	 * Reads one page.
	 * @throws PageFailure when the request fails as a whole (the connection is null)
	 */
	Page read(ExportQuery.Prepared prepared, boolean first, @Nullable String after, int pageSize, Language language) {
		ExecutionGraphQlResponse response = execute(first ? prepared.firstPage() : prepared.nextPages(), after,
				pageSize, language);
		Map<String, Object> connection = connection(prepared, response);
		if (connection == null) {
			throw failure(response);
		}
		Map<?, ?> pageInfo = (connection.get(ExportQuery.PAGE_INFO) instanceof Map<?, ?> map) ? map : Map.of();
		Object total = connection.get(ExportQuery.TOTAL_COUNT);
		return new Page(prepared.nodes(connection), Boolean.TRUE.equals(pageInfo.get("hasNextPage")),
				(pageInfo.get("endCursor") instanceof String cursor) ? cursor : null,
				(total instanceof Number number) ? number.longValue() : null, response.getErrors().size(),
				actualCost(response));
	}

	/**
	 * Runs the query for an empty page, as a request would run it: what a request of it
	 * would be refused for (a limit, a bad argument), or null when it runs.
	 */
	@Nullable PageFailure probe(ExportQuery.Prepared prepared, Language language) {
		ExecutionGraphQlResponse response = execute(prepared.nextPages(), null, 0, language);
		return (connection(prepared, response) != null) ? null : failure(response);
	}

	private ExecutionGraphQlResponse execute(String document, @Nullable String after, int pageSize, Language language) {
		Map<String, @Nullable Object> variables = new HashMap<>();
		variables.put(ExportQuery.FIRST, pageSize);
		variables.put(ExportQuery.AFTER, after);
		DefaultExecutionGraphQlRequest request = new DefaultExecutionGraphQlRequest(document, null, variables, null,
				"bulk-export-" + UUID.randomUUID(), null);
		request.configureExecutionInput((input, builder) -> {
			input.getGraphQLContext().put(InContext.CONTEXT_KEY, new InContext(language, null));
			input.getGraphQLContext().put(PageRequest.ROOT_PAGE_LIMIT, Math.max(pageSize, PageRequest.MAX_PAGE_SIZE));
			return input;
		});
		// The thread's security context (and whatever else is propagated) goes with the
		// execution, as the HTTP handler hands a request's on.
		ContextSnapshot snapshot = this.snapshots.captureAll();
		ExecutionGraphQlResponse response = this.graphQl.execute(request)
			.contextWrite(snapshot::updateContext)
			.block(BLOCK_AT_MOST);
		if (response == null) {
			throw new PageFailure("INTERNAL_ERROR", "A page of the export gave no answer", true);
		}
		return response;
	}

	@SuppressWarnings("unchecked")
	private static @Nullable Map<String, Object> connection(ExportQuery.Prepared prepared,
			ExecutionGraphQlResponse response) {
		if (!response.isValid()) {
			return null;
		}
		Object data = response.getData();
		if (data instanceof Map<?, ?> map && map.get(prepared.rootKey()) instanceof Map<?, ?> connection) {
			return (Map<String, Object>) connection;
		}
		return null;
	}

	private static PageFailure failure(ExecutionGraphQlResponse response) {
		List<ResponseError> errors = response.getErrors();
		if (errors.isEmpty()) {
			return new PageFailure("INTERNAL_ERROR", "A page of the export answered no data", true);
		}
		ResponseError error = errors.get(0);
		Object code = error.getExtensions().get("code");
		String text = (code != null) ? code.toString() : "INTERNAL_ERROR";
		return new PageFailure(text, String.valueOf(error.getMessage()), TRANSIENT.contains(text));
	}

	private static long actualCost(ExecutionGraphQlResponse response) {
		if (response.getExtensions().get("cost") instanceof Map<?, ?> cost
				&& cost.get("actualQueryCost") instanceof Number actual) {
			return actual.longValue();
		}
		return 0;
	}

}
