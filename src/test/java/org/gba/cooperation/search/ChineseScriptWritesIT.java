package org.gba.cooperation.search;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.awaitility.core.ThrowingRunnable;
import org.gba.cooperation.support.WriteIntegrationTestSupport;
import org.gba.cooperation.support.search.OpenSearchTestNode;
import org.gba.cooperation.support.search.RequiresOpenSearch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A text written in one Chinese script gets the other generated (Hong Kong Traditional,
 * not Taiwan's) and marked as machine-converted until a person writes it; and what is
 * written is found by {@code search:} at once, in either script.
 */
@Tag(RequiresOpenSearch.SEARCH_TAG)
class ChineseScriptWritesIT extends WriteIntegrationTestSupport {

	private static final String SYSU = "T3JnYW5pemF0aW9uOjE"; // Organization 1, Guangdong

	private String sectorId;

	private String cityId;

	@BeforeEach
	void referenceData() {
		this.sectorId = firstSectorId();
		this.cityId = secondCityId();
	}

	@Test
	void aNameWrittenInSimplifiedOnlyGetsHongKongTraditionalMarkedAsMachineConverted() {
		Map<String, Object> lab = created(Map.of("zhHans", "软件与网络联合实验室", "en", "Software and Network Lab"),
				Map.of("zhHans", "研究集成电路软件。", "en", "Researches circuit software."));

		assertThat(namesOf(lab)).containsEntry("zhHant", "軟件與網絡聯合實驗室")
			.containsEntry("zhHans", "软件与网络联合实验室")
			.containsEntry("machineConverted", List.of("ZH_HANT"));
		assertThat((String) namesOf(lab).get("zhHant")).doesNotContain("軟體").doesNotContain("網路");
		assertThat(descriptionsOf(lab)).containsEntry("zhHant", "研究集成電路軟件。")
			.containsEntry("machineConverted", List.of("ZH_HANT"));
	}

	@Test
	void aNameWrittenInTraditionalOnlyGetsSimplifiedMarkedAsMachineConverted() {
		Map<String, Object> lab = created(Map.of("zhHant", "粵港澳量子軟件聯合實驗室", "en", "Quantum Software Lab"), null);

		assertThat(namesOf(lab)).containsEntry("zhHans", "粤港澳量子软件联合实验室")
			.containsEntry("machineConverted", List.of("ZH_HANS"));
	}

	@Test
	void aNameWrittenInBothScriptsIsKeptAsWrittenWithoutMark() {
		Map<String, Object> lab = created(Map.of("zhHant", "軟體實驗室", "zhHans", "软件实验室", "en", "Both Scripts Lab"), null);

		assertThat(namesOf(lab)).containsEntry("zhHant", "軟體實驗室").containsEntry("machineConverted", List.of());
	}

	@Test
	void aLaterHumanTraditionalNameReplacesTheGeneratedOneAndClearsTheMark() {
		Map<String, Object> lab = created(Map.of("zhHans", "智能软件联合实验室", "en", "Intelligent Software Lab"), null);

		GraphQlTester.Response response = execute(this.graphQl, "search/updateJointLabInBothScripts", on(lab, Map
			.of("names", Map.of("zhHant", "智能軟件聯合實驗室（港）", "zhHans", "智能软件联合实验室", "en", "Intelligent Software Lab"))));

		Map<String, Object> updated = succeeded(response, "updateJointLab", "jointLab");
		assertThat(namesOf(updated)).containsEntry("zhHant", "智能軟件聯合實驗室（港）")
			.containsEntry("machineConverted", List.of());
		this.graphQl.documentName("search/jointLabInBothScripts")
			.variable("id", lab.get("id"))
			.execute()
			.path("jointLab.names.machineConverted")
			.entityList(String.class)
			.hasSize(0);
	}

	@Test
	void aNameNeedsAtLeastOneChineseScript() {
		GraphQlTester.Response response = execute(this.graphQl, "search/createJointLabInBothScripts",
				jointLabInput(Map.of("zhHant", " ", "en", "No Chinese Lab"), this.sectorId, this.cityId, SYSU));

		assertUserError(onlyUserError(response, "createJointLab", "jointLab"), "REQUIRED", "input", "names", "zhHant");
	}

	@Test
	void aFreshlyWrittenRecordIsFoundInEitherScriptAndARenamedOneByItsNewNameOnly() throws Throwable {
		Map<String, Object> lab = created(Map.of("zhHans", "珠江口海洋联合实验室", "en", "Pearl Estuary Ocean Lab"), null);

		searchable(() -> assertThat(searchIds("珠江口海洋聯合實驗室")).containsExactly(lab.get("id")));
		assertThat(searchIds("珠江口海洋联合实验室")).containsExactly(lab.get("id"));
		assertThat(searchIds("ＰＥＡＲＬ estuary")).containsExactly(lab.get("id"));

		succeeded(
				execute(this.graphQl, "search/updateJointLabInBothScripts",
						on(lab, Map.of("names", Map.of("zhHant", "伶仃洋海洋聯合實驗室", "en", "Lingding Ocean Lab")))),
				"updateJointLab", "jointLab");

		searchable(() -> assertThat(searchIds("伶仃洋海洋联合")).containsExactly(lab.get("id")));
		assertThat(searchIds("珠江口海洋")).isEmpty();
	}

	@Test
	void aRefusedWriteLeavesNothingInTheIndex() {
		Map<String, Object> input = jointLabInput(Map.of("zhHans", "不存在的冷冻联合实验室", "en", "Refused Lab"), this.sectorId,
				this.cityId, SYSU);
		input.put("sectorId", "U2VjdG9yOjk5OTk");

		userErrorsOf(execute(this.graphQl, "search/createJointLabInBothScripts", input), "createJointLab", "jointLab");

		assertThat(searchIds("冷凍聯合實驗室")).isEmpty();
	}

	private Map<String, Object> created(Map<String, Object> names, Map<String, Object> descriptions) {
		Map<String, Object> input = new HashMap<>(jointLabInput(names, this.sectorId, this.cityId, SYSU));
		if (descriptions != null) {
			input.put("descriptions", descriptions);
		}
		return succeeded(execute(this.graphQl, "search/createJointLabInBothScripts", input), "createJointLab",
				"jointLab");
	}

	/**
	 * A write is searchable when its mutation answers on the Lucene backend; on
	 * OpenSearch, through the outbox, within a couple of seconds (docs/search.md#writes).
	 */
	private static void searchable(ThrowingRunnable assertion) throws Throwable {
		if (OpenSearchTestNode.requested()) {
			await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).untilAsserted(assertion);
		}
		else {
			assertion.run();
		}
	}

	private List<Object> searchIds(String search) {
		return this.graphQl.documentName("search/searchJointLabs")
			.variable("search", search)
			.execute()
			.path("found.nodes[*].id")
			.entityList(Object.class)
			.get();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> namesOf(Map<String, Object> lab) {
		return (Map<String, Object>) lab.get("names");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> descriptionsOf(Map<String, Object> lab) {
		return (Map<String, Object>) lab.get("descriptions");
	}

}
