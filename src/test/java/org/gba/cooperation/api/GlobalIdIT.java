package org.gba.cooperation.api;

import java.util.List;

import org.gba.cooperation.support.GraphQlIntegrationTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gba.cooperation.support.GlobalIds.globalId;
import static org.gba.cooperation.support.GlobalIds.rowOf;

/**
 * Every object has an opaque, stable global ID that {@code node} and {@code nodes}
 * accept. What they refuse before looking anything up (malformed IDs, IDs of no type, too
 * many) is NodeControllerTest's.
 */
class GlobalIdIT extends GraphQlIntegrationTestSupport {

	@ParameterizedTest(name = "{0} from {1}")
	@CsvSource({ "JointLab, jointLabs", "InvestmentEvent, investmentEvents", "CrossBorderProject, crossBorderProjects",
			"TalentArrangement, talentArrangements", "Organization, organizations", "Person, people" })
	void nodeFindsWhatEveryConnectionReturns(String typeName, String connection) {
		String id = idAt("{ " + connection + "(first: 1) { nodes { id } } }", connection + ".nodes[0].id");

		this.graphQl.documentName("api/node")
			.variable("id", id)
			.execute()
			.path("node.__typename")
			.entity(String.class)
			.isEqualTo(typeName)
			.path("node.id")
			.entity(String.class)
			.isEqualTo(id);
	}

	@Test
	void nestedObjectsAreNodesToo() {
		List<String> expectedTypes = List.of("Deal", "City", "Sector", "Investment", "Milestone");
		String dealId = idAt(
				"{ investmentEvents(first: 1, filter: {statuses: [COMPLETED]}) { nodes { deals { id } } } }",
				"investmentEvents.nodes[0].deals[0].id");
		String cityId = idAt("{ cities { id } }", "cities[0].id");
		String sectorId = idAt("{ sectors { id } }", "sectors[0].id");
		String investmentId = idAt("{ crossBorderProjects(first: 1) { nodes { investments { id } } } }",
				"crossBorderProjects.nodes[0].investments[0].id");
		String milestoneId = idAt("{ crossBorderProjects(first: 1) { nodes { milestones { id } } } }",
				"crossBorderProjects.nodes[0].milestones[0].id");

		this.graphQl.documentName("api/nodes")
			.variable("ids", List.of(dealId, cityId, sectorId, investmentId, milestoneId))
			.execute()
			.path("nodes[*].__typename")
			.entityList(String.class)
			.containsExactly(expectedTypes.toArray(String[]::new));
	}

	@Test
	void theIdIsOpaqueButStable() {
		String id = idAt("{ jointLabs(first: 1, orderBy: {field: START_DATE, direction: ASC}) { nodes { id } } }",
				"jointLabs.nodes[0].id");

		String decoded = rowOf(id);
		assertThat(decoded).matches("JointLab:[0-9]+");
		assertThat(id).doesNotContain("=", "+", "/");
	}

	@Test
	void nodesKeepTheOrderAskedAndAnswerNullForUnknownIds() {
		String lab = globalId("JointLab:1");
		String missing = globalId("JointLab:999999");
		String organization = globalId("Organization:1");

		this.graphQl.documentName("api/nodes")
			.variable("ids", List.of(organization, missing, lab))
			.execute()
			.path("nodes[0].__typename")
			.entity(String.class)
			.isEqualTo("Organization")
			.path("nodes[1]")
			.valueIsNull()
			.path("nodes[2].id")
			.entity(String.class)
			.isEqualTo(lab);
	}

	@Test
	void anUnknownButWellFormedIdIsNullWithoutError() {
		this.graphQl.documentName("api/node")
			.variable("id", globalId("CrossBorderProject:424242"))
			.execute()
			.errors()
			.verify()
			.path("node")
			.valueIsNull();
	}

}
