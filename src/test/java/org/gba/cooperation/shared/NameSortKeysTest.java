package org.gba.cooperation.shared;

import org.gba.cooperation.shared.text.NameCollation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A record's name sort keys: the key of each language is made of the name a reader of
 * that language is shown, fallback included.
 */
class NameSortKeysTest {

	@Test
	void eachLanguageHasTheKeyOfItsOwnName() {
		NameSortKeys keys = NameSortKeys
			.of(new LocalizedText("中山大學", "中山大学", "Sun Yat-sen University", "Universidade Sun Yat-sen"));

		assertThat(keys.in(Language.ZH_HANT)).isEqualTo(NameCollation.STROKE.key("中山大學"));
		assertThat(keys.in(Language.ZH_HANS)).isEqualTo(NameCollation.PINYIN.key("中山大学"));
		assertThat(keys.in(Language.EN)).isEqualTo(NameCollation.ENGLISH.key("Sun Yat-sen University"));
		assertThat(keys.in(Language.PT)).isEqualTo(NameCollation.PORTUGUESE.key("Universidade Sun Yat-sen"));
	}

	@Test
	void aMissingNameSortsAsTheNameShownInsteadSortsInTheReadersLanguage() {
		NameSortKeys keys = NameSortKeys.of(new LocalizedText(null, null, "Sun Yat-sen University", null));

		// Portuguese falls back on English, Chinese on English too (no Chinese name)
		assertThat(keys.in(Language.PT)).isEqualTo(NameCollation.PORTUGUESE.key("Sun Yat-sen University"));
		assertThat(keys.in(Language.ZH_HANS)).isEqualTo(NameCollation.PINYIN.key("Sun Yat-sen University"));
		assertThat(keys.in(Language.ZH_HANT)).isEqualTo(NameCollation.STROKE.key("Sun Yat-sen University"));
	}

	@Test
	void aChineseReaderSortsANameMissingInTheirScriptByTheOtherScript() {
		NameSortKeys keys = NameSortKeys.of(new LocalizedText("中山大學", null, "Sun Yat-sen University", null));

		assertThat(keys.in(Language.ZH_HANS)).isEqualTo(NameCollation.PINYIN.key("中山大學"));
	}

	@Test
	void noNameHasTheKeysOfNone() {
		assertThat(NameSortKeys.of(LocalizedText.NONE)).isEqualTo(NameSortKeys.NONE);
	}

}
