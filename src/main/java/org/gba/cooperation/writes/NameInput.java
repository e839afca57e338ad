package org.gba.cooperation.writes;

import jakarta.validation.constraints.NotBlank;

import org.gba.cooperation.shared.LocalizedText;
import org.hibernate.validator.constraints.CodePointLength;
import org.jspecify.annotations.Nullable;

/**
 * The GraphQL input {@code LocalizedNameInput}: a name in Traditional Chinese and/or
 * Simplified Chinese (at least one: the other is then generated), English (required) and
 * Portuguese (optional), at most 300 characters each.
 */
@ChineseScriptGiven
public record NameInput(@Nullable @CodePointLength(max = 300) String zhHant,
		@Nullable @CodePointLength(max = 300) String zhHans, @NotBlank @CodePointLength(max = 300) String en,
		@Nullable @CodePointLength(max = 300) String pt) {

	/**
	 * The name, with a Chinese script that was not given generated from the other one.
	 */
	public LocalizedText toText() {
		return LocalizedText.written(blankToNull(this.zhHant), blankToNull(this.zhHans), this.en.strip(),
				blankToNull(this.pt));
	}

	/** Optional text as input: blank means none, the rest is stripped. */
	public static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
