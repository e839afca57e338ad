package org.gba.cooperation.shared.text;

import java.util.HexFormat;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import org.jspecify.annotations.Nullable;

/**
 * The orders names are sorted in, one per language of the API, with ICU's collators
 * (CLDR's rules), and the sort keys that let a database sort in them. The only class that
 * knows ICU.
 *
 * <p>
 * A sort key is the lowercase hexadecimal of ICU's collation key (without its final zero
 * byte): two hexadecimal digits per byte, and {@code 0-9} before {@code a-f}, so that
 * comparing two keys character by character, as a binary (or ASCII) collation does, gives
 * the order of the collation. Keys are made of the first {@value #MAX_CHARACTERS}
 * characters of a name (names that differ only after them tie, and the ID breaks the tie)
 * and are cut after {@value #MAX_KEY_LENGTH} digits, which only a long name of accented
 * or rare characters reaches (100 Han characters make about 400 digits, 100 Latin letters
 * about 220): a cut key still sorts right against every other, a key's beginning being
 * its most significant part.
 *
 * <p>
 * The strength is tertiary, ICU's default: base letters decide first (primary), accents
 * only between names with the same letters (secondary), case only between names with the
 * same letters and accents (tertiary). So {@code Évora} sorts among the E's next to
 * {@code evora}, not after Z as in code point order, and names that look different never
 * tie. Canonically equivalent texts (a precomposed {@code é} or {@code e} with a
 * combining accent, as some keyboards send) make the same key.
 *
 * <p>
 * ICU's collators are not thread-safe unless frozen; these are frozen (ICU then
 * serialises their calls, which costs nothing at the rate names are written).
 */
public enum NameCollation {

	/**
	 * Simplified Chinese: by Hanyu Pinyin, syllable then tone, as mainland dictionaries
	 * ({@code zh@collation=pinyin}); Han characters before Latin letters.
	 */
	PINYIN("zh@collation=pinyin"),

	/**
	 * Traditional Chinese: by number of strokes, then by radical, as Hong Kong and Macao
	 * indexes and name lists are ordered ({@code zh_Hant@collation=stroke}).
	 */
	STROKE("zh_Hant@collation=stroke"),

	/** English: CLDR's root order, case and accents after the letters. */
	ENGLISH("en"),

	/**
	 * Portuguese: CLDR's rules for Portuguese, which are the root order: {@code ç} and
	 * the accented vowels sort with their base letters ({@code Évora} among the E's),
	 * accents breaking ties only.
	 */
	PORTUGUESE("pt");

	/** How many characters (code points) of a name its key is made of. */
	public static final int MAX_CHARACTERS = 100;

	/**
	 * The longest key, in characters (ASCII): the width of the database columns that hold
	 * keys.
	 */
	public static final int MAX_KEY_LENGTH = 1000;

	private static final HexFormat HEX = HexFormat.of();

	private final Collator collator;

	NameCollation(String locale) {
		Collator collator = Collator.getInstance(new ULocale(locale));
		collator.setStrength(Collator.TERTIARY);
		collator.setDecomposition(Collator.CANONICAL_DECOMPOSITION);
		this.collator = collator.freeze();
	}

	/**
	 * The sort key of a text: keys compare (as ASCII strings) as their texts collate. No
	 * text has the empty key, which sorts first.
	 */
	public String key(@Nullable String text) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		String head = (text.codePointCount(0, text.length()) <= MAX_CHARACTERS) ? text
				: text.substring(0, text.offsetByCodePoints(0, MAX_CHARACTERS));
		byte[] key = this.collator.getCollationKey(head).toByteArray();
		// The last byte is the key's terminating zero: no part of the order.
		int bytes = Math.min(key.length - 1, MAX_KEY_LENGTH / 2);
		return HEX.formatHex(key, 0, bytes);
	}

	/**
	 * ICU's version of this collation: keys made by different versions may not compare
	 * right, so stored keys must be made again when it changes.
	 */
	public String version() {
		return this.collator.getVersion().toString();
	}

}
