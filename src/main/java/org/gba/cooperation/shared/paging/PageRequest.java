package org.gba.cooperation.shared.paging;

import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
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
	 * Key of the {@code GraphQLContext}: the largest page the root connection of this
	 * execution may return, instead of {@value #MAX_PAGE_SIZE}. Set only by the server
	 * for the pages of a bulk export, never from a request; connections nested in the
	 * root one keep {@value #MAX_PAGE_SIZE}.
	 */
	public static final String ROOT_PAGE_LIMIT = PageRequest.class.getName() + ".rootPageLimit";

	/**
	 * Reads {@code first}, {@code after}, {@code last} and {@code before} from a field's
	 * arguments.
	 */
	public static PageRequest from(Map<String, Object> arguments) {
		return of((Integer) arguments.get("first"), (String) arguments.get("after"), (Integer) arguments.get("last"),
				(String) arguments.get("before"));
	}

	/**
	 * Reads the arguments of a connection field, with the larger page a bulk export
	 * allows on its root connection ({@link #ROOT_PAGE_LIMIT}).
	 */
	public static PageRequest from(DataFetchingEnvironment env) {
		Integer limit = (env.getExecutionStepInfo().getPath().getLevel() == 1)
				? env.getGraphQlContext().get(ROOT_PAGE_LIMIT) : null;
		Map<String, Object> arguments = env.getArguments();
		return of((Integer) arguments.get("first"), (String) arguments.get("after"), (Integer) arguments.get("last"),
				(String) arguments.get("before"), (limit != null) ? limit : MAX_PAGE_SIZE);
	}

	public static PageRequest of(@Nullable Integer first, @Nullable String after, @Nullable Integer last,
			@Nullable String before) {
		return of(first, after, last, before, MAX_PAGE_SIZE);
	}

	private static PageRequest of(@Nullable Integer first, @Nullable String after, @Nullable Integer last,
			@Nullable String before, int maxSize) {
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
			return new PageRequest(checkSize("last", (last != null) ? last : DEFAULT_PAGE_SIZE, maxSize), false,
					before);
		}
		if (before != null) {
			throw new InvalidInputException(LocalizedMessage.of("page.beforeWithFirst"));
		}
		return new PageRequest(checkSize("first", (first != null) ? first : DEFAULT_PAGE_SIZE, maxSize), true, after);
	}

	private static int checkSize(String argument, int size, int maxSize) {
		if (size < 0 || size > maxSize) {
			throw new InvalidInputException(LocalizedMessage.of("page.sizeOutOfRange", argument, maxSize, size));
		}
		return size;
	}

}
