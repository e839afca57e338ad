package org.gba.cooperation.shared.text;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The form in which texts are indexed and searched, so that a search ignores script,
 * width, case and accents: 聯合實驗室 and 联合实验室, ＨＫＵＳＴ and hkust, Ciência and ciencia are the
 * same.
 *
 * <p>
 * A text is NFKC-normalised (full-width and other compatibility forms become the plain
 * ones), stripped of accents, lower-cased, folded to Simplified Chinese character by
 * character, and its runs of white space become one space. Its <em>grams</em> are, within
 * each word (white space separates words), every two adjacent characters, plus every
 * single character; a query's grams are the pairs of its words longer than one character
 * and the single-character words themselves. A record whose texts have all the query's
 * grams contains the query if one of its normal texts contains the normal query.
 */
public final class SearchNormalForm {

	/**
	 * Changes whenever the normal form or the grams change, so that an index built by an
	 * earlier version is rebuilt at start-up.
	 */
	public static final int VERSION = 1;

	private static final Pattern MARKS = Pattern.compile("\\p{Mn}+");

	private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

	private SearchNormalForm() {
	}

	/** The normal form of a text. */
	public static String of(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
		String unaccented = Normalizer.normalize(MARKS.matcher(decomposed).replaceAll(""), Normalizer.Form.NFKC);
		String lower = unaccented.toLowerCase(Locale.ROOT);
		return SPACES.matcher(ChineseScripts.foldToSimplified(lower)).replaceAll(" ").strip();
	}

	/**
	 * The grams a text is indexed under: all pairs and single characters of each word of
	 * its normal form.
	 */
	public static Set<String> indexGrams(String normalText) {
		Set<String> grams = new LinkedHashSet<>();
		for (String word : words(normalText)) {
			int[] codePoints = word.codePoints().toArray();
			for (int i = 0; i < codePoints.length; i++) {
				grams.add(new String(codePoints, i, 1));
				if (i + 1 < codePoints.length) {
					grams.add(new String(codePoints, i, 2));
				}
			}
		}
		return grams;
	}

	/**
	 * The grams a record must have to contain the normal query: pairs, and
	 * single-character words.
	 */
	public static Set<String> queryGrams(String normalQuery) {
		Set<String> grams = new LinkedHashSet<>();
		for (String word : words(normalQuery)) {
			int[] codePoints = word.codePoints().toArray();
			if (codePoints.length == 1) {
				grams.add(word);
			}
			for (int i = 0; i + 1 < codePoints.length; i++) {
				grams.add(new String(codePoints, i, 2));
			}
		}
		return grams;
	}

	private static String[] words(String normalText) {
		return normalText.isEmpty() ? new String[0] : normalText.split(" ");
	}

}
