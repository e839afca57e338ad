package org.gba.cooperation.graphql;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.ConstraintViolationException;

import graphql.ErrorClassification;
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
import org.hibernate.exception.JDBCConnectionException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * The one place exceptions become GraphQL errors. Known client mistakes get their own
 * message, in the request's language, and {@code extensions.classification}; a database
 * that cannot be reached is {@code SERVICE_UNAVAILABLE}, with when to try again; anything
 * else is left to Spring for GraphQL, which answers {@code INTERNAL_ERROR} with an opaque
 * ID and never a stack trace or SQL.
 */
@ControllerAdvice
class GraphQlErrors {

	private static final Log LOG = LogFactory.getLog(GraphQlErrors.class);

	private static final LocalizedMessage SIGN_IN = LocalizedMessage.of("error.signIn");

	/** The code of a request the database could not be reached for. */
	static final String SERVICE_UNAVAILABLE = "SERVICE_UNAVAILABLE";

	/**
	 * When to try again after the database could not be reached: a few times the pool's
	 * wait for a connection (spring.datasource.hikari.connection-timeout, 2 s in the
	 * {@code mysql} profile), enough for a restarted server or a failover.
	 */
	private static final Duration RETRY_AFTER = Duration.ofSeconds(5);

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
		if (ex instanceof TransientDataAccessResourceException) {
			// A connection that failed (SQLTransientConnectionException), not a
			// concurrent change.
			return databaseUnavailable(ex, env);
		}
		return transientFailure(ex, ex instanceof QueryTimeoutException, env);
	}

	/**
	 * The database could not be reached: no connection within the pool's wait (Hikari's
	 * {@code SQLTransientConnectionException}, wrapped by Spring or Hibernate), a
	 * connection that broke under a statement, a transaction that could not begin, commit
	 * or roll back for want of one. Answered {@code SERVICE_UNAVAILABLE} with when to try
	 * again, never INTERNAL_ERROR: nothing is wrong with the request. A mutation's
	 * transaction did not commit, or its outcome is unknown when the connection broke at
	 * the commit itself; either way the same mutation sent again with its idempotency key
	 * is answered as it should be (its first result if that one committed, otherwise
	 * written now). Matched on the exception or any of its causes, so that the wrappers
	 * of a rollback that failed as well are seen through ({@link #sqlFailure}).
	 */
	@GraphQlExceptionHandler({ DataAccessResourceFailureException.class, RecoverableDataAccessException.class,
			CannotCreateTransactionException.class, JDBCConnectionException.class })
	GraphQLError databaseUnavailable(Exception ex, DataFetchingEnvironment env) {
		LOG.warn("Database unreachable at " + env.getExecutionStepInfo().getPath() + ": " + rootCause(ex));
		return GraphQLError.newError()
			.errorType(ErrorClassification.errorClassification(SERVICE_UNAVAILABLE))
			.message(told(LocalizedMessage.of("error.serviceUnavailable", RETRY_AFTER.toSeconds()), env))
			.path(env.getExecutionStepInfo().getPath())
			.location(env.getField().getSourceLocation())
			.extensions(Map.of("code", SERVICE_UNAVAILABLE))
			.build();
	}

	/**
	 * A JDBC failure no layer translated (a rollback on a connection already closed
	 * reaches us as Spring's {@code JpaSystemException} around Hibernate's
	 * {@code TransactionException} around it): {@code SERVICE_UNAVAILABLE} when it is a
	 * connection's failure (its class, or SQL state class 08), otherwise left unresolved
	 * ({@code null}), for the default {@code INTERNAL_ERROR}.
	 */
	@GraphQlExceptionHandler
	@Nullable GraphQLError sqlFailure(SQLException ex, DataFetchingEnvironment env) {
		boolean connection = ex instanceof SQLTransientConnectionException
				|| ex instanceof SQLNonTransientConnectionException || ex instanceof SQLRecoverableException
				|| String.valueOf(ex.getSQLState()).startsWith("08") || closedByThePool(ex);
		return connection ? databaseUnavailable(ex, env) : null;
	}

	/**
	 * A statement on a connection the pool closed under it (it found the connection
	 * broken): HikariCP says so with a plain {@code SQLException} "Connection is closed",
	 * without an SQL state (the outage drill met it: a page read as the database went
	 * out). Recognised by that message and the missing state, as HikariCP gives nothing
	 * else to tell it by.
	 */
	private static boolean closedByThePool(SQLException ex) {
		return ex.getSQLState() == null && "Connection is closed".equals(ex.getMessage());
	}

	/**
	 * The innermost cause, as its class and SQL state: what the log needs, without the
	 * stack or the statement.
	 */
	private static String rootCause(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName()
				+ ((root instanceof SQLException sql) ? " (SQL state " + sql.getSQLState() + ")" : "");
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
