package org.gba.cooperation.graphql;

import org.gba.cooperation.shared.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** How an {@code Accept-Language} header chooses one of the four languages, or none. */
class AcceptLanguageTest {

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			zh-HK                              | ZH_HANT
			zh-mo                              | ZH_HANT
			ZH-TW                              | ZH_HANT
			zh-Hant                            | ZH_HANT
			zh                                 | ZH_HANT
			zh-CN                              | ZH_HANS
			zh-SG                              | ZH_HANS
			zh-Hans-HK                         | ZH_HANS
			pt-MO                              | PT
			pt                                 | PT
			en-US                              | EN
			de, fr;q=0.9, pt-MO;q=0.5, en;q=0.4 | PT
			en;q=0.1, zh-HK                    | ZH_HANT
			zh-CN;q=0, en                      | EN
			zh_CN, en;q=0.5                    | EN
			""")
	void theFirstRangeByWeightOfALanguageWeKeepWins(String header, Language expected) {
		assertThat(AcceptLanguage.preferred(header)).contains(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", " ", "*", "fr, de;q=0.5", "en;q=abc", ";;;", "zh_HK" })
	void aHeaderWithoutALanguageWeKeepChoosesNone(String header) {
		assertThat(AcceptLanguage.preferred(header)).isEmpty();
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource({ "ZH_HANT, zh-Hant", "ZH_HANS, zh-Hans", "EN, en", "PT, pt" })
	void theContentLanguageTagOfEachLanguage(Language language, String tag) {
		assertThat(AcceptLanguage.tag(language)).isEqualTo(tag);
	}

}
