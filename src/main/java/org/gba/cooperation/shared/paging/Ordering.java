package org.gba.cooperation.shared.paging;

import org.gba.cooperation.shared.Language;
import org.gba.cooperation.shared.OrderDirection;
import org.jspecify.annotations.Nullable;

/**
 * A connection's {@code orderBy} input: a sort column and a direction (the ID breaks
 * ties).
 */
public interface Ordering<T> {

	/**
	 * The column to sort by for a reader of this language (the request's): names sort in
	 * the reader's collation ({@link SortKey#names}); other columns do not depend on it.
	 */
	SortKey<T> sortKey(Language reader);

	OrderDirection direction();

	/**
	 * The order a connection is given, or when it is not: by relevance when its filter
	 * has a search text, by {@code otherwise} when not.
	 */
	static <O extends Ordering<?>> O chosen(@Nullable O given, @Nullable FilterInput<?> filter, O byRelevance,
			O otherwise) {
		if (given != null) {
			return given;
		}
		return (filter != null && filter.search() != null && !filter.search().isBlank()) ? byRelevance : otherwise;
	}

}
