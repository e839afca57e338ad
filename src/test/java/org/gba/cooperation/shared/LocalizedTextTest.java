package org.gba.cooperation.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A text in the language asked for, or along that language's fallback chain. */
class LocalizedTextTest {

	private static final LocalizedText ALL = new LocalizedText("繁", "简", "en", "pt");

	@Test
	void aTextKeptInTheLanguageAnswersInIt() {
		for (Language language : Language.values()) {
			assertThat(ALL.in(language)).isEqualTo(switch (language) {
				case ZH_HANT -> "繁";
				case ZH_HANS -> "简";
				case EN -> "en";
				case PT -> "pt";
			});
		}
	}

	@Test
	void chineseFallsBackToTheOtherScriptBeforeEnglish() {
		assertThat(new LocalizedText(null, "简", "en", "pt").in(Language.ZH_HANT)).isEqualTo("简");
		assertThat(new LocalizedText("繁", null, "en", "pt").in(Language.ZH_HANS)).isEqualTo("繁");
		assertThat(new LocalizedText(null, null, "en", "pt").in(Language.ZH_HANT)).isEqualTo("en");
		assertThat(new LocalizedText(null, null, null, "pt").in(Language.ZH_HANS)).isEqualTo("pt");
	}

	@Test
	void portugueseFallsBackToEnglishThenTraditionalThenSimplified() {
		assertThat(new LocalizedText("繁", "简", "en", null).in(Language.PT)).isEqualTo("en");
		assertThat(new LocalizedText("繁", "简", null, null).in(Language.PT)).isEqualTo("繁");
		assertThat(new LocalizedText(null, "简", null, null).in(Language.PT)).isEqualTo("简");
	}

	@Test
	void englishFallsBackToTraditionalThenSimplifiedThenPortuguese() {
		assertThat(new LocalizedText("繁", "简", null, "pt").in(Language.EN)).isEqualTo("繁");
		assertThat(new LocalizedText(null, "简", null, "pt").in(Language.EN)).isEqualTo("简");
		assertThat(new LocalizedText(null, null, null, "pt").in(Language.EN)).isEqualTo("pt");
	}

	@Test
	void noTextInAnyLanguageIsNull() {
		assertThat(new LocalizedText(null, null, null, null).in(Language.ZH_HANT)).isNull();
	}

}
