package org.gba.cooperation.api;

import java.util.List;
import java.util.Map;

import org.gba.cooperation.support.GraphQlIntegrationTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Connections nested under a list (an organisation's labs, projects, events,
 * arrangements, people) load in batches, and give exactly the pages the root connections
 * give for one organisation.
 */
class NestedConnectionsIT extends GraphQlIntegrationTestSupport {

	private static final List<String> CONNECTIONS = List.of("jointLabs", "crossBorderProjects", "investmentEvents",
			"talentArrangements", "people");

	@Test
	void nestedFirstPagesEqualTheRootConnectionsOfEachOrganization() {
		assertNestedPagesMatch(this.graphQl, 3, null);
	}

	@Test
	void nestedLastPagesEqualTheRootConnectionsOfEachOrganization() {
		assertNestedPagesMatch(this.graphQl, null, 2);
	}

	@Test
	void nestedPagesRespectWhatAnAnonymousCallerMaySee() {
		assertNestedPagesMatch(this.anonymous, 3, null);
	}

	@Test
	void nestedConnectionsOfManyOrganizationsCostNoMoreStatementsThanOfFew() {
		long forFive = statementsFor(5);
		String ofFive = this.statements.statements();
		long forSeventy = statementsFor(100);

		assertThat(forSeventy).as("statements:%n%s", this.statements.statements()).isLessThanOrEqualTo(forFive);
		// organisations + count-free page, then per connection one ranking and one
		// loading statement
		assertThat(forFive).as("statements:%n%s", ofFive).isLessThanOrEqualTo(11);
	}

	private long statementsFor(int organizations) {
		this.statements.reset();
		this.graphQl.documentName("organizations/organizationsWithEverything")
			.variable("first", organizations)
			.variable("nested", 3)
			.execute()
			.errors()
			.verify();
		return this.statements.count();
	}

	private void assertNestedPagesMatch(HttpGraphQlTester client, Integer first, Integer last) {
		List<Map<String, Object>> organizations = client.documentName("organizations/organizationsWithEverything")
			.variable("first", 100)
			.variable("nested", first)
			.variable("last", last)
			.execute()
			.errors()
			.verify()
			.path("organizations.nodes")
			.entityList(OBJECT)
			.get();
		assertThat(organizations).hasSizeGreaterThan(60);
		for (Map<String, Object> organization : organizations) {
			GraphQlTester.Response alone = client.documentName("organizations/organizationAlone")
				.variable("organization", organization.get("id"))
				.variable("nested", first)
				.variable("last", last)
				.execute();
			for (String connection : CONNECTIONS) {
				assertThat(organization.get(connection)).as("%s of %s", connection, organization.get("name"))
					.isEqualTo(alone.path(connection).entity(Map.class).get());
			}
		}
	}

}
