package org.gba.cooperation.api;

import java.util.Comparator;
import java.util.List;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import org.gba.cooperation.support.GraphQlIntegrationTestSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every connection ordered by {@code NAME} lists the demo data's records in the order a
 * reader of the request's language sorts the names they are shown: the order of ICU's
 * collator for that language (pinyin, strokes, English, Portuguese) applied to the
 * {@code name} field, fallback included. (The names' keys are made of their first 100
 * characters, so the collator here looks at those too.)
 */
class NameOrderIT extends GraphQlIntegrationTestSupport {

	@ParameterizedTest(name = "{0} in {1}")
	@CsvSource({ "organizations, ZH_HANS", "organizations, ZH_HANT", "organizations, EN", "organizations, PT",
			"people, ZH_HANS", "people, ZH_HANT", "people, EN", "people, PT", "jointLabs, ZH_HANS",
			"jointLabs, ZH_HANT", "jointLabs, EN", "jointLabs, PT", "crossBorderProjects, ZH_HANS",
			"crossBorderProjects, ZH_HANT", "crossBorderProjects, EN", "crossBorderProjects, PT",
			"investmentEvents, ZH_HANS", "investmentEvents, ZH_HANT", "investmentEvents, EN", "investmentEvents, PT" })
	void aConnectionOrderedByNameFollowsTheCollationOfTheReadersLanguage(String connection, String language) {
		String document = "query($language: LanguageCode) @inContext(language: $language) { %s(first: 100, "
				+ "orderBy: {field: NAME, direction: ASC}) { totalCount nodes { name } } }";

		GraphQlTester.Response response = this.graphQl.document(document.formatted(connection))
			.variable("language", language)
			.execute();

		List<String> names = response.path(connection + ".nodes[*].name").entityList(String.class).get();
		assertThat(names).hasSizeBetween(10, 100).isSortedAccordingTo(collation(language));
		response.path(connection + ".totalCount").entity(Integer.class).isEqualTo(names.size());
	}

	private static Comparator<String> collation(String language) {
		Collator collator = Collator.getInstance(new ULocale(switch (language) {
			case "ZH_HANS" -> "zh@collation=pinyin";
			case "ZH_HANT" -> "zh_Hant@collation=stroke";
			case "EN" -> "en";
			default -> "pt";
		}));
		collator.setDecomposition(Collator.CANONICAL_DECOMPOSITION);
		return Comparator.comparing(NameOrderIT::first100, collator);
	}

	private static String first100(String name) {
		return (name.codePointCount(0, name.length()) <= 100) ? name
				: name.substring(0, name.offsetByCodePoints(0, 100));
	}

}
