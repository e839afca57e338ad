package org.gba.cooperation.writes;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.gba.cooperation.shared.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * The GraphQL input {@code LocalizedNameInput}: a name in Traditional Chinese, Simplified Chinese and
 * English (required) and Portuguese (optional), at most 300 characters each.
 */
public record NameInput(@NotBlank @Size(max = 300) String zhHant, @NotBlank @Size(max = 300) String zhHans,
		@NotBlank @Size(max = 300) String en, @Nullable @Size(max = 300) String pt) {

	public LocalizedText toText() {
		return new LocalizedText(this.zhHant.strip(), this.zhHans.strip(), this.en.strip(), blankToNull(this.pt));
	}

	/** Optional text as input: blank means none, the rest is stripped. */
	public static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
