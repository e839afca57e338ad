package org.gba.cooperation.graphql;

import java.util.List;
import java.util.stream.IntStream;

import org.gba.cooperation.shared.access.AccessRules;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gba.cooperation.support.GlobalIds.globalId;

/**
 * {@code node} and {@code nodes} refuse what is not an ID of ours before any record is
 * looked up: a slice of the application (the schema, {@link NodeController}, the error
 * mapping of {@link GraphQlErrors} and the message bundles) run in process, without HTTP
 * or a database. Which records an ID finds, and who may see them, is GlobalIdIT's and
 * NodeAccessIT's.
 */
@GraphQlTest(controllers = NodeController.class)
@ImportAutoConfiguration(MessageSourceAutoConfiguration.class)
class NodeControllerTest {

	@Autowired
	private GraphQlTester graphQl;

	/**
	 * Asked by {@link GraphQlErrors} only who was refused access, which none of these
	 * requests is.
	 */
	@MockitoBean
	private AccessRules accessRules;

	@Test
	void aMalformedIdIsABadRequest() {
		this.graphQl.documentName("api/node").variable("id", "42").execute().errors().satisfy((errors) -> {
			assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getMessage()).isEqualTo("'42' is not a valid ID");
				assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(error.getPath()).isEqualTo("node");
			});
		});
	}

	@Test
	void anIdOfATypeThatDoesNotExistIsABadRequest() {
		String id = globalId("Spaceship:1");

		this.graphQl.documentName("api/node").variable("id", id).execute().errors().satisfy((errors) -> {
			assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getMessage()).isEqualTo("'" + id + "' is not the ID of any object");
				assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
			});
		});
	}

	@Test
	void aNonCanonicalSpellingOfAnIdIsRefused() {
		// "JointLab:01" names the same row as "JointLab:1", but only one spelling is an
		// ID.
		this.graphQl.documentName("api/node")
			.variable("id", globalId("JointLab:01"))
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST)));
	}

	@Test
	void nodesRefusesMoreThanOneHundredIds() {
		List<String> ids = IntStream.rangeClosed(1, 101).mapToObj((i) -> globalId("JointLab", i)).toList();

		this.graphQl.documentName("api/nodes")
			.variable("ids", ids)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getMessage()).isEqualTo("`nodes` takes at most 100 IDs, got 101");
				assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
			}));
	}

	/**
	 * The custom scalars, which the schema needs to be built. The application registers
	 * them in {@link GraphQlConfiguration}, with beans that need the database; the slice
	 * takes only these.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class Wiring {

		@Bean
		RuntimeWiringConfigurer scalars() {
			return (wiring) -> wiring.scalar(Scalars.DATE).scalar(Scalars.DATE_TIME).scalar(Scalars.DECIMAL);
		}

	}

}
