package org.gba.cooperation.shared.text;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sort keys of names: compared as plain ASCII strings (as a binary collation compares
 * them), they order names by pinyin in Simplified Chinese, by strokes in Traditional
 * Chinese, and with accents and case as tie-breakers only in English and Portuguese.
 */
class NameCollationTest {

	@Test
	void simplifiedChineseNamesSortByPinyin() {
		// ā, běi, guǎng, shēn, xiāng, zhōng
		assertThat(sortedBy(NameCollation.PINYIN, "中山大学", "深圳大学", "阿里巴巴", "香港科技大学", "北京大学", "广州实验室"))
			.containsExactly("阿里巴巴", "北京大学", "广州实验室", "深圳大学", "香港科技大学", "中山大学");
	}

	@Test
	void traditionalChineseNamesSortByStrokes() {
		// 九 2 strokes, 大 3, 中 4, 北 5, 西 6, 沙 7, 東 8, 香 9, 澳 16 (by pinyin: 澳 北 大 東 九 沙 香
		// 西 中)
		assertThat(sortedBy(NameCollation.STROKE, "澳門", "北區", "大埔", "東涌", "九龍", "沙田", "香港", "西貢", "中文大學"))
			.containsExactly("九龍", "大埔", "中文大學", "北區", "西貢", "沙田", "東涌", "香港", "澳門");
	}

	@Test
	void englishNamesSortByLetterWhateverTheirCase() {
		assertThat(sortedBy(NameCollation.ENGLISH, "cherry", "Banana", "apple", "Apple")).containsExactly("apple",
				"Apple", "Banana", "cherry");
	}

	@Test
	void portugueseAccentsSortWithTheirLetterAndOnlyBreakTies() {
		assertThat(sortedBy(NameCollation.PORTUGUESE, "Faro", "Évora", "Évoras", "Estoril", "Braga", "Açores", "evora",
				"Azores"))
			.containsExactly("Açores", "Azores", "Braga", "Estoril", "evora", "Évora", "Évoras", "Faro");
	}

	@Test
	void keysCompareAsTheCollationDoes() {
		List<String> names = List.of("粵港澳聯合實驗室", "粤港澳联合实验室", "Macau", "Macao", "maçã", "Ma", "", "澳门大学", "Zürich",
				"ZTE", "3D 打印", "O'Neil", "Oneil", "ÉCOLE", "école", "ecole");
		for (NameCollation collation : NameCollation.values()) {
			Collator collator = Collator.getInstance(new ULocale(locale(collation)));
			for (String a : names) {
				for (String b : names) {
					assertThat(Integer.signum(collation.key(a).compareTo(collation.key(b))))
						.as("%s: %s against %s", collation, a, b)
						.isEqualTo(Integer.signum(collator.compare(a, b)));
				}
			}
		}
	}

	@Test
	void keysAreLowercaseHexadecimalAndNoTextHasTheEmptyKey() {
		assertThat(NameCollation.PINYIN.key("中山大学")).matches("[0-9a-f]+").hasSizeLessThan(40);
		assertThat(NameCollation.ENGLISH.key(null)).isEmpty();
		assertThat(NameCollation.ENGLISH.key("")).isEmpty();
	}

	@Test
	void aPrecomposedAccentAndACombiningOneMakeTheSameKey() {
		String composed = Normalizer.normalize("Évora", Normalizer.Form.NFC);
		String decomposed = Normalizer.normalize("Évora", Normalizer.Form.NFD);

		assertThat(decomposed).isNotEqualTo(composed);
		assertThat(NameCollation.PORTUGUESE.key(decomposed)).isEqualTo(NameCollation.PORTUGUESE.key(composed));
	}

	@Test
	void onlyTheFirstHundredCharactersOfANameCount() {
		String hundred = "粤港澳".repeat(33) + "联";
		String longer = hundred + "合实验室".repeat(50);

		assertThat(NameCollation.PINYIN.key(longer)).isEqualTo(NameCollation.PINYIN.key(hundred));
		assertThat(NameCollation.PINYIN.key(hundred)).isNotEqualTo(NameCollation.PINYIN.key(hundred.substring(1)));
	}

	@Test
	void aKeyFitsItsColumnWhateverTheName() {
		String rare = new StringBuilder().appendCodePoint(0x2A6D6).toString().repeat(100);
		String accented = "ÁÉÍÓÚãõçÇâêô".repeat(10);
		String hangul = "한국어".repeat(40);

		for (NameCollation collation : NameCollation.values()) {
			for (String name : List.of(rare, accented, hangul)) {
				assertThat(collation.key(name)).hasSizeLessThanOrEqualTo(NameCollation.MAX_KEY_LENGTH)
					.hasSizeGreaterThan(100);
			}
		}
	}

	/**
	 * The stored keys were made by these versions of ICU's collations; keys of another
	 * version may not compare right with them.
	 */
	@Test
	void theCollationsAreTheOnesTheStoredKeysWereMadeWith() {
		assertThat(List.of(NameCollation.values()).stream().map(NameCollation::version).toList())
			.as("ICU's collations changed: add a migration that makes the stored name sort keys again "
					+ "(NameSortKeyColumns.fill), then update these versions")
			.containsExactly("153.144.49.0", "153.144.49.0", "153.144.0.0", "153.144.0.0");
	}

	private static List<String> sortedBy(NameCollation collation, String... names) {
		return List.of(names).stream().sorted(Comparator.comparing(collation::key)).toList();
	}

	private static String locale(NameCollation collation) {
		return switch (collation) {
			case PINYIN -> "zh@collation=pinyin";
			case STROKE -> "zh_Hant@collation=stroke";
			case ENGLISH -> "en";
			case PORTUGUESE -> "pt";
		};
	}

}
