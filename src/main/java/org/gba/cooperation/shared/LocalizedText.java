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

	/** The text in the given language or, when it is missing, in the first language of its {@link LanguageFallback#chain chain} that has it. */
	public @Nullable String in(Language language) {
		for (Language candidate : LanguageFallback.chain(language)) {
			String text = switch (candidate) {
				case ZH_HANT -> this.zhHant;
				case ZH_HANS -> this.zhHans;
				case EN -> this.en;
				case PT -> this.pt;
			};
			if (text != null) {
				return text;
			}
		}
		return null;
	}

}
