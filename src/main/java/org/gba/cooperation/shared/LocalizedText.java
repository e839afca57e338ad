package org.gba.cooperation.shared;

import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/**
 * A text in the languages of the Bay Area, stored as four columns
 * ({@code <field>_zh_hant}, {@code _zh_hans}, {@code _en}, {@code _pt}).
 */
@Embeddable
public record LocalizedText(@Nullable String zhHant, @Nullable String zhHans, @Nullable String en,
		@Nullable String pt) {

	/** The text in the given language, falling back to English, then Traditional, then Simplified Chinese. */
	public @Nullable String in(Language language) {
		String preferred = switch (language) {
			case ZH_HANT -> this.zhHant;
			case ZH_HANS -> this.zhHans;
			case EN -> this.en;
			case PT -> this.pt;
		};
		if (preferred != null) {
			return preferred;
		}
		if (this.en != null) {
			return this.en;
		}
		return (this.zhHant != null) ? this.zhHant : this.zhHans;
	}

}
