package org.gba.cooperation.shared.search;

/**
 * Conditions of a search, applied inside the engine: a connection's filter, an access
 * rule, a nested connection's parent. The counterpart, on indexed fields, of
 * {@link org.gba.cooperation.shared.paging.Filter} on columns.
 */
@FunctionalInterface
public interface SearchFilter {

	void apply(SearchConditions where);

	/** No condition. */
	static SearchFilter none() {
		return (where) -> {
		};
	}

	/** Both this filter's conditions and the other's. */
	default SearchFilter and(SearchFilter other) {
		return (where) -> {
			apply(where);
			other.apply(where);
		};
	}

}
