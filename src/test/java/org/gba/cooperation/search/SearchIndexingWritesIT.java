package org.gba.cooperation.search;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.awaitility.core.ThrowingRunnable;
import org.gba.cooperation.support.WriteIntegrationTestSupport;
import org.gba.cooperation.support.search.OpenSearchTestNode;
import org.gba.cooperation.support.search.RequiresOpenSearch;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.gba.cooperation.support.GlobalIds.globalId;

/**
 * A search document holds data of other records (an arrangement its person's names, a lab
 * its members' jurisdictions): writing those records indexes the documents again
 * ({@code SearchDependents}), and a record's new rows (a new lab's lead member) are in
 * its first document.
 */
@Tag(RequiresOpenSearch.SEARCH_TAG)
class SearchIndexingWritesIT extends WriteIntegrationTestSupport {

	private static final String GDUT = globalId("Organization", 5);

	private static final String SYSU = globalId("Organization", 1);

	private static final String MACAO_CITY = globalId("City", 14);

	@Test
	void renamingAPersonFindsTheirArrangementsByTheNewName() throws Throwable {
		Map<String, Object> person = succeeded(execute(this.graphQl, "people/createPerson", Map.of("names",
				Map.of("zhHant", "甄試者", "zhHans", "甄试者", "en", "Quillon Aberforth"), "homeJurisdiction", "HONG_KONG")),
				"createPerson", "person");
		Map<String, Object> input = new HashMap<>();
		input.put("personId", person.get("id"));
		input.put("hostOrganizationId", GDUT);
		input.put("mode", "VISITING");
		input.put("category", "YOUNG_SCIENTIST");
		input.put("startDate", "2024-01-01");
		Object arrangement = succeeded(execute(this.graphQl, "talent/createTalentArrangement", input),
				"createTalentArrangement", "talentArrangement")
			.get("id");
		searchable(() -> assertThat(arrangements("quillon")).containsExactly(arrangement));

		succeeded(
				execute(this.graphQl, "people/updatePerson",
						on(person,
								Map.of("names", Map.of("zhHant", "甄改名", "zhHans", "甄改名", "en", "Zebulon Aberforth")))),
				"updatePerson", "person");

		searchable(() -> assertThat(arrangements("zebulon")).containsExactly(arrangement));
		assertThat(arrangements("quillon")).isEmpty();
	}

	@Test
	void aNewLabIsFoundByItsLeadsJurisdictionAndMovingAMemberMovesItsLabs() throws Throwable {
		Map<String, Object> organization = succeeded(
				execute(this.graphQl, "organizations/createOrganization",
						Map.of("names", Map.of("zhHant", "搬遷研究所", "zhHans", "搬迁研究所", "en", "Relocating Institute"),
								"kind", "RESEARCH_INSTITUTE", "cityId", globalId("City", 1))),
				"createOrganization", "organization");
		Map<String, Object> lab = succeeded(execute(this.graphQl, "search/createJointLabInBothScripts",
				ledBy(jointLabInput(Map.of("zhHans", "迁移测试联合实验室", "en", "Relocation Test Lab"), firstSectorId(),
						secondCityId(), SYSU), (String) organization.get("id"))),
				"createJointLab", "jointLab");
		searchable(() -> assertThat(labs("relocation", "GUANGDONG")).containsExactly(lab.get("id")));
		assertThat(labs("relocation", "MACAO")).isEmpty();

		succeeded(execute(this.graphQl, "organizations/updateOrganization",
				on(organization, Map.of("cityId", MACAO_CITY))), "updateOrganization", "organization");

		searchable(() -> assertThat(labs("relocation", "MACAO")).containsExactly(lab.get("id")));
		assertThat(labs("relocation", "GUANGDONG")).isEmpty();
	}

	private List<Object> arrangements(String search) {
		return this.graphQl
			.document("query($s: String) { c: talentArrangements(filter: {search: $s}) { nodes { id } } }")
			.variable("s", search)
			.execute()
			.path("c.nodes[*].id")
			.entityList(Object.class)
			.get();
	}

	private List<Object> labs(String search, String jurisdiction) {
		return this.graphQl
			.document("query($s: String, $j: Jurisdiction!) { c: jointLabs(filter: {search: $s, jurisdictions: [$j]}) "
					+ "{ nodes { id } } }")
			.variable("s", search)
			.variable("j", jurisdiction)
			.execute()
			.path("c.nodes[*].id")
			.entityList(Object.class)
			.get();
	}

	/**
	 * Searchable when the mutation answers on Lucene; on OpenSearch, through the outbox,
	 * within a couple of seconds.
	 */
	private static void searchable(ThrowingRunnable assertion) throws Throwable {
		if (OpenSearchTestNode.requested()) {
			await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).untilAsserted(assertion);
		}
		else {
			assertion.run();
		}
	}

}
