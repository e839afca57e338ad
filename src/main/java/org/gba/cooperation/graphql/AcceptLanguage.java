package org.gba.cooperation.graphql;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.gba.cooperation.shared.Language;
import org.jspecify.annotations.Nullable;

/**
 * The {@link Language} an {@code Accept-Language} header (RFC 9110) asks for: its ranges
 * by weight ({@code q}), the first one we serve wins. Case does not matter; ranges that
 * are malformed, of weight 0, {@code *} or of a language we do not keep are passed over,
 * and a header with none left chooses nothing (never an error).
 * <p>
 * Chinese is told apart by script, else by region: {@code zh-Hant}, {@code zh-HK},
 * {@code zh-MO}, {@code zh-TW} are Traditional; {@code zh-Hans}, {@code zh-CN},
 * {@code zh-SG} (and {@code zh-MY}) are Simplified; a bare {@code zh}, or another region,
 * is Traditional, the script of the API's Hong Kong and Macao readers and of the texts'
 * sources.
 */
final class AcceptLanguage {

	private AcceptLanguage() {
	}

	static Optional<Language> preferred(@Nullable String header) {
		if (header == null || header.isBlank()) {
			return Optional.empty();
		}
		List<Locale.LanguageRange> ranges = new ArrayList<>();
		for (String element : header.split(",")) {
			if (element.isBlank()) {
				continue;
			}
			try {
				// One range at a time, so that one malformed range does not lose the
				// others.
				ranges.addAll(Locale.LanguageRange.parse(element.trim()));
			}
			catch (IllegalArgumentException ex) {
				// Malformed: passed over.
			}
		}
		// parse() expands some ranges into equivalents of the same weight; a stable sort
		// keeps the order sent.
		return ranges.stream()
			.filter((range) -> range.getWeight() > 0)
			.sorted(Comparator.comparingDouble(Locale.LanguageRange::getWeight).reversed())
			.map((range) -> language(range.getRange()))
			.flatMap(Optional::stream)
			.findFirst();
	}

	/**
	 * The language of one range (lower case, as {@link Locale.LanguageRange} keeps it).
	 */
	static Optional<Language> language(String range) {
		String[] subtags = range.toLowerCase(Locale.ROOT).split("-");
		return switch (subtags[0]) {
			case "en" -> Optional.of(Language.EN);
			case "pt" -> Optional.of(Language.PT);
			case "zh" -> Optional.of(chinese(subtags));
			default -> Optional.empty();
		};
	}

	private static Language chinese(String[] subtags) {
		for (int i = 1; i < subtags.length; i++) {
			switch (subtags[i]) {
				case "hans", "cn", "sg", "my":
					return Language.ZH_HANS;
				case "hant", "hk", "mo", "tw":
					return Language.ZH_HANT;
				default:
					// Another subtag (a variant, an extension): look further.
			}
		}
		return Language.ZH_HANT;
	}

	/** The BCP 47 tag of a language, as {@code Content-Language} names it. */
	static String tag(Language language) {
		return switch (language) {
			case ZH_HANT -> "zh-Hant";
			case ZH_HANS -> "zh-Hans";
			case EN -> "en";
			case PT -> "pt";
		};
	}

}
