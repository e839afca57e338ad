package org.gba.cooperation.shared.paging;

import java.util.Map;

import org.gba.cooperation.shared.InvalidInputException;
import org.gba.cooperation.shared.LocalizedMessage;
import org.jspecify.annotations.Nullable;

/**
 * The Relay pagination arguments of one connection field, checked: either {@code first}
 * (with {@code after}) or {@code last} (with {@code before}), between 0 and
 * {@value #MAX_PAGE_SIZE}.
 *
 * @param size how many items to return
 * @param forward whether paging runs forwards ({@code first}/{@code after}) or backwards
 * @param cursor the {@code after} cursor when forwards, the {@code before} cursor when
 * backwards
 */
public record PageRequest(int size, boolean forward, @Nullable String cursor) {

	public static final int MAX_PAGE_SIZE = 100;

	public static final int DEFAULT_PAGE_SIZE = 20;

	/**
	 * Reads {@code first}, {@code after}, {@code last} and {@code before} from a field's
	 * arguments.
	 */
	public static PageRequest from(Map<String, Object> arguments) {
		return of((Integer) arguments.get("first"), (String) arguments.get("after"), (Integer) arguments.get("last"),
				(String) arguments.get("before"));
	}

	public static PageRequest of(@Nullable Integer first, @Nullable String after, @Nullable Integer last,
			@Nullable String before) {
		if (first != null && last != null) {
			throw new InvalidInputException(LocalizedMessage.of("page.firstAndLast"));
		}
		if (after != null && before != null) {
			throw new InvalidInputException(LocalizedMessage.of("page.afterAndBefore"));
		}
		if (last != null || (first == null && before != null)) {
			if (after != null) {
				throw new InvalidInputException(LocalizedMessage.of("page.afterWithLast"));
			}
			return new PageRequest(checkSize("last", (last != null) ? last : DEFAULT_PAGE_SIZE), false, before);
		}
		if (before != null) {
			throw new InvalidInputException(LocalizedMessage.of("page.beforeWithFirst"));
		}
		return new PageRequest(checkSize("first", (first != null) ? first : DEFAULT_PAGE_SIZE), true, after);
	}

	private static int checkSize(String argument, int size) {
		if (size < 0 || size > MAX_PAGE_SIZE) {
			throw new InvalidInputException(LocalizedMessage.of("page.sizeOutOfRange", argument, MAX_PAGE_SIZE, size));
		}
		return size;
	}

}
