package org.gba.cooperation.graphql;

import java.util.Map;
import java.util.UUID;

import jakarta.validation.ConstraintViolationException;

import graphql.GraphQLError;
import graphql.schema.DataFetchingEnvironment;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.gba.cooperation.live.SubscriptionEndedException;
import org.gba.cooperation.shared.InContext;
import org.gba.cooperation.shared.InvalidInputException;
import org.gba.cooperation.shared.LocalizedMessage;
import org.gba.cooperation.shared.access.AccessRefusedException;
import org.gba.cooperation.shared.access.AccessRules;
import org.gba.cooperation.shared.access.ForbiddenException;
import org.springframework.context.MessageSource;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * The one place exceptions become GraphQL errors. Known client mistakes get their own
 * message, in the request's language, and {@code extensions.classification}; anything
 * else is left to Spring for GraphQL, which answers {@code INTERNAL_ERROR} with an opaque
 * ID and never a stack trace or SQL.
 */
@ControllerAdvice
class GraphQlErrors {

	private static final Log LOG = LogFactory.getLog(GraphQlErrors.class);

	private static final LocalizedMessage SIGN_IN = LocalizedMessage.of("error.signIn");

	private final AccessRules accessRules;

	private final MessageSource messages;

	GraphQlErrors(AccessRules accessRules, MessageSource messages) {
		this.accessRules = accessRules;
		this.messages = messages;
	}

	@GraphQlExceptionHandler
	GraphQLError invalidInput(InvalidInputException ex, DataFetchingEnvironment env) {
		return badRequest(told(ex.localizedMessage(), env), env);
	}

	@GraphQlExceptionHandler
	GraphQLError forbidden(ForbiddenException ex, DataFetchingEnvironment env) {
		return error(ErrorType.FORBIDDEN, told(ex.localizedMessage(), env), env);
	}

	/**
	 * Method security refusals: UNAUTHORIZED when no one is signed in, FORBIDDEN
	 * otherwise.
	 */
	@GraphQlExceptionHandler
	GraphQLError accessDenied(AccessDeniedException ex, DataFetchingEnvironment env) {
		if (this.accessRules.caller().isAnonymous()) {
			return error(ErrorType.UNAUTHORIZED, told(SIGN_IN, env), env);
		}
		// Method security says only "Access Denied"; our own refusals say why.
		LocalizedMessage message = (ex instanceof AccessRefusedException refused) ? refused.localizedMessage()
				: "Access Denied".equals(ex.getMessage()) ? LocalizedMessage.of("error.rolesDoNotAllow")
						: LocalizedMessage.literal(String.valueOf(ex.getMessage()));
		return error(ErrorType.FORBIDDEN, told(message, env), env);
	}

	@GraphQlExceptionHandler
	GraphQLError unauthenticated(AuthenticationException ex, DataFetchingEnvironment env) {
		return error(ErrorType.UNAUTHORIZED, told(SIGN_IN, env), env);
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

	/**
	 * The error that ends a subscription's stream. One the server ended (a client too
	 * slow) or refused (too many) says why, with its code; any other failure is answered
	 * {@code INTERNAL_ERROR for <id>}, nothing more, and logged with the same id.
	 */
	static GraphQLError subscriptionEnded(Throwable ex) {
		if (ex instanceof SubscriptionEndedException ended) {
			return GraphQLError.newError()
				.errorType(ErrorType.INTERNAL_ERROR)
				.message(ended.getMessage())
				.extensions(Map.of("code", ended.code()))
				.build();
		}
		String id = UUID.randomUUID().toString();
		LOG.error("Subscription failed for id " + id, ex);
		return GraphQLError.newError()
			.errorType(ErrorType.INTERNAL_ERROR)
			.message("INTERNAL_ERROR for " + id)
			.extensions(Map.of("code", "INTERNAL_ERROR"))
			.build();
	}

	/**
	 * A statement that ran over the JDBC time-out ({@code TIMEOUT}), or a transaction the
	 * database gave up for a concurrent one, such as a deadlock
	 * ({@code CONCURRENT_CHANGE}): both rolled back, so nothing was written and the
	 * request may simply be sent again (with the same idempotency key, for a mutation).
	 * Not an internal error: the client can do something about it.
	 */
	@GraphQlExceptionHandler
	GraphQLError transientFailure(TransientDataAccessException ex, DataFetchingEnvironment env) {
		return transientFailure(ex, ex instanceof QueryTimeoutException, env);
	}

	/**
	 * The same, as JPA reports it where Spring has not translated it (queries built on
	 * the EntityManager).
	 */
	@GraphQlExceptionHandler({ jakarta.persistence.QueryTimeoutException.class,
			jakarta.persistence.PessimisticLockException.class, jakarta.persistence.LockTimeoutException.class })
	GraphQLError jpaTransientFailure(jakarta.persistence.PersistenceException ex, DataFetchingEnvironment env) {
		return transientFailure(ex, ex instanceof jakarta.persistence.QueryTimeoutException, env);
	}

	private GraphQLError transientFailure(Exception ex, boolean timeout, DataFetchingEnvironment env) {
		LOG.warn((timeout ? "Statement time-out" : "Concurrent change refused") + " at "
				+ env.getExecutionStepInfo().getPath() + ": " + ex.getClass().getSimpleName());
		return GraphQLError.newError()
			.errorType(ErrorType.INTERNAL_ERROR)
			.message(told(LocalizedMessage.of(timeout ? "error.timeout" : "error.concurrentChange"), env))
			.path(env.getExecutionStepInfo().getPath())
			.location(env.getField().getSourceLocation())
			.extensions(Map.of("code", timeout ? "TIMEOUT" : "CONCURRENT_CHANGE"))
			.build();
	}

	/** The message in the request's language ({@link InContext}). */
	private String told(LocalizedMessage message, DataFetchingEnvironment env) {
		return message.in(this.messages, InContext.of(env.getGraphQlContext()).language());
	}

	private static GraphQLError badRequest(String message, DataFetchingEnvironment env) {
		return error(ErrorType.BAD_REQUEST, message, env);
	}

	private static GraphQLError error(ErrorType type, String message, DataFetchingEnvironment env) {
		return GraphQLError.newError()
			.errorType(type)
			.message(message)
			.path(env.getExecutionStepInfo().getPath())
			.location(env.getField().getSourceLocation())
			.build();
	}

}
