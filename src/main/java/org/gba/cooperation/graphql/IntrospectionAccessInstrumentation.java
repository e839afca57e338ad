package org.gba.cooperation.graphql;

import graphql.ExecutionInput;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.introspection.Introspection;
import org.gba.cooperation.shared.access.AccessRules;

/**
 * Turns introspection off for the callers
 * {@link GraphQlEndpointProperties#introspection()} excludes, through graphql-java's own
 * per-request switch; graphql-java then refuses {@code __schema} and {@code __type} with
 * an error that {@link ErrorCodesInstrumentation} codes {@code INTROSPECTION_DISABLED}.
 */
final class IntrospectionAccessInstrumentation implements Instrumentation {

	private final IntrospectionAccess access;

	private final AccessRules accessRules;

	IntrospectionAccessInstrumentation(IntrospectionAccess access, AccessRules accessRules) {
		this.access = access;
		this.accessRules = accessRules;
	}

	@Override
	public ExecutionInput instrumentExecutionInput(ExecutionInput input, InstrumentationExecutionParameters parameters,
			InstrumentationState state) {
		boolean allowed = switch (this.access) {
			case ALL -> true;
			case AUTHENTICATED -> !this.accessRules.caller().isAnonymous();
			case NONE -> false;
		};
		input.getGraphQLContext().put(Introspection.INTROSPECTION_DISABLED, !allowed);
		return input;
	}

}
