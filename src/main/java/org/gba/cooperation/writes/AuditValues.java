package org.gba.cooperation.writes;

import java.util.Collection;
import java.util.stream.Collectors;

import org.gba.cooperation.shared.LocalizedText;
import org.gba.cooperation.shared.Money;
import org.jspecify.annotations.Nullable;

/** How a field's value is written into the audit trail: as short, comparable text. */
final class AuditValues {

	/** Longest value kept; longer ones are cut, with an ellipsis. */
	static final int MAX_LENGTH = 500;

	private AuditValues() {
	}

	static @Nullable String text(@Nullable Object value) {
		if (value == null) {
			return null;
		}
		String text;
		if (value instanceof LocalizedText localized) {
			text = "zh-Hant: " + localized.zhHant() + " | zh-Hans: " + localized.zhHans() + " | en: " + localized.en()
					+ " | pt: " + localized.pt();
		}
		else if (value instanceof Money money) {
			text = money.amount().toPlainString() + " " + money.currency();
		}
		else if (value instanceof Collection<?> items) {
			text = items.stream().map(String::valueOf).sorted().collect(Collectors.joining(", ", "[", "]"));
		}
		else {
			text = value.toString();
		}
		return (text.length() <= MAX_LENGTH) ? text : text.substring(0, MAX_LENGTH - 1) + "…";
	}

}
