package org.gba.cooperation.shared.paging;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;

import org.gba.cooperation.shared.InvalidInputException;
import org.gba.cooperation.shared.LocalizedMessage;

/**
 * The one place keyset cursors are made and read. A cursor holds the ordering it was made
 * for, the sort value of its row and the row's ID (the tiebreak), as URL-safe Base64 of
 * {@code v1\n<ordering>\n<id>\n<value>}. Clients must treat it as opaque.
 */
record Cursor(String ordering, long id, Comparable<?> value) {

	private static final String VERSION = "v1";

	String encode() {
		String raw = VERSION + "\n" + this.ordering + "\n" + this.id + "\n" + this.value;
		return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
	}

	static Cursor decode(String encoded, String expectedOrdering, SortValueType type) {
		String[] parts;
		try {
			parts = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8).split("\n", 4);
		}
		catch (IllegalArgumentException ex) {
			throw invalid(encoded);
		}
		if (parts.length != 4 || !VERSION.equals(parts[0])) {
			throw invalid(encoded);
		}
		if (!parts[1].equals(expectedOrdering)) {
			throw new InvalidInputException(LocalizedMessage.of("cursor.otherOrdering", abbreviate(encoded)));
		}
		try {
			long id = Long.parseLong(parts[2]);
			Comparable<?> value = switch (type) {
				case TEXT -> parts[3];
				case DATE -> LocalDate.parse(parts[3]);
				case NUMBER -> Long.valueOf(parts[3]);
			};
			return new Cursor(parts[1], id, value);
		}
		catch (NumberFormatException | DateTimeParseException ex) {
			throw invalid(encoded);
		}
	}

	private static InvalidInputException invalid(String encoded) {
		return new InvalidInputException(LocalizedMessage.of("cursor.invalid", abbreviate(encoded)));
	}

	private static String abbreviate(String value) {
		return (value.length() <= 40) ? value : value.substring(0, 40) + "...";
	}

}
