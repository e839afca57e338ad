package org.gba.cooperation.writes;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.gba.cooperation.shared.LocalizedMessage;
import org.jspecify.annotations.Nullable;

/**
 * Refuses the characters no text of the API may hold, in every string of a mutation input
 * however deep (names, titles, descriptions, keys...), so that no domain can forget one:
 * control characters (NUL, ANSI escape sequences and the like; a description,
 * {@link TextInput}, may hold tabs and line breaks), the bidirectional embeddings,
 * overrides and isolates (U+202A to U+202E, U+2066 to U+2069), which make a name read
 * differently from what it is ({@code U+202E gnp.exe}), and unpaired UTF-16 surrogates,
 * which no encoding can store (MySQL and MariaDB would write {@code ?} in their place).
 * Each offending text is one user error ({@code INVALID_CHARACTER}) naming the field and
 * the character.
 * <p>
 * Hand-written rather than a Bean Validation constraint on each field: it walks the input
 * record by reflection, so a new text field is covered without anyone remembering to
 * annotate it.
 */
final class TextHygiene {

	private TextHygiene() {
	}

	/**
	 * The user errors of the input's texts, in the order of its fields; none when all are
	 * clean.
	 */
	static List<UserError> check(Object input) {
		List<UserError> errors = new ArrayList<>();
		List<String> path = new ArrayList<>();
		path.add("input");
		walk(input, path, false, errors);
		return errors;
	}

	private static void walk(@Nullable Object value, List<String> path, boolean multiline, List<UserError> errors) {
		if (value instanceof String text) {
			int offending = firstOffending(text, multiline);
			if (offending >= 0) {
				String field = String.join(".", path.subList(1, path.size()));
				errors.add(UserError.of(UserErrorCode.INVALID_CHARACTER,
						LocalizedMessage.of("mutation.invalidCharacter", field, codePoint(offending)),
						path.toArray(String[]::new)));
			}
		}
		else if (value instanceof Record record) {
			boolean lines = multiline || record instanceof TextInput;
			for (RecordComponent component : record.getClass().getRecordComponents()) {
				path.add(component.getName());
				walk(read(component, record), path, lines, errors);
				path.remove(path.size() - 1);
			}
		}
		else if (value instanceof Collection<?> items) {
			int index = 0;
			for (Object item : items) {
				path.add(String.valueOf(index++));
				walk(item, path, multiline, errors);
				path.remove(path.size() - 1);
			}
		}
	}

	/**
	 * The first character of the text no text may hold (as a code point, or a lone
	 * surrogate), or -1.
	 */
	static int firstOffending(String text, boolean multiline) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				i++;
				continue;
			}
			if (Character.isSurrogate(c) || isBidiControl(c)
					|| (Character.isISOControl(c) && !(multiline && isLineOrTab(c)))) {
				return c;
			}
		}
		return -1;
	}

	private static boolean isBidiControl(char c) {
		return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
	}

	private static boolean isLineOrTab(char c) {
		return c == '\t' || c == '\n' || c == '\r';
	}

	private static String codePoint(int c) {
		return "U+" + String.format(Locale.ROOT, "%04X", c);
	}

	private static @Nullable Object read(RecordComponent component, Record record) {
		try {
			// Inputs are package-private records of their modules.
			Method accessor = component.getAccessor();
			accessor.setAccessible(true);
			return accessor.invoke(record);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("Cannot read " + component, ex);
		}
	}

}
