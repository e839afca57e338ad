package org.gba.cooperation.people;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gba.cooperation.support.WriteIntegrationTestSupport;
import org.gba.cooperation.support.search.OpenSearchTestNode;
import org.gba.cooperation.support.search.RequiresOpenSearch;
import org.awaitility.core.ThrowingRunnable;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.gba.cooperation.support.GlobalIds.globalId;

/**
 * {@code orderBy: NAME} follows the reader's language: pinyin in Simplified Chinese,
 * strokes in Traditional Chinese, letters before case and accents in English and
 * Portuguese, on root and nested connections and searches (tagged {@code search}: also on
 * OpenSearch), page by page in either direction. Each test registers a new organisation
 * and six people of it, whose names sort differently in each language.
 */
@Tag(RequiresOpenSearch.SEARCH_TAG)
class PersonNameOrderIT extends WriteIntegrationTestSupport {

	private String organization;

	private final Map<String, String> idsByEnglishName = new LinkedHashMap<>();

	@BeforeEach
	void sixPeopleOfANewOrganisation() {
		this.organization = organization("排序研究所", "Collation Institute");
		// strokes: 丁 2, 王 4, 李 7, 張 11, 黃 12, 歐 15
		// pinyin: dīng, wáng, lǐ, zhāng, huáng, ōu
		person("丁家樂", "丁家乐", "Ting Ka-lok", "Álvaro Ting");
		person("王小明", "王小明", "Wong Siu-ming", "Zacarias Wong");
		person("李志強", "李志强", "lee Chi-keung", "Évora Lee");
		person("張學友", "张学友", "Cheung Hok-yau", "Eduardo Cheung");
		person("黃飛鴻", "黄飞鸿", "Wong Fei-hung", "Barros Wong");
		person("歐陽靖", "欧阳靖", "Au-Yeung Ching", null);
	}

	@Test
	void simplifiedChineseReadersSeeNamesInPinyinOrder() {
		assertThat(names("ZH_HANS")).containsExactly("丁家乐", "黄飞鸿", "李志强", "欧阳靖", "王小明", "张学友");
	}

	@Test
	void traditionalChineseReadersSeeNamesInStrokeOrder() {
		assertThat(names("ZH_HANT")).containsExactly("丁家樂", "王小明", "李志強", "張學友", "黃飛鴻", "歐陽靖");
	}

	@Test
	void englishReadersSeeNamesByLetterWhateverTheirCase() {
		assertThat(names("EN")).containsExactly("Au-Yeung Ching", "Cheung Hok-yau", "lee Chi-keung", "Ting Ka-lok",
				"Wong Fei-hung", "Wong Siu-ming");
	}

	@Test
	void portugueseReadersSeeAccentedNamesAmongTheirLettersAndMissingNamesWhereTheirFallbackSorts() {
		// Au-Yeung Ching has no Portuguese name: shown, and sorted, in English.
		assertThat(names("PT")).containsExactly("Álvaro Ting", "Au-Yeung Ching", "Barros Wong", "Eduardo Cheung",
				"Évora Lee", "Zacarias Wong");
	}

	@Test
	void descendingIsTheReverseInTheReadersLanguage() {
		List<String> descending = page("ZH_HANT", "DESC", 100, null, null, null).path("people.nodes[*].name")
			.entityList(String.class)
			.get();

		assertThat(descending).containsExactly("歐陽靖", "黃飛鴻", "張學友", "李志強", "王小明", "丁家樂");
	}

	@Test
	void searchesOrderedByNameSortInTheReadersLanguageToo() throws Throwable {
		// huáng before wáng; 王 4 strokes before 黃 12
		searchable(() -> assertThat(searched("ZH_HANS", "Wong")).containsExactly("黄飞鸿", "王小明"));
		assertThat(searched("ZH_HANT", "Wong")).containsExactly("王小明", "黃飛鴻");
	}

	@Test
	void aSearchPagedByCursorKeepsTheReadersOrder() throws Throwable {
		searchable(() -> assertThat(searched("ZH_HANT", "Wong")).hasSize(2));

		GraphQlTester.Response first = searchPage("ZH_HANT", null);
		String after = first.path("people.pageInfo.endCursor").entity(String.class).get();
		GraphQlTester.Response second = searchPage("ZH_HANT", after);

		first.path("people.nodes[*].name").entityList(String.class).containsExactly("王小明");
		second.path("people.nodes[*].name").entityList(String.class).containsExactly("黃飛鴻");
		second.path("people.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
	}

	@Test
	void theAcceptLanguageHeaderChoosesTheOrderWithoutTheDirective() {
		List<String> names = this.graphQl.mutate()
			.header("Accept-Language", "zh-CN")
			.build()
			.documentName("people/peopleByNameIn")
			.variable("affiliation", this.organization)
			.variable("first", 100)
			.execute()
			.path("people.nodes[*].name")
			.entityList(String.class)
			.get();

		assertThat(names).containsExactly("丁家乐", "黄飞鸿", "李志强", "欧阳靖", "王小明", "张学友");
	}

	@Test
	void nestedConnectionsOfSeveralParentsSortInTheReadersLanguageToo() {
		String other = organization("對照組", "Control Group");
		person("龍大文", "龙大文", "Lung Tai-man", null, other);
		person("文大龍", "文大龙", "Man Tai-lung", null, other);

		List<Map<String, Object>> organizations = this.graphQl.documentName("people/organizationPeopleByNameIn")
			.variable("language", "ZH_HANT")
			.variable("ids", List.of(this.organization, other))
			.execute()
			.path("nodes")
			.entityList(OBJECT)
			.get();

		assertThat(namesOf(organizations.get(0))).containsExactly("丁家樂", "王小明", "李志強", "張學友", "黃飛鴻", "歐陽靖");
		// 文 4 strokes, 龍 16
		assertThat(namesOf(organizations.get(1))).containsExactly("文大龍", "龍大文");
	}

	@Test
	void pagingForwardsOrBackwardsByCursorGivesTheOrderOfOnePage() {
		List<String> onePage = names("ZH_HANS");

		List<String> forwards = new ArrayList<>();
		String after = null;
		boolean more = true;
		while (more) {
			GraphQlTester.Response page = page("ZH_HANS", "ASC", 2, after, null, null);
			forwards.addAll(page.path("people.nodes[*].name").entityList(String.class).get());
			after = page.path("people.pageInfo.endCursor").entity(String.class).get();
			more = page.path("people.pageInfo.hasNextPage").entity(Boolean.class).get();
		}
		List<String> backwards = new ArrayList<>();
		String before = null;
		more = true;
		while (more) {
			GraphQlTester.Response page = page("ZH_HANS", "ASC", null, null, 2, before);
			backwards.addAll(0, page.path("people.nodes[*].name").entityList(String.class).get());
			before = page.path("people.pageInfo.startCursor").entity(String.class).get();
			more = page.path("people.pageInfo.hasPreviousPage").entity(Boolean.class).get();
		}

		assertThat(onePage).hasSize(6);
		assertThat(forwards).isEqualTo(onePage);
		assertThat(backwards).isEqualTo(onePage);
	}

	@Test
	void aCursorMadeInOneLanguageIsRefusedInAnother() {
		String english = page("EN", "ASC", 2, null, null, null).path("people.pageInfo.endCursor")
			.entity(String.class)
			.get();

		page("ZH_HANS", "ASC", 2, english, null, null).errors().satisfy((errors) -> {
			assertThat(errors).singleElement().satisfies((error) -> {
				// told in the request's language
				assertThat(error.getMessage()).contains("属于另一种排序");
				assertThat(error.getExtensions()).containsEntry("classification", "BAD_REQUEST");
			});
		});
	}

	@Test
	void aRenamedPersonMovesToWhereTheNewNameSorts() {
		String ding = this.idsByEnglishName.get("Ting Ka-lok");
		Map<String, Object> rename = versioned(ding, 0);
		// 鍾 zhōng, 17 strokes: last in both orders
		rename.put("names", Map.of("zhHant", "鍾家樂", "zhHans", "钟家乐", "en", "Chung Ka-lok"));

		succeeded(execute(this.graphQl, "people/updatePerson", rename), "updatePerson", "person");

		assertThat(names("ZH_HANS")).containsExactly("黄飞鸿", "李志强", "欧阳靖", "王小明", "张学友", "钟家乐");
		assertThat(names("ZH_HANT")).containsExactly("王小明", "李志強", "張學友", "黃飛鴻", "歐陽靖", "鍾家樂");
		assertThat(names("EN")).containsExactly("Au-Yeung Ching", "Cheung Hok-yau", "Chung Ka-lok", "lee Chi-keung",
				"Wong Fei-hung", "Wong Siu-ming");
	}

	/** The names of the organisation's people, as a reader of the language sees them. */
	private List<String> names(String language) {
		return page(language, "ASC", 100, null, null, null).path("people.nodes[*].name").entityList(String.class).get();
	}

	/**
	 * The assertion, once the people written are searchable: when their mutations answer
	 * on the Lucene backend; on OpenSearch, through the outbox, within a couple of
	 * seconds (docs/search.md#writes).
	 */
	private static void searchable(ThrowingRunnable assertion) throws Throwable {
		if (OpenSearchTestNode.requested()) {
			await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).untilAsserted(assertion);
		}
		else {
			assertion.run();
		}
	}

	private List<String> searched(String language, String search) {
		return this.graphQl.documentName("people/peopleByNameIn")
			.variable("language", language)
			.variable("affiliation", this.organization)
			.variable("search", search)
			.variable("first", 100)
			.execute()
			.path("people.nodes[*].name")
			.entityList(String.class)
			.get();
	}

	private GraphQlTester.Response searchPage(String language, @Nullable String after) {
		return this.graphQl.documentName("people/peopleByNameIn")
			.variable("language", language)
			.variable("affiliation", this.organization)
			.variable("search", "Wong")
			.variable("first", 1)
			.variable("after", after)
			.execute();
	}

	private GraphQlTester.Response page(String language, String direction, @Nullable Integer first,
			@Nullable String after, @Nullable Integer last, @Nullable String before) {
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put("language", language);
		variables.put("affiliation", this.organization);
		variables.put("direction", direction);
		variables.put("first", first);
		variables.put("after", after);
		variables.put("last", last);
		variables.put("before", before);
		GraphQlTester.Request<?> request = this.graphQl.documentName("people/peopleByNameIn");
		variables.forEach(request::variable);
		return request.execute();
	}

	@SuppressWarnings("unchecked")
	private static List<String> namesOf(Map<String, Object> organization) {
		Map<String, Object> people = (Map<String, Object>) organization.get("people");
		return ((List<Map<String, Object>>) people.get("nodes")).stream()
			.map((person) -> (String) person.get("name"))
			.toList();
	}

	private String organization(String chinese, String english) {
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("names", Map.of("zhHant", chinese, "en", english));
		input.put("kind", "RESEARCH_INSTITUTE");
		input.put("cityId", globalId("City", 13));
		return (String) succeeded(execute(this.graphQl, "organizations/createOrganization", input),
				"createOrganization", "organization")
			.get("id");
	}

	private void person(String zhHant, String zhHans, String en, @Nullable String pt) {
		person(zhHant, zhHans, en, pt, this.organization);
	}

	private void person(String zhHant, String zhHans, String en, @Nullable String pt, String affiliation) {
		Map<String, Object> names = new LinkedHashMap<>();
		names.put("zhHant", zhHant);
		names.put("zhHans", zhHans);
		names.put("en", en);
		if (pt != null) {
			names.put("pt", pt);
		}
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("names", names);
		input.put("homeJurisdiction", "HONG_KONG");
		input.put("affiliationId", affiliation);
		String id = (String) succeeded(execute(this.graphQl, "people/createPerson", input), "createPerson", "person")
			.get("id");
		this.idsByEnglishName.put(en, id);
	}

}
