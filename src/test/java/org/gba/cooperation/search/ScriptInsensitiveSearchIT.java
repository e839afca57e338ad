package org.gba.cooperation.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.gba.cooperation.support.GraphQlIntegrationTestSupport;
import org.gba.cooperation.support.StatementCounter.Executed;
import org.gba.cooperation.support.search.RequiresOpenSearch;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code search:} on every root connection ignores the Chinese script (聯合實驗室 finds 联合实验室
 * and the reverse, and a query mixing both scripts finds what either would), the width
 * and case of Latin text, and goes through the search index instead of scanning the
 * records' names.
 */
@Tag(RequiresOpenSearch.SEARCH_TAG)
class ScriptInsensitiveSearchIT extends GraphQlIntegrationTestSupport {

	@ParameterizedTest(name = "{0}: {1} = {2} = {3}")
	@CsvSource({ "search/searchJointLabs,           智能微電子聯合實驗室, 智能微电子联合实验室, 智能微電子联合实验室",
			"search/searchJointLabs,           聯合實驗室,         联合实验室,         聯合实验室",
			"search/searchOrganizations,       華南理工大學,       华南理工大学,       華南理工大学",
			"search/searchPeople,              鄭雅婷,            郑雅婷,            鄭雅婷",
			"search/searchInvestmentEvents,    大灣區全球招商大會,  大湾区全球招商大会,  大灣區全球招商大会",
			"search/searchCrossBorderProjects, 廣東強芯,          广东强芯,          廣東强芯",
			"search/searchTalentArrangements,  鄭雅婷,            郑雅婷,            鄭雅婷" })
	void searchFindsTheSameRecordsWhicheverScriptTheQueryIsWrittenIn(String document, String traditional,
			String simplified, String mixed) {
		Set<String> byTraditional = ids(document, traditional);
		Set<String> bySimplified = ids(document, simplified);

		assertThat(byTraditional).isNotEmpty().isEqualTo(bySimplified).isEqualTo(ids(document, mixed));
		assertThat(names(document, traditional))
			.allSatisfy((names) -> assertThat((String) names.get("zhHans")).contains(simplified));
		assertThat(names(document, simplified))
			.allSatisfy((names) -> assertThat((String) names.get("zhHant")).contains(traditional));
	}

	@Test
	void traditionalQueryFindsARecordWhoseTraditionalTextWasGeneratedFromSimplified() {
		// Arrangement 96 is written in Traditional only in the demo data, 95 in
		// Simplified only.
		assertThat(ids("search/searchTalentArrangements", "鄭雅婷")).isNotEmpty();
		GraphQlTester.Response generated = this.graphQl.documentName("search/talentDescriptionsInBothScripts")
			.variable("id", "VGFsZW50QXJyYW5nZW1lbnQ6OTU")
			.execute();
		generated.path("talentArrangement.descriptions.zhHant")
			.entity(String.class)
			.isEqualTo("以遠程諮詢方式為聖若瑟大學提供人工智能領域技術意見。");
		generated.path("talentArrangement.descriptions.machineConverted")
			.entityList(String.class)
			.containsExactly("ZH_HANT");
		GraphQlTester.Response reverse = this.graphQl.documentName("search/talentDescriptionsInBothScripts")
			.variable("id", "VGFsZW50QXJyYW5nZW1lbnQ6OTY")
			.execute();
		reverse.path("talentArrangement.descriptions.zhHans")
			.entity(String.class)
			.isEqualTo("保留原单位职位，同时受聘于澳门城市大学，推动未来生命健康领域相关工作。");
		reverse.path("talentArrangement.descriptions.machineConverted")
			.entityList(String.class)
			.containsExactly("ZH_HANS");
	}

	@ParameterizedTest(name = "{0}: {1} = {2}")
	@CsvSource({ "search/searchOrganizations, HKUST, ＨＫＵＳＴ", "search/searchOrganizations, hkust, Ｈｋｕｓｔ",
			"search/searchCrossBorderProjects, strong core, ＳＴＲＯＮＧ　ＣＯＲＥ",
			"search/searchJointLabs, quantum matter, QUANTUM MATTER",
			"search/searchInvestmentEvents, conferência, CONFERENCIA" })
	void latinTextIsFoundIgnoringWidthCaseAndAccents(String document, String plain, String folded) {
		assertThat(ids(document, plain)).isNotEmpty().isEqualTo(ids(document, folded));
	}

	@Test
	void aOneCharacterSearchFindsEveryNameWithThatCharacterInEitherScript() {
		Set<String> traditional = ids("search/searchCrossBorderProjects", "強");
		assertThat(traditional).isNotEmpty().isEqualTo(ids("search/searchCrossBorderProjects", "强"));
	}

	@Test
	void partsOfTheQueryInDifferentPlacesDoNotMatchTheWholeQuery() {
		// 廣東 and 強芯 both occur in 廣東強芯 names, but no name holds 強芯廣東.
		assertThat(ids("search/searchCrossBorderProjects", "強芯廣東")).isEmpty();
	}

	@Test
	void searchAndOtherFiltersAndTotalCountAgree() {
		GraphQlTester.Response response = this.graphQl
			.document("{ jointLabs(first: 2, filter: {search: \"联合實驗室\", statuses: [OPERATING]}) "
					+ "{ totalCount pageInfo { hasNextPage endCursor } nodes { id status } } }")
			.execute();

		int total = response.path("jointLabs.totalCount").entity(Integer.class).get();
		assertThat(total).isGreaterThan(2);
		response.path("jointLabs.nodes[*].status").entityList(String.class).containsExactly("OPERATING", "OPERATING");
		response.path("jointLabs.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
	}

	@Test
	void searchAsksTheEngineAndLoadsThePageByIdInOneStatement() {
		this.statements.reset();
		Set<String> found = ids("search/searchJointLabs", "聯合實驗室");

		assertThat(found).hasSizeGreaterThan(1);
		// (With OpenSearch, the outbox's agent polls its tables meanwhile: not the
		// search's.)
		List<Executed> executed = this.statements.executed()
			.stream()
			.filter((statement) -> !statement.sql().contains("hsearch_"))
			.toList();
		assertThat(executed).as("statements of a search: %s", executed).hasSize(1);
		String sql = executed.get(0).sql().toLowerCase(Locale.ROOT);
		assertThat(sql.substring(sql.indexOf(" where "))).startsWith(" where jl1_0.id in (").doesNotContain(" like ");
	}

	private Set<String> ids(String document, String search) {
		return nodes(document, search).stream().map((node) -> (String) node.get("id")).collect(Collectors.toSet());
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> names(String document, String search) {
		List<Map<String, Object>> names = new ArrayList<>();
		for (Map<String, Object> node : nodes(document, search)) {
			Map<String, Object> owner = node.containsKey("person") ? (Map<String, Object>) node.get("person") : node;
			names.add((Map<String, Object>) owner.get("names"));
		}
		return names;
	}

	/**
	 * The nodes a search document finds: each names its connection {@code found}, so one
	 * path reads them all.
	 */
	private List<Map<String, Object>> nodes(String document, String search) {
		GraphQlTester.Response response = this.graphQl.documentName(document).variable("search", search).execute();
		List<Map<String, Object>> nodes = response.path("found.nodes").entityList(OBJECT).get();
		response.path("found.totalCount").entity(Integer.class).isEqualTo(nodes.size());
		return nodes;
	}

}
