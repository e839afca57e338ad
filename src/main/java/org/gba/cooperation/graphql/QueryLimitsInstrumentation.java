package org.gba.cooperation.graphql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.DocumentAndVariables;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldCompleteParameters;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.ParserOptions;
import graphql.parser.exceptions.ParseCancelledException;
import graphql.schema.GraphQLSchema;
import org.gba.cooperation.graphql.ratelimit.Balance;
import org.gba.cooperation.graphql.ratelimit.RequestBudget;
import org.gba.cooperation.shared.InContext;
import org.gba.cooperation.shared.Language;
import org.gba.cooperation.shared.LocalizedMessage;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.graphql.execution.ErrorType;

/**
 * Refuses a request over one of the {@link GraphQlLimitsProperties limits} before it
 * runs, saying so in the request's language, and puts the query cost into the extensions
 * of every response, GitHub style: {@code extensions.cost = {requestedQueryCost,
 * actualQueryCost, throttleStatus}}; the actual cost is measured as the query runs
 * ({@link ActualCost}), and what the caller paid beyond it goes back to its budget.
 * <p>
 * The token limit is the parser's own (it stops reading there); depth, aliases,
 * directives, root fields and cost are measured by {@link QueryAnalysis} once the
 * document is parsed and before it is validated, as validation itself takes time in
 * proportion to what a document asks for; a document from the {@link DocumentCache},
 * neither parsed nor validated again, is measured and charged the same way when its
 * execution begins, with the variables of its request. The document size is checked on
 * the raw text, before parsing, by {@link DocumentSizeInterceptor}.
 */
final class QueryLimitsInstrumentation implements Instrumentation {

	private final GraphQlLimitsProperties limits;

	private final MessageSource messages;

	private final ParserOptions parserOptions;

	QueryLimitsInstrumentation(GraphQlLimitsProperties limits, MessageSource messages) {
		this.limits = limits;
		this.messages = messages;
		// The parser counts the end of the document as one more token.
		this.parserOptions = ParserOptions.getDefaultOperationParserOptions()
			.transform((options) -> options.maxTokens(limits.maxTokens() + 1));
	}

	@Override
	public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
		return new Measured();
	}

	@Override
	public ExecutionInput instrumentExecutionInput(ExecutionInput input, InstrumentationExecutionParameters parameters,
			InstrumentationState state) {
		// graphql-java reads the parser options of each request from its context.
		input.getGraphQLContext().put(ParserOptions.class, this.parserOptions);
		return input;
	}

	@Override
	public InstrumentationContext<Document> beginParse(InstrumentationExecutionParameters parameters,
			InstrumentationState state) {
		// The parser reports too many tokens as a syntax error; remember it to answer
		// with our own.
		// (Its subclasses report other limits, such as nesting too deep for the parser,
		// and stay as they are;
		// its limit on whitespace tokens, 200,000, lies far beyond the document size
		// limit.)
		return SimpleInstrumentationContext.whenCompleted((document, error) -> {
			if (error != null && error.getClass() == ParseCancelledException.class) {
				((Measured) state).tooManyTokens = true;
			}
		});
	}

	@Override
	public DocumentAndVariables instrumentDocumentAndVariables(DocumentAndVariables documentAndVariables,
			InstrumentationExecutionParameters parameters, InstrumentationState state) {
		// A document not in the cache: measured once parsed, before it is validated.
		check(documentAndVariables.getDocument(), parameters.getOperation(), documentAndVariables.getVariables(),
				parameters.getSchema(), parameters.getGraphQLContext(), (Measured) state);
		return documentAndVariables;
	}

	@Override
	public ExecutionContext instrumentExecutionContext(ExecutionContext executionContext,
			InstrumentationExecutionParameters parameters, InstrumentationState state) {
		// A document from the cache (DocumentCache) was neither parsed nor validated
		// here: measured now, with this request's variables, before anything runs.
		Measured measured = (Measured) state;
		if (!measured.checked) {
			ExecutionInput input = executionContext.getExecutionInput();
			check(executionContext.getDocument(), input.getOperationName(), input.getRawVariables().toMap(),
					executionContext.getGraphQLSchema(), executionContext.getGraphQLContext(), measured);
		}
		return executionContext;
	}

	/**
	 * Measures the document for the limits, the cost and the bulkhead, refuses it if it
	 * is over a limit, and spends its cost from the caller's budget.
	 * @throws AbortExecutionException when it is refused: graphql-java answers with its
	 * errors and runs nothing
	 */
	private void check(Document document, @Nullable String operationName, Map<String, Object> variables,
			GraphQLSchema schema, GraphQLContext context, Measured measured) {
		measured.checked = true;
		Language language = InContext.of(context).language();
		List<GraphQLError> refusals = new ArrayList<>();
		int aliases = QueryAnalysis.aliases(document);
		if (aliases > this.limits.maxAliases()) {
			refusals.add(refusal("TOO_MANY_ALIASES",
					told(LocalizedMessage.of("limit.aliases", aliases, this.limits.maxAliases()), language)));
		}
		int directives = QueryAnalysis.directives(document);
		if (directives > this.limits.maxDirectives()) {
			refusals.add(refusal("TOO_MANY_DIRECTIVES",
					told(LocalizedMessage.of("limit.directives", directives, this.limits.maxDirectives()), language)));
		}
		int depth = 0;
		long cost = 0;
		long rootFields = 0;
		boolean weighted = false;
		boolean searches = false;
		for (OperationDefinition operation : operations(document, operationName)) {
			QueryAnalysis.Measures measures = QueryAnalysis.measure(document, operation, schema, variables);
			depth = Math.max(depth, measures.depth());
			cost = Math.max(cost, measures.cost());
			rootFields = Math.max(rootFields, measures.fields());
			weighted |= measures.weighted();
			searches |= measures.searches();
		}
		measured.requestedCost = cost;
		// Whether the query is heavy, for the bulkhead, from the same measures.
		BulkheadInstrumentation.measured(context,
				new QueryAnalysis.Measures(depth, cost, rootFields, weighted, searches));
		if (rootFields > this.limits.maxRootFields()) {
			refusals.add(refusal("TOO_MANY_ROOT_FIELDS",
					told(LocalizedMessage.of("limit.rootFields", rootFields, this.limits.maxRootFields()), language)));
		}
		if (depth > this.limits.maxDepth()) {
			refusals.add(refusal("QUERY_TOO_DEEP",
					told(LocalizedMessage.of("limit.depth", depth, this.limits.maxDepth()), language)));
		}
		if (cost > this.limits.maxCost()) {
			refusals.add(refusal("QUERY_TOO_COSTLY",
					told(LocalizedMessage.of("limit.cost", cost, this.limits.maxCost()), language)));
		}
		if (!refusals.isEmpty()) {
			// graphql-java answers with these errors, without validating or running the
			// document.
			throw new AbortExecutionException(refusals);
		}
		// The caller's rate limit: refuses the request, as above, when its budget holds
		// less than the cost.
		RequestBudget budget = context.get(RequestBudget.class);
		if (budget != null) {
			budget.spend(cost);
		}
	}

	@Override
	public InstrumentationContext<Object> beginFieldCompletion(InstrumentationFieldCompleteParameters parameters,
			InstrumentationState state) {
		((Measured) state).actualCost.completed(parameters.getExecutionStepInfo(), parameters.getFetchedObject());
		return SimpleInstrumentationContext.noOp();
	}

	@Override
	public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
			InstrumentationExecutionParameters parameters, InstrumentationState state) {
		Measured measured = (Measured) state;
		long actualCost = measured.actualCost.total();
		// The caller paid the requested cost before the query ran; what it did not use
		// goes back.
		RequestBudget budget = parameters.getGraphQLContext().get(RequestBudget.class);
		if (budget != null) {
			budget.settle(actualCost);
		}
		return CompletableFuture.completedFuture(result.transform((builder) -> {
			if (measured.tooManyTokens) {
				Language language = InContext.of(parameters.getGraphQLContext()).language();
				builder.errors(List.of(refusal("TOO_MANY_TOKENS",
						told(LocalizedMessage.of("limit.tokens", this.limits.maxTokens()), language))));
			}
			builder.addExtension("cost", (budget != null) ? cost(measured.requestedCost, actualCost, budget.now())
					: cost(measured.requestedCost, actualCost, this.limits));
		}));
	}

	private String told(LocalizedMessage message, Language language) {
		return message.in(this.messages, language);
	}

	/**
	 * The operations a request may run: the one named, or all of them when none is (then
	 * there must be one).
	 */
	private static List<OperationDefinition> operations(Document document, @Nullable String operationName) {
		List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
		List<OperationDefinition> named = operations.stream()
			.filter((operation) -> operationName != null && operationName.equals(operation.getName()))
			.toList();
		return named.isEmpty() ? operations : named;
	}

	/**
	 * A refusal by a limit: a bad request, with the limit's code in
	 * {@code extensions.code}.
	 */
	static GraphQLError refusal(String code, String message) {
		return GraphQLError.newError()
			.errorType(ErrorType.BAD_REQUEST)
			.message(message)
			.extensions(Map.of("code", code))
			.build();
	}

	/**
	 * The {@code cost} extension of a response to a request of these costs, with what the
	 * caller's bucket holds: on every message of a subscription too, long after the
	 * request.
	 */
	static Map<String, Object> cost(long requestedCost, long actualCost, Balance balance) {
		Map<String, Object> throttleStatus = new LinkedHashMap<>();
		throttleStatus.put("maximumAvailable", balance.allowance().points());
		throttleStatus.put("currentlyAvailable", balance.remaining());
		throttleStatus.put("restoreRate", balance.allowance().perSecond());
		return cost(requestedCost, actualCost, throttleStatus);
	}

	/**
	 * The {@code cost} extension of a response refused before the caller's budget was
	 * known.
	 */
	static Map<String, Object> cost(long requestedCost, long actualCost, GraphQlLimitsProperties limits) {
		Map<String, Object> throttleStatus = new LinkedHashMap<>();
		// Placeholders: the rate limit's interceptor reports the caller's own bucket here
		// (graphql.ratelimit).
		throttleStatus.put("maximumAvailable", limits.maxCost());
		throttleStatus.put("currentlyAvailable", limits.maxCost());
		throttleStatus.put("restoreRate", 0);
		return cost(requestedCost, actualCost, throttleStatus);
	}

	private static Map<String, Object> cost(long requestedCost, long actualCost, Map<String, Object> throttleStatus) {
		Map<String, Object> cost = new LinkedHashMap<>();
		cost.put("requestedQueryCost", requestedCost);
		cost.put("actualQueryCost", actualCost);
		cost.put("throttleStatus", throttleStatus);
		return cost;
	}

	/** What is learnt of one request on its way through graphql-java. */
	private static final class Measured implements InstrumentationState {

		private volatile long requestedCost;

		private volatile boolean tooManyTokens;

		/** Whether the document was measured and charged, on a cache miss or hit. */
		private volatile boolean checked;

		private final ActualCost actualCost = new ActualCost();

	}

}
