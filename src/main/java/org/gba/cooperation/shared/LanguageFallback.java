package org.gba.cooperation.shared;

import java.util.List;

/**
 * The order in which the languages of a {@link LocalizedText} are tried when a text is
 * missing in the language asked for: first the other script of Chinese (a Chinese reader
 * reads both), then English, the Bay Area's common working language, then the rest.
 * <ul>
 * <li>{@code ZH_HANT}: Traditional, Simplified, English, Portuguese</li>
 * <li>{@code ZH_HANS}: Simplified, Traditional, English, Portuguese</li>
 * <li>{@code EN}: English, Traditional, Simplified, Portuguese</li>
 * <li>{@code PT}: Portuguese, English, Traditional, Simplified</li>
 * </ul>
 */
public final class LanguageFallback {

	private LanguageFallback() {
	}

	/** The languages to try for a reader of {@code language}, that language first. */
	public static List<Language> chain(Language language) {
		return switch (language) {
			case ZH_HANT -> List.of(Language.ZH_HANT, Language.ZH_HANS, Language.EN, Language.PT);
			case ZH_HANS -> List.of(Language.ZH_HANS, Language.ZH_HANT, Language.EN, Language.PT);
			case EN -> List.of(Language.EN, Language.ZH_HANT, Language.ZH_HANS, Language.PT);
			case PT -> List.of(Language.PT, Language.EN, Language.ZH_HANT, Language.ZH_HANS);
		};
	}

}
