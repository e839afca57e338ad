package org.gba.cooperation.graphiql;

import org.gba.cooperation.support.DatabaseIndependent;
import org.gba.cooperation.support.GraphQlIntegrationTestSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.test.context.TestPropertySource;

/**
 * With {@code gba.graphiql.enabled=false} there is no GraphiQL: no page, no examples, no
 * page script.
 */
@DatabaseIndependent
@TestPropertySource(properties = "gba.graphiql.enabled=false")
class GraphiQlDisabledIT extends GraphQlIntegrationTestSupport {

	@ParameterizedTest
	@ValueSource(strings = { "/graphiql", "/graphiql/examples", "/graphiql/assets/graphiql-page.js" })
	void graphiQlIsNotServed(String path) {
		this.http.get().uri(path).exchange().expectStatus().isNotFound();
	}

}
