package org.gba.cooperation.graphql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

import graphql.ErrorClassification;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.introspection.Introspection;
import org.jspecify.annotations.Nullable;

/**
 * Gives every error of a response an {@code extensions.code}, so that clients branch on a
 * code, never on a message: an error that names its own code keeps it, every other one
 * gets the code of its classification ({@code GRAPHQL_PARSE_FAILED},
 * {@code GRAPHQL_VALIDATION_FAILED}, {@code BAD_REQUEST}, {@code UNAUTHORIZED},
 * {@code FORBIDDEN}, {@code NOT_FOUND}, {@code INTERNAL_ERROR}, ...). It also takes the
 * "Did you mean ...?" suggestions out of the messages of callers who may not introspect,
 * as they would name fields and types such a caller cannot otherwise list.
 */
final class ErrorCodesInstrumentation implements Instrumentation {

	private static final Pattern SUGGESTION = Pattern.compile("\\s*Did you mean [^?]*\\?");

	@Override
	public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
			InstrumentationExecutionParameters parameters, InstrumentationState state) {
		if (result.getErrors().isEmpty()) {
			return CompletableFuture.completedFuture(result);
		}
		boolean mayIntrospect = !Boolean.TRUE
			.equals(parameters.getExecutionInput().getGraphQLContext().get(Introspection.INTROSPECTION_DISABLED));
		List<GraphQLError> errors = result.getErrors().stream().map((error) -> coded(error, mayIntrospect)).toList();
		return CompletableFuture.completedFuture(result.transform((builder) -> builder.errors(errors)));
	}

	private static GraphQLError coded(GraphQLError error, boolean mayIntrospect) {
		Map<String, Object> extensions = new LinkedHashMap<>();
		if (error.getExtensions() != null) {
			extensions.putAll(error.getExtensions());
		}
		extensions.putIfAbsent("code", code(error));
		String message = (error.getMessage() != null) ? error.getMessage() : "";
		if (!mayIntrospect) {
			message = SUGGESTION.matcher(message).replaceAll("");
		}
		return rebuilt(error, message, extensions);
	}

	/**
	 * The error with this message and these extensions, and its own classification,
	 * locations and path.
	 */
	static GraphQLError rebuilt(GraphQLError error, String message, Map<String, Object> extensions) {
		GraphQLError.Builder<?> builder = GraphQLError.newError().message(message).extensions(extensions);
		if (error.getErrorType() != null) {
			builder.errorType(error.getErrorType());
		}
		if (error.getLocations() != null) {
			builder.locations(error.getLocations());
		}
		if (error.getPath() != null) {
			builder.path(error.getPath());
		}
		return builder.build();
	}

	/**
	 * The code of an error's classification: the classification itself, in upper snake
	 * case, where no better one is known.
	 */
	static String code(GraphQLError error) {
		ErrorClassification classification = error.getErrorType();
		if (classification == null) {
			return "INTERNAL_ERROR";
		}
		if (classification instanceof graphql.ErrorType type) {
			return switch (type) {
				case InvalidSyntax -> "GRAPHQL_PARSE_FAILED";
				case ValidationError -> "GRAPHQL_VALIDATION_FAILED";
				case OperationNotSupported -> "BAD_REQUEST";
				case ExecutionAborted -> "EXECUTION_ABORTED";
				case DataFetchingException, NullValueInNonNullableField -> "INTERNAL_ERROR";
			};
		}
		return upperSnakeCase(String.valueOf(specification(classification, error)));
	}

	private static @Nullable Object specification(ErrorClassification classification, GraphQLError error) {
		Object specification = classification.toSpecification(error);
		return (specification != null) ? specification : classification.toString();
	}

	private static String upperSnakeCase(String name) {
		return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
	}

}
