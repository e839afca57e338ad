package org.gba.cooperation.shared.search;

/**
 * The analysis of searchable texts, the same on both backends (Lucene and
 * Elasticsearch/OpenSearch), defined with the engines' own built-in components only.
 * <p>
 * What makes a search blind to script, width, case and accents is done in Java before a
 * text reaches the engine: the index and the query both hold the text's
 * {@link org.gba.cooperation.shared.text.SearchNormalForm normal form} (NFKC, no accents,
 * lower case, Traditional Chinese folded to Simplified with OpenCC), so that the engines
 * need no ICU plugin and agree character for character. The analyzers then only cut the
 * normal text into terms:
 * <ul>
 * <li>{@value #INDEX}: the standard tokenizer (each Han character a token, Latin text in
 * words), Chinese characters in pairs and single (CJK bigrams with unigrams), and every
 * prefix of each term of up to {@value #MAX_PREFIX} characters (edge n-grams), so that a
 * Latin word is found by its beginning;</li>
 * <li>{@value #QUERY}: the same tokenizer, Chinese characters in pairs (a lone one stays
 * single), terms cut to {@value #MAX_PREFIX} characters. A record matches when it has all
 * the query's terms: a Chinese query of two or more characters by each of its pairs, a
 * single character by itself, a Latin word by prefix.</li>
 * </ul>
 */
public final class SearchAnalysis {

	/** The analyzer of indexed texts. */
	public static final String INDEX = "gba_text";

	/** The analyzer of queries. */
	public static final String QUERY = "gba_query";

	/** The longest prefix indexed: longer query terms are cut to it. */
	static final int MAX_PREFIX = 20;

	private SearchAnalysis() {
	}

}
