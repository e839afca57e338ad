package org.gba.cooperation.graphql;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicReference;

import org.gba.cooperation.shared.access.AccessRules;
import org.hibernate.exception.GenericJDBCException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.stereotype.Controller;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A JDBC failure that no layer translated is told apart by what it says of the
 * connection: {@code SERVICE_UNAVAILABLE} when the database could not be used (try
 * again), {@code INTERNAL_ERROR} otherwise. A slice of the application (the schema, the
 * error mapping of {@link GraphQlErrors}, the message bundles) with a field that fails as
 * the test tells it to.
 */
@GraphQlTest(controllers = DatabaseFailuresTest.Failing.class)
@ImportAutoConfiguration(MessageSourceAutoConfiguration.class)
@Import(DatabaseFailuresTest.Failing.class)
class DatabaseFailuresTest {

	private static final AtomicReference<RuntimeException> failure = new AtomicReference<>();

	@Autowired
	private GraphQlTester graphQl;

	@MockitoBean
	private AccessRules accessRules;

	@Test
	void aStatementOnAConnectionThePoolClosedIsServiceUnavailable() {
		// HikariCP's words for a connection it closed under a statement, without an SQL
		// state; the outage drill met it, answered INTERNAL_ERROR before.
		assertThat(codeOf(new SQLException("Connection is closed"))).isEqualTo("SERVICE_UNAVAILABLE");
	}

	@Test
	void aConnectionFailureBySqlStateIsServiceUnavailable() {
		assertThat(codeOf(new SQLException("Communications link failure", "08S01"))).isEqualTo("SERVICE_UNAVAILABLE");
	}

	@Test
	void anyOtherJdbcFailureIsAnInternalError() {
		assertThat(codeOf(new SQLException("Connection is closed", "HY000"))).isEqualTo("INTERNAL_ERROR");
		assertThat(codeOf(new SQLException("Syntax error", "42000"))).isEqualTo("INTERNAL_ERROR");
	}

	/** The code of the error a field fails with when Hibernate reports this cause. */
	private String codeOf(SQLException cause) {
		failure.set(new GenericJDBCException("Could not prepare statement [" + cause.getMessage() + "]", cause));
		AtomicReference<Object> code = new AtomicReference<>();
		this.graphQl.document("{ node(id: \"Sm9pbnRMYWI6MQ\") { id } }").execute().errors().satisfy((errors) -> {
			assertThat(errors).singleElement().satisfies((error) -> assertThat(error.getPath()).isEqualTo("node"));
			code.set(errors.get(0).getExtensions().getOrDefault("code", String.valueOf(errors.get(0).getErrorType())));
		});
		return String.valueOf(code.get());
	}

	@Controller
	static class Failing {

		@QueryMapping
		Object node() {
			throw failure.get();
		}

	}

	/** The custom scalars, which the schema needs to be built. */
	@TestConfiguration(proxyBeanMethods = false)
	static class Wiring {

		@Bean
		RuntimeWiringConfigurer scalars() {
			return (wiring) -> wiring.scalar(Scalars.DATE).scalar(Scalars.DATE_TIME).scalar(Scalars.DECIMAL);
		}

	}

}
