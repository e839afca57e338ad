package org.gba.cooperation.shared;

import jakarta.persistence.Embeddable;
import jakarta.persistence.metamodel.SingularAttribute;

import org.gba.cooperation.shared.text.NameCollation;

/**
 * Where names sort, per reader's language: the collation key of a record's name as a
 * reader of each language sees it ({@link LocalizedText#in}, fallback included), kept
 * beside the name as four columns ({@code name_sort_zh_hant}, {@code _zh_hans},
 * {@code _en}, {@code _pt}) that compare byte for byte, so that a database orders and
 * pages by them (keyset) like any other column. Traditional Chinese sorts by stroke
 * count, Simplified Chinese by pinyin, English and Portuguese by their own rules; see
 * {@link NameCollation} for the keys' form.
 * <p>
 * An entity keeps them current by making them anew from its names before every insert and
 * update ({@link #of}); rows written with SQL (migrations, demo and bench data) get them
 * the same way.
 *
 * @param zhHant the key for readers of Traditional Chinese
 * @param zhHans the key for readers of Simplified Chinese
 * @param en the key for readers of English
 * @param pt the key for readers of Portuguese
 */
@Embeddable
public record NameSortKeys(String zhHant, String zhHans, String en, String pt) {

	/** The keys of no name. */
	public static final NameSortKeys NONE = new NameSortKeys("", "", "", "");

	/** The keys of these names, in the language each reader sees them in. */
	public static NameSortKeys of(LocalizedText names) {
		return new NameSortKeys(NameCollation.STROKE.key(names.in(Language.ZH_HANT)),
				NameCollation.PINYIN.key(names.in(Language.ZH_HANS)), NameCollation.ENGLISH.key(names.in(Language.EN)),
				NameCollation.PORTUGUESE.key(names.in(Language.PT)));
	}

	/** The key for a reader of this language. */
	public String in(Language language) {
		return switch (language) {
			case ZH_HANT -> this.zhHant;
			case ZH_HANS -> this.zhHans;
			case EN -> this.en;
			case PT -> this.pt;
		};
	}

	/** The attribute that holds the key for a reader of this language, for queries. */
	public static SingularAttribute<NameSortKeys, String> attribute(Language language) {
		return switch (language) {
			case ZH_HANT -> NameSortKeys_.zhHant;
			case ZH_HANS -> NameSortKeys_.zhHans;
			case EN -> NameSortKeys_.en;
			case PT -> NameSortKeys_.pt;
		};
	}

}
