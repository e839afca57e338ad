package org.gba.cooperation.shared.paging;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.gba.cooperation.shared.BaseEntity;
import org.gba.cooperation.shared.OrderDirection;
import org.gba.cooperation.shared.search.SearchConditions;
import org.gba.cooperation.shared.search.SearchFields;
import org.gba.cooperation.shared.search.SearchFilter;
import org.hibernate.search.engine.backend.metamodel.IndexDescriptor;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.engine.search.sort.dsl.SortOrder;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.jspecify.annotations.Nullable;

/**
 * One page of a search, asked of the search engine in one query: the text, the filter's
 * and the access rule's conditions, the order and the cursor are all applied there; the
 * engine gives the page's IDs and the total count, and the records are then loaded by ID
 * in one SQL statement ({@link VisibleRecords}).
 * <p>
 * Cursors: an order on a field pages by keyset, as on the database (the page after
 * {@code (value, id)} is the records whose field is greater, or equal with a greater ID),
 * so that pages stay right while records are written. Relevance has no value a predicate
 * can compare (scores depend on the whole index), so its cursors hold the record's
 * position in the ranking.
 */
final class EngineSearch {

	/**
	 * The fields holding a document's texts and its whole names, where the type has them
	 * (organisations have their abbreviation, arrangements their person's names).
	 */
	private static final List<String> TEXT_FIELDS = List.of(SearchFields.TEXT, "abbreviation", "person.text");

	private static final List<String> EXACT_FIELDS = List.of(SearchFields.EXACT, "abbreviationExact", "person.exact");

	/** How much more an exact name weighs than the other matches. */
	private static final float EXACT_BOOST = 10f;

	private final EntityManager entityManager;

	EngineSearch(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/** The IDs of one page, in order, with what the connection says about it. */
	record Hits(List<Long> ids, List<Comparable<?>> positions, long total, boolean hasNextPage,
			boolean hasPreviousPage) {
	}

	/**
	 * One page by this sort key (for names, the reader's language's) and direction.
	 */
	<T extends BaseEntity> Hits search(Class<T> type, String text, SearchFilter filter, SortKey<T> sortKey,
			OrderDirection direction, PageRequest page, @Nullable Cursor cursor) {
		IndexDescriptor index = Search.mapping(this.entityManager.getEntityManagerFactory())
			.indexedEntity(type)
			.indexManager()
			.descriptor();
		String[] textFields = present(index, TEXT_FIELDS);
		String[] exactFields = present(index, EXACT_FIELDS);
		boolean relevance = SortKey.RELEVANCE.equals(sortKey.name());
		boolean ascending = page.forward() == (direction == OrderDirection.ASC);
		SearchSession session = Search.session(this.entityManager);
		if (relevance) {
			boolean bestFirst = direction == OrderDirection.ASC;
			return byRelevance(session, type, text, textFields, exactFields, filter, bestFirst, page, cursor);
		}
		String field = sortKey.indexField();
		SearchFilter after = (cursor == null) ? SearchFilter.none()
				: (where) -> where.add(after(where.factory(), field, cursor, ascending));
		SearchResult<Long> result = session.search(type)
			.select((f) -> f.id(Long.class))
			.where((f) -> matching(f, text, textFields, exactFields, filter.and(after)))
			.sort((f) -> byField(f, field, ascending))
			.fetch(page.size() + 1);
		List<Long> ids = new ArrayList<>(result.hits());
		boolean more = ids.size() > page.size();
		if (more) {
			ids = new ArrayList<>(ids.subList(0, page.size()));
		}
		if (!page.forward()) {
			Collections.reverse(ids);
		}
		// With a cursor the total counts what is after it: the whole is counted without.
		long total = (cursor == null) ? result.total().hitCount()
				: session.search(type)
					.where((f) -> matching(f, text, textFields, exactFields, filter))
					.fetchTotalHitCount();
		return new Hits(ids, List.of(), total, page.forward() ? more : cursor != null,
				page.forward() ? cursor != null : more);
	}

	private <T> Hits byRelevance(SearchSession session, Class<T> type, String text, String[] textFields,
			String[] exactFields, SearchFilter filter, boolean bestFirst, PageRequest page, @Nullable Cursor cursor) {
		long total = -1;
		int from;
		int size;
		if (page.forward()) {
			from = (cursor != null) ? position(cursor) + 1 : 0;
			size = page.size() + 1;
		}
		else {
			int end;
			if (cursor != null) {
				end = position(cursor);
			}
			else {
				total = session.search(type)
					.where((f) -> matching(f, text, textFields, exactFields, filter))
					.fetchTotalHitCount();
				end = (int) Math.min(total, Integer.MAX_VALUE);
			}
			from = Math.max(0, end - page.size());
			size = end - from;
		}
		SearchResult<Long> result = session.search(type)
			.select((f) -> f.id(Long.class))
			.where((f) -> matching(f, text, textFields, exactFields, filter))
			.sort((f) -> bestFirst ? f.score().then().field(SearchFields.ROW_ID)
					: f.score().asc().then().field(SearchFields.ROW_ID).desc())
			.fetch(from, size);
		List<Long> ids = new ArrayList<>(result.hits());
		boolean more = page.forward() && ids.size() > page.size();
		if (more) {
			ids = new ArrayList<>(ids.subList(0, page.size()));
		}
		List<Comparable<?>> positions = new ArrayList<>();
		for (int i = 0; i < ids.size(); i++) {
			positions.add((long) (from + i));
		}
		return new Hits(ids, positions, result.total().hitCount(), page.forward() ? more : cursor != null, from > 0);
	}

	private static int position(Cursor cursor) {
		long position = ((Number) cursor.value()).longValue();
		return (int) Math.max(0, Math.min(position, Integer.MAX_VALUE - 1));
	}

	/**
	 * Every term of the text in one of the text fields; a whole name equal to the text
	 * ranks first; the filter's conditions as filters (no part in the score).
	 */
	private static PredicateFinalStep matching(SearchPredicateFactory f, String text, String[] textFields,
			String[] exactFields, SearchFilter filter) {
		BooleanPredicateClausesStep<?, ?> bool = f.bool();
		bool.must(f.match().fields(textFields).matching(text).minimumShouldMatchPercent(100));
		bool.should(f.match().fields(exactFields).matching(text).boost(EXACT_BOOST));
		SearchConditions conditions = new SearchConditions(f);
		filter.apply(conditions);
		conditions.predicates().forEach(bool::filter);
		return bool;
	}

	private static SortFinalStep byField(SearchSortFactory f, String field, boolean ascending) {
		SortOrder order = ascending ? SortOrder.ASC : SortOrder.DESC;
		return f.field(field).order(order).then().field(SearchFields.ROW_ID).order(order);
	}

	/** After the cursor's (value, id) in the page's direction. */
	private static PredicateFinalStep after(SearchPredicateFactory f, String field, Cursor cursor, boolean ascending) {
		Object value = cursor.value();
		PredicateFinalStep beyond = ascending ? f.range().field(field).greaterThan(value)
				: f.range().field(field).lessThan(value);
		PredicateFinalStep sameValueLaterId = f.and(f.match().field(field).matching(value),
				ascending ? f.range().field(SearchFields.ROW_ID).greaterThan(cursor.id())
						: f.range().field(SearchFields.ROW_ID).lessThan(cursor.id()));
		return f.or(beyond, sameValueLaterId);
	}

	private static String[] present(IndexDescriptor index, List<String> fields) {
		return fields.stream().filter((field) -> index.field(field).isPresent()).toArray(String[]::new);
	}

}
