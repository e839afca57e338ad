package org.gba.cooperation.shared.paging;

import org.gba.cooperation.shared.BaseEntity;
import org.gba.cooperation.shared.search.SearchFilter;
import org.jspecify.annotations.Nullable;

/**
 * A connection's {@code filter} input: a GraphQL input record that becomes filter
 * conditions.
 */
public interface FilterInput<T extends BaseEntity> {

	/**
	 * The conditions; throws {@link org.gba.cooperation.shared.InvalidInputException} for
	 * bad values.
	 */
	Filter<T> toFilter();

	/**
	 * The {@code search} text, when the filter has one: a connection whose filter has a
	 * search text is answered by the search engine, with {@link #toSearchFilter()}'s
	 * conditions.
	 */
	default @Nullable String search() {
		return null;
	}

	/**
	 * The same conditions as {@link #toFilter()}, on the search index's fields, but the
	 * search text itself. Every filter that has a {@code search} field implements it.
	 */
	default SearchFilter toSearchFilter() {
		throw new UnsupportedOperationException(getClass().getSimpleName() + " has no search");
	}

}
