package org.gba.cooperation.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import org.gba.cooperation.support.GraphQlIntegrationTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.graphql.ResponseError;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Introspection as production has it ({@code authenticated}), the execution timeout, and
 * what a caller and the log see of an unexpected failure. Time is driven by a test clock:
 * an operation named {@code Slow} moves it past the timeout as it starts, one named
 * {@code Broken} fails in a way no handler knows. Both only exist in this test's own
 * application context.
 */
@TestPropertySource(properties = "gba.graphql.introspection=authenticated")
@Import(IntrospectionAndTimeoutIT.SlowAndBrokenOperations.class)
@ExtendWith(OutputCaptureExtension.class)
class IntrospectionAndTimeoutIT extends GraphQlIntegrationTestSupport {

	@Autowired
	private EntityManagerFactory entities;

	@Test
	void anonymousSchemaIntrospectionIsRefusedWithItsCode() {
		this.anonymous.document("{ __schema { queryType { name } } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies(
						(error) -> assertThat(error.getExtensions()).containsEntry("code", "INTROSPECTION_DISABLED")));
	}

	@Test
	void anonymousTypeIntrospectionIsRefusedWithItsCode() {
		this.anonymous.document("{ __type(name: \"JointLab\") { fields { name } } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies(
						(error) -> assertThat(error.getExtensions()).containsEntry("code", "INTROSPECTION_DISABLED")));
	}

	@Test
	void aSignedInCallerMayIntrospect() {
		this.graphQl.document("{ __schema { queryType { name } } }")
			.execute()
			.path("__schema.queryType.name")
			.entity(String.class)
			.isEqualTo("Query");
	}

	@Test
	void typenameIsNotIntrospectionAndStaysOpen() {
		this.anonymous.document("{ __typename }").execute().path("__typename").entity(String.class).isEqualTo("Query");
	}

	@Test
	void anUnknownFieldIsNamedWithoutSuggestionsToAnAnonymousCaller() {
		this.anonymous.document("{ sectors { nam } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getMessage()).contains("'nam'").doesNotContainIgnoringCase("did you mean");
				assertThat(error.getExtensions()).containsEntry("code", "GRAPHQL_VALIDATION_FAILED");
			}));
	}

	@Test
	void aRequestThatRunsOutOfTimeEndsWithTimeoutAndNoData() {
		String body = this.http.post()
			.uri("/graphql")
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", "query Slow { sectors { id code } }"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();

		assertThat(body).contains("\"data\":null").contains("\"code\":\"TIMEOUT\"").contains("gba.graphql.timeout");
		assertThat(body.split("\"message\"")).hasSize(2);
	}

	@Test
	void aRequestWithinTheTimeoutRuns() {
		this.graphQl.document("query Quick { sectors { id } }").execute().errors().verify().path("sectors").hasValue();
	}

	@Test
	void anUnexpectedFailureAnswersAGenericMessageWhoseIdIsLoggedWithTheFailure(CapturedOutput output) {
		AtomicReference<ResponseError> failure = new AtomicReference<>();
		this.graphQl.document("query Broken { sectors { id } }")
			.execute()
			.errors()
			.satisfy((errors) -> failure.set(assertThat(errors).singleElement().actual()));
		ResponseError error = failure.get();

		assertThat(error.getExtensions()).containsEntry("code", "INTERNAL_ERROR");
		assertThat(error.getMessage()).matches("INTERNAL_ERROR for \\S+").doesNotContain("SELECT");
		String executionId = error.getMessage().substring("INTERNAL_ERROR for ".length());
		assertThat(output.getAll()).contains("for executionId " + executionId).contains("SELECT secret FROM vault");
	}

	@Test
	void aSqlStatementIsCancelledAfterNineSecondsJustUnderTheRequestTimeout() {
		EntityManager entityManager = this.entities.createEntityManager();
		try {
			Integer seconds = entityManager.createNativeQuery("select 1")
				.unwrap(org.hibernate.query.Query.class)
				.getTimeout();
			assertThat(seconds).isEqualTo(9);
		}
		finally {
			entityManager.close();
		}
	}

	/** A test clock, and the operations {@code Slow} and {@code Broken}. */
	@TestConfiguration(proxyBeanMethods = false)
	static class SlowAndBrokenOperations {

		@Bean
		@Primary
		TestClock testClock() {
			return new TestClock();
		}

		@Bean
		Instrumentation slowAndBrokenOperations(TestClock clock) {
			return new Instrumentation() {

				@Override
				public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher,
						InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
					String operation = parameters.getExecutionContext().getOperationDefinition().getName();
					if ("Slow".equals(operation)) {
						return (environment) -> {
							clock.advance(Duration.ofSeconds(11));
							return dataFetcher.get(environment);
						};
					}
					if ("Broken".equals(operation)) {
						return (environment) -> {
							throw new IllegalStateException("SELECT secret FROM vault");
						};
					}
					return dataFetcher;
				}

			};
		}

	}

	/** A clock that only moves when told to. */
	static final class TestClock extends Clock {

		private volatile Instant now = Instant.now();

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
