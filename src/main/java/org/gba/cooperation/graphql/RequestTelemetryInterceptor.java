package org.gba.cooperation.graphql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import graphql.GraphQLError;
import graphql.execution.preparsed.persisted.PersistedQuerySupport;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import org.gba.cooperation.shared.access.AccessRules;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import reactor.core.publisher.Mono;

/**
 * Outermost of the interceptors, so that it sees every response as the client gets it,
 * the refusals of the rate limit and of persisted queries included: counts its errors by
 * {@code extensions.code} ({@code gba.graphql.errors}) and its requested and actual cost
 * ({@code gba.graphql.cost.requested}, {@code gba.graphql.cost.actual}), by operation
 * name as {@link OperationNames} bounds it, and throttles ({@code gba.graphql.throttled})
 * and persisted queries ({@code gba.graphql.persisted.queries}, by result); notes the
 * request in its {@link RequestRecord} for the request log; and gives every error the
 * request's trace id ({@code extensions.traceId}), so that a partner can quote it. The
 * latency of operations is Spring for GraphQL's own timer ({@code graphql.request}).
 */
final class RequestTelemetryInterceptor implements WebGraphQlInterceptor {

	private static final Logger subscriptions = LoggerFactory.getLogger(RequestLogFilter.LOGGER);

	private final MeterRegistry meters;

	private final OperationNames names;

	private final AccessRules accessRules;

	private final Supplier<@Nullable String> traceIds;

	RequestTelemetryInterceptor(MeterRegistry meters, OperationNames names, AccessRules accessRules,
			Supplier<@Nullable String> traceIds) {
		this.meters = meters;
		this.names = names;
		this.accessRules = accessRules;
		this.traceIds = traceIds;
		// At zero from the start, so that a dashboard or an alert finds them before the
		// first of each.
		throttled();
		for (String result : List.of("hit", "miss", "registered", "refused")) {
			persistedQueries(result);
		}
	}

	private Counter throttled() {
		return Counter.builder("gba.graphql.throttled")
			.description("Requests refused for their caller's cost budget (HTTP 429); by operation: "
					+ "gba.graphql.errors{code=THROTTLED}")
			.register(this.meters);
	}

	private Counter persistedQueries(String result) {
		return Counter.builder("gba.graphql.persisted.queries")
			.description("Requests with a persisted query: hit (run by hash), miss (hash unknown), registered "
					+ "(sent with its document), refused")
			.tag("result", result)
			.register(this.meters);
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		RequestRecord record = (request.getAttributes().get(RequestRecord.ATTRIBUTE) instanceof RequestRecord r) ? r
				: new RequestRecord();
		record.graphql = true;
		record.operationName = OperationNames.wellFormed(request.getOperationName());
		record.subject = this.accessRules.caller().subject();
		request.configureExecutionInput((input, builder) -> {
			input.getGraphQLContext().put(RequestRecord.class, record);
			return input;
		});
		// Read now, on the thread of the request, where its trace is the current one.
		String traceId = this.traceIds.get();
		String persisted = persistedQuery(request);
		return chain.next(request).map((response) -> {
			record(response, record, persisted);
			if (request instanceof WebSocketGraphQlRequest) {
				RequestLogFilter.write(subscriptions, "WS", request.getUri().getPath(), null, null, record, traceId);
			}
			return (traceId != null && !response.getErrors().isEmpty()) ? withTraceId(response, traceId) : response;
		});
	}

	private void record(WebGraphQlResponse response, RequestRecord record, @Nullable String persisted) {
		List<String> codes = new ArrayList<>();
		for (GraphQLError error : response.getExecutionResult().getErrors()) {
			Object code = (error.getExtensions() != null) ? error.getExtensions().get("code") : null;
			codes.add((code != null) ? code.toString() : "UNKNOWN");
		}
		record.errorCodes = codes;
		if (response.getExtensions().get("cost") instanceof Map<?, ?> cost) {
			record.requestedCost = (cost.get("requestedQueryCost") instanceof Number n) ? n : null;
			record.actualCost = (cost.get("actualQueryCost") instanceof Number n) ? n : null;
		}
		String operation = this.names.label(record.operationName);
		String type = (record.operationType != null) ? record.operationType : "unknown";
		for (String code : codes) {
			Counter.builder("gba.graphql.errors")
				.description("GraphQL errors sent, by extensions.code")
				.tag("graphql.operation.name", operation)
				.tag("graphql.operation.type", type)
				.tag("code", code)
				.register(this.meters)
				.increment();
		}
		if (codes.contains("THROTTLED")) {
			throttled().increment();
		}
		cost("requested", record.requestedCost, operation);
		cost("actual", record.actualCost, operation);
		if (persisted != null) {
			persistedQueries(persistedResult(persisted, codes)).increment();
		}
	}

	private void cost(String kind, @Nullable Number points, String operation) {
		if (points != null) {
			DistributionSummary.builder("gba.graphql.cost." + kind)
				.description("The " + kind + " cost of GraphQL operations, in points")
				.baseUnit("points")
				.tag("graphql.operation.name", operation)
				.register(this.meters)
				.record(points.doubleValue());
		}
	}

	/**
	 * {@code hash} for a request sending a hash alone, {@code document} for one sending
	 * its document with its hash, null for one without a persisted query.
	 */
	private static @Nullable String persistedQuery(WebGraphQlRequest request) {
		if (request.getExtensions().get("persistedQuery") == null) {
			return null;
		}
		return PersistedQuerySupport.PERSISTED_QUERY_MARKER.equals(request.getDocument()) ? "hash" : "document";
	}

	private static String persistedResult(String persisted, List<String> codes) {
		if (codes.contains("PERSISTED_QUERY_NOT_FOUND")) {
			return "miss";
		}
		if (codes.stream().anyMatch((code) -> code.startsWith("PERSISTED_QUERY_"))) {
			return "refused";
		}
		return persisted.equals("hash") ? "hit" : "registered";
	}

	private static WebGraphQlResponse withTraceId(WebGraphQlResponse response, String traceId) {
		List<GraphQLError> errors = new ArrayList<>();
		for (GraphQLError error : response.getExecutionResult().getErrors()) {
			Map<String, Object> extensions = new LinkedHashMap<>();
			if (error.getExtensions() != null) {
				extensions.putAll(error.getExtensions());
			}
			extensions.put("traceId", traceId);
			errors.add(ErrorCodesInstrumentation.rebuilt(error, (error.getMessage() != null) ? error.getMessage() : "",
					extensions));
		}
		return response.transform((builder) -> builder.errors(errors));
	}

}
