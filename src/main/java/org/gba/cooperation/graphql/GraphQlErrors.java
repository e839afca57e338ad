package org.gba.cooperation.graphql;

import graphql.GraphQLError;
import graphql.schema.DataFetchingEnvironment;
import jakarta.validation.ConstraintViolationException;
import org.gba.cooperation.shared.InvalidInputException;
import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * The one place exceptions become GraphQL errors. Known client mistakes get their own message and
 * {@code extensions.classification}; anything else is left to Spring for GraphQL, which answers
 * {@code INTERNAL_ERROR} with an opaque ID and never a stack trace or SQL.
 */
@ControllerAdvice
class GraphQlErrors {

	@GraphQlExceptionHandler
	GraphQLError invalidInput(InvalidInputException ex, DataFetchingEnvironment env) {
		return badRequest(ex.getMessage(), env);
	}

	@GraphQlExceptionHandler
	GraphQLError constraintViolation(ConstraintViolationException ex, DataFetchingEnvironment env) {
		String message = ex.getConstraintViolations()
			.stream()
			.map((violation) -> violation.getPropertyPath() + ": " + violation.getMessage())
			.sorted()
			.reduce((a, b) -> a + "; " + b)
			.orElse("Invalid input");
		return badRequest(message, env);
	}

	private static GraphQLError badRequest(String message, DataFetchingEnvironment env) {
		return GraphQLError.newError()
			.errorType(ErrorType.BAD_REQUEST)
			.message(message)
			.path(env.getExecutionStepInfo().getPath())
			.location(env.getField().getSourceLocation())
			.build();
	}

}
