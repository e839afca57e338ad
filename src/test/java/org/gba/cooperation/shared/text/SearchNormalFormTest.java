package org.gba.cooperation.shared.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The normal form of indexed texts and queries, and their grams. */
class SearchNormalFormTest {

	@Test
	void scriptWidthCaseAndAccentsAreFolded() {
		assertThat(SearchNormalForm.of("聯合實驗室")).isEqualTo(SearchNormalForm.of("联合实验室")).isEqualTo("联合实验室");
		assertThat(SearchNormalForm.of("ｆｕｌｌwidth ＨＫＵＳＴ")).isEqualTo("fullwidth hkust");
		assertThat(SearchNormalForm.of("Universidade de Ciência")).isEqualTo("universidade de ciencia");
		assertThat(SearchNormalForm.of("  Hong\u3000 Kong  ")).isEqualTo("hong kong");
	}

	@Test
	void aTextIsIndexedUnderItsCharactersAndPairsWithinWords() {
		assertThat(SearchNormalForm.indexGrams("ab cd")).containsExactly("a", "ab", "b", "c", "cd", "d");
	}

	@Test
	void aQueryLooksForItsPairsAndItsOneCharacterWords() {
		assertThat(SearchNormalForm.queryGrams("芯")).containsExactly("芯");
		assertThat(SearchNormalForm.queryGrams("广东强芯")).containsExactly("广东", "东强", "强芯");
		assertThat(SearchNormalForm.queryGrams("6g x")).containsExactly("6g", "x");
	}

	@Test
	void everyGramOfAQueryContainedInATextIsAGramOfTheText() {
		String text = SearchNormalForm.of("粵港澳大灣區全球招商大會 GBA Global Investment Promotion Conference");
		String query = SearchNormalForm.of("灣區全球 global INVEST");

		assertThat(SearchNormalForm.indexGrams(text)).containsAll(SearchNormalForm.queryGrams(query));
	}

}
