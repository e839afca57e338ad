package org.gba.cooperation.graphql;

import org.jspecify.annotations.Nullable;

/**
 * Which queries are heavy, and so run in the bulkhead's places ({@code gba.bulkhead.*})
 * rather than beside light ones: decided from the parsed document and its variables
 * before it runs, by {@link QueryAnalysis}. A query is heavy when it selects
 * <ul>
 * <li>a field priced by its work in the database ({@code @cost(weight:)}: each
 * {@code statistics} aggregate), whose work grows with the data, not with what it
 * selects;</li>
 * <li>a connection with a search text ({@code filter: {search: ...}}, not blank), on any
 * connection, nested or not;</li>
 * <li>or pages whose requested query cost reaches {@code gba.bulkhead.heavy-cost} (2,000
 * by default): large nested pages, as a connection multiplies the cost of what it holds
 * by its page size ({@code jointLabs(first: 100) { nodes { talentArrangements(first: 20)
 * { nodes { id } } } }} costs 2,201; the partner dashboard, 203).</li>
 * </ul>
 * A page deep into a connection ({@code after} a cursor far in) is not heavy: cursors are
 * keyset positions, so it costs what the first page does. Mutations and subscriptions are
 * never heavy here (mutations have places of their own, {@code gba.writes.*}).
 */
enum HeavyQueries {

	/** Selects an aggregate priced by its work ({@code statistics}). */
	STATISTICS,

	/** Searches a connection. */
	SEARCH,

	/** Pages whose requested cost reaches {@code gba.bulkhead.heavy-cost}. */
	LARGE_PAGES;

	/** Why a query of these measures is heavy; null when it is light. */
	static @Nullable HeavyQueries of(QueryAnalysis.Measures measures, long heavyCost) {
		if (measures.weighted()) {
			return STATISTICS;
		}
		if (measures.searches()) {
			return SEARCH;
		}
		return (measures.cost() >= heavyCost) ? LARGE_PAGES : null;
	}

}
