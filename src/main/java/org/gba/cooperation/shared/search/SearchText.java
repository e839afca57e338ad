package org.gba.cooperation.shared.search;

import org.gba.cooperation.shared.InvalidInputException;
import org.gba.cooperation.shared.LocalizedMessage;
import org.gba.cooperation.shared.text.SearchNormalForm;
import org.jspecify.annotations.Nullable;

/** A connection's {@code search:} text, checked and in the index's normal form. */
public final class SearchText {

	/** Longest accepted {@code search} text. */
	public static final int MAX_LENGTH = 100;

	private SearchText() {
	}

	/**
	 * The normal form of the text; null when the text is absent or blank (no search).
	 * @throws InvalidInputException when it is longer than {@value #MAX_LENGTH}
	 * characters
	 */
	public static @Nullable String normal(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		if (text.strip().length() > MAX_LENGTH) {
			throw new InvalidInputException(LocalizedMessage.of("search.tooLong", MAX_LENGTH));
		}
		String normal = SearchNormalForm.of(text);
		return normal.isEmpty() ? null : normal;
	}

}
