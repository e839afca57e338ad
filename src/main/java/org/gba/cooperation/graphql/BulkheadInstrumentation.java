package org.gba.cooperation.graphql;

import java.util.List;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.ExecutionResult;
import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.language.OperationDefinition.Operation;
import org.gba.cooperation.shared.bulkhead.Bulkheads;
import org.gba.cooperation.shared.bulkhead.HeavyWork;
import org.gba.cooperation.shared.bulkhead.OverloadedException;
import org.jspecify.annotations.Nullable;

/**
 * Runs heavy queries ({@link HeavyQueries}) in the bulkhead's places: once the document
 * is parsed, within the limits, paid for and valid, and before its first field is
 * fetched, a heavy query takes a place ({@link HeavyWork#QUERY}), waiting for one in the
 * queue if need be, and gives it back when its execution ends, however it ends. A query
 * refused (queue full, or no place within {@code gba.bulkhead.max-wait}) is answered with
 * one error, classification and {@code extensions.code} {@code OVERLOADED}, no
 * {@code data}, HTTP 429 with {@code Retry-After} ({@link OverloadedInterceptor}); it ran
 * nothing, and its caller's budget keeps 1 point of its cost, as for any request that ran
 * nothing.
 * <p>
 * The query waits and runs on its request's own thread: a place bounds how many heavy
 * queries run (and so the CPU and the connections they take: each holds at most one
 * connection at a time, as data fetchers and batch loads run one after the other on that
 * thread), while a light query never waits for one.
 */
final class BulkheadInstrumentation implements Instrumentation {

	private final Bulkheads bulkheads;

	private final long heavyCost;

	BulkheadInstrumentation(Bulkheads bulkheads, long heavyCost) {
		this.bulkheads = bulkheads;
		this.heavyCost = heavyCost;
	}

	/**
	 * Records the measures of the document's operations for the bulkhead, once the query
	 * limits have measured them ({@link QueryLimitsInstrumentation}).
	 */
	static void measured(GraphQLContext context, QueryAnalysis.Measures measures) {
		context.put(QueryAnalysis.Measures.class, measures);
	}

	@Override
	public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
		return new Held();
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecution(InstrumentationExecutionParameters parameters,
			InstrumentationState state) {
		// Completed at the end of the execution whatever happened: refused, failed or
		// answered.
		return SimpleInstrumentationContext.whenCompleted((result, error) -> ((Held) state).release());
	}

	@Override
	public @Nullable InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		if (parameters.getExecutionContext().getOperationDefinition().getOperation() != Operation.QUERY) {
			return null;
		}
		GraphQLContext context = parameters.getExecutionContext().getGraphQLContext();
		QueryAnalysis.Measures measures = context.get(QueryAnalysis.Measures.class);
		HeavyQueries heavy = (measures != null) ? HeavyQueries.of(measures, this.heavyCost) : null;
		if (heavy == null) {
			return null;
		}
		try {
			((Held) state).place = this.bulkheads.enter(HeavyWork.QUERY);
		}
		catch (OverloadedException ex) {
			context.put(OverloadedException.class, ex);
			throw new AbortExecutionException(List.of(overloaded(ex)));
		}
		return null;
	}

	static GraphQLError overloaded(OverloadedException ex) {
		return GraphQLError.newError()
			.errorType(ErrorClassification.errorClassification(OverloadedException.CODE))
			.message(ex.getMessage())
			.extensions(Map.of("code", OverloadedException.CODE))
			.build();
	}

	/** The place an execution holds, if any. */
	private static final class Held implements InstrumentationState {

		private volatile Bulkheads.@Nullable Place place;

		void release() {
			Bulkheads.Place place = this.place;
			if (place != null) {
				place.close();
			}
		}

	}

}
