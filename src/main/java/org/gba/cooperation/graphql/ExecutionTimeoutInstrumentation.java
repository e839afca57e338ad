package org.gba.cooperation.graphql;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.language.OperationDefinition.Operation;
import graphql.schema.DataFetcher;
import org.gba.cooperation.shared.RequestDeadline;

/**
 * Bounds the execution of a request by {@link GraphQlEndpointProperties#timeout()}: once
 * the time is up, no further field is fetched and the request is answered with no data
 * and one error, code {@code TIMEOUT}. A fetch already running is not interrupted here:
 * its SQL statement is bounded by the JDBC query timeout, which cancels it on the
 * database and gives its connection back. A subscription is not bounded: it runs until
 * its client or the server ends it.
 * <p>
 * A mutation is never answered {@code TIMEOUT} by this: its answer must say what it
 * wrote. Each root mutation field runs within the request's {@link RequestDeadline},
 * which the mutation's transaction keeps to (a mutation with no time left is refused with
 * the user error {@code TIMEOUT} before it writes anything), and what a mutation that ran
 * answers is always fetched.
 */
final class ExecutionTimeoutInstrumentation implements Instrumentation {

	private final Duration timeout;

	private final Clock clock;

	ExecutionTimeoutInstrumentation(Duration timeout, Clock clock) {
		this.timeout = timeout;
		this.clock = clock;
	}

	@Override
	public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
		return new Deadline(this.clock.instant().plus(this.timeout));
	}

	@Override
	public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher,
			InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
		Deadline deadline = (Deadline) state;
		Operation operation = parameters.getExecutionContext().getOperationDefinition().getOperation();
		if (operation == Operation.SUBSCRIPTION) {
			// A subscription lives as long as its client wants: its messages are not
			// bounded by the time
			// since it began. Each message's reads are still bounded by the SQL statement
			// timeout.
			return dataFetcher;
		}
		if (operation == Operation.MUTATION) {
			if (parameters.getExecutionStepInfo().getPath().getLevel() != 1) {
				return dataFetcher;
			}
			return (environment) -> RequestDeadline.within(deadline.at, () -> dataFetcher.get(environment));
		}
		if (parameters.isTrivialDataFetcher()) {
			// A property of an object already fetched costs no time worth bounding, and
			// wrapping each of them (about a thousand per dashboard) cost CPU on every
			// request; once the time is up the answer has no data anyway.
			return dataFetcher;
		}
		return (environment) -> {
			if (this.clock.instant().isAfter(deadline.at)) {
				deadline.passed = true;
				return null;
			}
			return dataFetcher.get(environment);
		};
	}

	@Override
	public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
			InstrumentationExecutionParameters parameters, InstrumentationState state) {
		if (!((Deadline) state).passed) {
			return CompletableFuture.completedFuture(result);
		}
		GraphQLError timedOut = GraphQLError.newError()
			.errorType(graphql.ErrorType.ExecutionAborted)
			.message("The request took longer than " + this.timeout.toMillis()
					+ " ms, the limit (gba.graphql.timeout): ask for less, or fewer nodes at a time")
			.extensions(Map.of("code", "TIMEOUT"))
			.build();
		// Partial data of a request that ran out of time would be arbitrary: none is
		// answered.
		return CompletableFuture
			.completedFuture(result.transform((builder) -> builder.data(null).errors(List.of(timedOut))));
	}

	/** When the request's time is up, and whether a fetch was skipped for it. */
	private static final class Deadline implements InstrumentationState {

		private final Instant at;

		private volatile boolean passed;

		Deadline(Instant at) {
			this.at = at;
		}

	}

}
