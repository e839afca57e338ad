package org.gba.cooperation.writes;

import org.gba.cooperation.shared.LocalizedText;
import org.hibernate.validator.constraints.CodePointLength;
import org.jspecify.annotations.Nullable;

/**
 * The GraphQL input {@code LocalizedTextInput}: a description, at most 2,000 characters
 * each. When only one Chinese script is given, the other is generated.
 */
public record TextInput(@Nullable @CodePointLength(max = 2000) String zhHant,
		@Nullable @CodePointLength(max = 2000) String zhHans, @Nullable @CodePointLength(max = 2000) String en,
		@Nullable @CodePointLength(max = 2000) String pt) {

	/**
	 * The description, with a Chinese script that was not given generated from the other
	 * one.
	 */
	public LocalizedText toText() {
		return LocalizedText.written(NameInput.blankToNull(this.zhHant), NameInput.blankToNull(this.zhHans),
				NameInput.blankToNull(this.en), NameInput.blankToNull(this.pt));
	}

	/** The description of an optional input: all empty when absent. */
	public static LocalizedText toText(@Nullable TextInput input) {
		return (input != null) ? input.toText() : LocalizedText.NONE;
	}

}
