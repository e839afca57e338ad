package org.gba.cooperation.graphql;

import java.util.Locale;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.OperationDefinition;
import org.jspecify.annotations.Nullable;

/**
 * Notes which operation of the document runs (its name and type) in the request's
 * {@link RequestRecord}: the request names it only when the document holds several.
 * Nothing per field.
 */
final class ExecutedOperationInstrumentation extends SimplePerformantInstrumentation {

	@Override
	public @Nullable InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		RequestRecord record = parameters.getExecutionContext().getGraphQLContext().get(RequestRecord.class);
		if (record != null) {
			OperationDefinition operation = parameters.getExecutionContext().getOperationDefinition();
			record.operationName = OperationNames.wellFormed(operation.getName());
			record.operationType = operation.getOperation().name().toLowerCase(Locale.ROOT);
		}
		return null;
	}

}
