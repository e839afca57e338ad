package org.gba.cooperation.shared.paging;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import graphql.schema.DataFetchingEnvironment;
import org.gba.cooperation.shared.BaseEntity;
import org.gba.cooperation.shared.BaseEntity_;
import org.gba.cooperation.shared.GlobalId;
import org.gba.cooperation.shared.InContext;
import org.gba.cooperation.shared.Language;
import org.gba.cooperation.shared.OrderDirection;
import org.gba.cooperation.shared.access.AccessRules;
import org.gba.cooperation.shared.jpa.InLists;
import org.gba.cooperation.shared.jpa.ReadOnlyQueries;
import org.gba.cooperation.shared.search.SearchFilter;
import org.gba.cooperation.shared.search.SearchText;
import org.hibernate.query.criteria.HibernateCriteriaBuilder;
import org.hibernate.query.criteria.JpaCriteriaQuery;
import org.hibernate.query.criteria.JpaDerivedRoot;
import org.hibernate.query.criteria.JpaSubQuery;
import org.hibernate.query.criteria.JpaWindow;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The queries every module reads its records through: pages, look-ups by ID and counts,
 * each restricted to what the current caller may see ({@link AccessRules#visible}). A
 * module cannot forget the access rules, because it has no other way to read a record by
 * ID or in pages.
 * <p>
 * Pages are keyset (cursor) pages: one indexed range scan
 * ({@code WHERE (sort, id) > (cursor) ORDER BY sort, id LIMIT n + 1}), so page 1,000
 * costs what page 1 costs. Never an OFFSET. A connection with a search text is answered
 * by the search engine ({@link #search}).
 */
@Component
public class VisibleRecords {

	/**
	 * The columns of the ranking sub-query of {@link #firstPages}: aliases, read back
	 * from its rows.
	 */
	private static final String PARENT_ID = "parentId";

	private static final String ID = "id";

	private static final String POSITION = "position";

	private static final String TOTAL = "total";

	private final EntityManager entityManager;

	private final AccessRules accessRules;

	private final EngineSearch engine;

	VisibleRecords(EntityManager entityManager, AccessRules accessRules) {
		this.entityManager = entityManager;
		this.accessRules = accessRules;
		this.engine = new EngineSearch(entityManager);
	}

	/**
	 * One page of the records that contain the search text, pass the filter and that the
	 * caller may see, found by the search engine ({@link EngineSearch}) and loaded by ID
	 * in one statement. A record the engine found that the database no longer lets the
	 * caller see (its document not yet indexed again) is left out. Names sort as a reader
	 * of the language sorts them, as on the database.
	 */
	@ReadOnlyQueries
	public <T extends BaseEntity> KeysetConnection<T> search(Class<T> type, String normalText, SearchFilter filter,
			Ordering<T> order, PageRequest page, Language reader) {
		SortKey<T> sortKey = order.sortKey(reader);
		String ordering = ordering(sortKey, order.direction());
		Cursor cursor = (page.cursor() != null) ? Cursor.decode(page.cursor(), ordering, sortKey.type()) : null;
		EngineSearch.Hits hits = this.engine.search(type, normalText, filter.and(this.accessRules.searchable(type)),
				sortKey, order.direction(), page, cursor);
		Map<Long, T> byId = mapById(type, hits.ids());
		List<Edge<T>> edges = new ArrayList<>();
		for (int i = 0; i < hits.ids().size(); i++) {
			T row = byId.get(hits.ids().get(i));
			if (row != null) {
				Comparable<?> value = hits.positions().isEmpty() ? sortKey.value().apply(row) : hits.positions().get(i);
				edges.add(new Edge<>(new Cursor(ordering, row.getId(), value).encode(), row));
			}
		}
		PageInfo pageInfo = new PageInfo(hits.hasNextPage(), hits.hasPreviousPage(),
				edges.isEmpty() ? null : edges.get(0).cursor(),
				edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor());
		long total = hits.total();
		return new KeysetConnection<>(edges, pageInfo, () -> total);
	}

	/**
	 * One page of the records that pass the filter and that the caller may see, ordered
	 * as a reader of the language sorts them.
	 */
	@ReadOnlyQueries
	public <T extends BaseEntity> KeysetConnection<T> page(Class<T> type, Filter<T> filter, Ordering<T> order,
			PageRequest page, Language reader) {
		SortKey<T> sortKey = order.sortKey(reader);
		OrderDirection direction = order.direction();
		String ordering = ordering(sortKey, direction);
		Cursor cursor = (page.cursor() != null) ? Cursor.decode(page.cursor(), ordering, sortKey.type()) : null;
		// Scanning backwards (last/before) walks the index the other way, then reverses
		// the page.
		boolean ascending = page.forward() == (direction == OrderDirection.ASC);
		Filter<T> visible = filter.and(this.accessRules.visible(type));

		CriteriaBuilder cb = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<T> query = cb.createQuery(type);
		Root<T> root = query.from(type);
		Conditions<T> conditions = new Conditions<>(root, query, cb);
		visible.apply(conditions);
		Path<? extends Comparable<?>> sort = sortKey.path().apply(root);
		Path<Long> id = root.get(BaseEntity_.id);
		if (cursor != null) {
			conditions.add(after(cb, sort, id, cursor, ascending));
		}
		query.select(root).where(conditions.toArray());
		query.orderBy(ascending ? List.of(cb.asc(sort), cb.asc(id)) : List.of(cb.desc(sort), cb.desc(id)));

		List<T> rows = new ArrayList<>(
				this.entityManager.createQuery(query).setMaxResults(page.size() + 1).getResultList());
		boolean more = rows.size() > page.size();
		if (more) {
			rows = rows.subList(0, page.size());
		}
		if (!page.forward()) {
			Collections.reverse(rows);
		}
		return connection(rows, sortKey, direction, page.forward() ? more : cursor != null,
				page.forward() ? cursor != null : more, () -> countVisible(type, visible));
	}

	/**
	 * The first page of a nested connection for each of many parents, in two statements
	 * whatever their number: one ranks each parent's records with a window function
	 * ({@code ROW_NUMBER() OVER (PARTITION BY parent ORDER BY sort, id)}) and counts
	 * them, keeping the first {@code n + 1} of each; the other loads those records.
	 * Parents without records get an empty page.
	 */
	@ReadOnlyQueries
	public <T extends BaseEntity> Map<Long, KeysetConnection<T>> firstPages(Class<T> type,
			Class<? extends BaseEntity> parentType, Collection<Long> parentIds, ParentLink<T> link, Filter<T> filter,
			Ordering<T> order, PageRequest page, Language reader) {
		if (page.cursor() != null) {
			throw new IllegalArgumentException("Only first pages are loaded for many parents at once");
		}
		boolean ascending = page.forward() == (order.direction() == OrderDirection.ASC);
		HibernateCriteriaBuilder cb = (HibernateCriteriaBuilder) this.entityManager.getCriteriaBuilder();
		JpaCriteriaQuery<Tuple> query = cb.createTupleQuery();
		JpaSubQuery<Tuple> ranked = query.subquery(Tuple.class);
		Root<T> root = ranked.from(type);
		Root<? extends BaseEntity> parent = ranked.from(parentType);
		Path<Long> parentId = parent.get(BaseEntity_.id);
		Conditions<T> conditions = new Conditions<>(root, ranked, cb);
		filter.and(this.accessRules.visible(type)).apply(conditions);
		conditions.add(parentId.in(InLists.padded(parentIds))).add(link.of(conditions, parentId));
		SortKey<T> sortKey = order.sortKey(reader);
		Path<? extends Comparable<?>> sort = sortKey.path().apply(root);
		Path<Long> id = root.get(BaseEntity_.id);
		JpaWindow rank = cb.createWindow()
			.partitionBy(parentId)
			.orderBy(ascending ? cb.asc(sort) : cb.desc(sort), ascending ? cb.asc(id) : cb.desc(id));
		JpaWindow all = cb.createWindow().partitionBy(parentId);
		ranked
			.multiselect(parentId.alias(PARENT_ID), id.alias(ID), cb.rowNumber(rank).alias(POSITION),
					cb.windowFunction("count", Long.class, all, id).alias(TOTAL))
			.where(conditions.toArray());
		JpaDerivedRoot<Tuple> row = query.from(ranked);
		query.multiselect(row.get(PARENT_ID), row.get(ID), row.get(POSITION), row.get(TOTAL))
			.where(cb.le(row.get(POSITION), page.size() + 1))
			.orderBy(cb.asc(row.get(PARENT_ID)), cb.asc(row.get(POSITION)));

		Map<Long, List<Long>> idsByParent = new LinkedHashMap<>();
		Map<Long, Long> totals = new HashMap<>();
		for (Tuple tuple : this.entityManager.createQuery(query).getResultList()) {
			Long parentOfRow = ((Number) tuple.get(0)).longValue();
			idsByParent.computeIfAbsent(parentOfRow, (key) -> new ArrayList<>())
				.add(((Number) tuple.get(1)).longValue());
			totals.put(parentOfRow, ((Number) tuple.get(3)).longValue());
		}
		Map<Long, T> byId = new HashMap<>();
		List<Long> allIds = idsByParent.values().stream().flatMap(List::stream).distinct().toList();
		if (!allIds.isEmpty()) {
			for (T record : select(type, (where) -> where.in(BaseEntity_.id, allIds))) {
				byId.put(record.getId(), record);
			}
		}
		Map<Long, KeysetConnection<T>> pages = new HashMap<>();
		for (Long parentOfPage : parentIds) {
			List<T> rows = new ArrayList<>();
			for (Long rowId : idsByParent.getOrDefault(parentOfPage, List.of())) {
				rows.add(byId.get(rowId));
			}
			boolean more = rows.size() > page.size();
			if (more) {
				rows = new ArrayList<>(rows.subList(0, page.size()));
			}
			if (!page.forward()) {
				Collections.reverse(rows);
			}
			long total = totals.getOrDefault(parentOfPage, 0L);
			pages.put(parentOfPage, connection(rows, sortKey, order.direction(), page.forward() && more,
					!page.forward() && more, () -> total));
		}
		return pages;
	}

	/**
	 * One grouped aggregate, computed by the database in one statement
	 * ({@code SELECT keys, COUNT(..),
	 * SUM(..) ... GROUP BY keys}), over the records of a type that pass the filter and
	 * that the caller's statistics may count ({@link AccessRules#aggregable}). Rows come
	 * back unsorted.
	 */
	@ReadOnlyQueries
	public <T extends BaseEntity> List<Tuple> aggregate(Class<T> type, Filter<T> filter, Aggregation<T> aggregation) {
		CriteriaBuilder cb = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<Tuple> query = cb.createTupleQuery();
		Root<T> root = query.from(type);
		Conditions<T> conditions = new Conditions<>(root, query, cb);
		filter.and(this.accessRules.aggregable(type)).apply(conditions);
		aggregation.define(conditions, query);
		query.where(conditions.toArray());
		return this.entityManager.createQuery(query).getResultList();
	}

	/**
	 * A two-level aggregate in one statement: the {@link RecordAggregation#perRecord
	 * inner query} makes one row per record of a type that passes the filter and that the
	 * caller's statistics may count ({@link AccessRules#aggregable}), the
	 * {@link RecordAggregation#overRecords outer one} aggregates those rows. For what a
	 * plain join would count many times per record (pairs of a record's links, say), at
	 * the cost of one pass over the links. Rows come back unsorted.
	 */
	@ReadOnlyQueries
	public <T extends BaseEntity> List<Tuple> aggregateOverRecords(Class<T> type, Filter<T> filter,
			RecordAggregation<T> aggregation) {
		HibernateCriteriaBuilder cb = (HibernateCriteriaBuilder) this.entityManager.getCriteriaBuilder();
		JpaCriteriaQuery<Tuple> query = cb.createTupleQuery();
		JpaSubQuery<Tuple> records = query.subquery(Tuple.class);
		Root<T> root = records.from(type);
		Conditions<T> conditions = new Conditions<>(root, records, cb);
		filter.and(this.accessRules.aggregable(type)).apply(conditions);
		aggregation.perRecord(conditions, records);
		records.where(conditions.toArray());
		aggregation.overRecords(query.from(records), query, cb);
		return this.entityManager.createQuery(query).getResultList();
	}

	/**
	 * What a cursor records of the ordering it was made for: sort column (for names, with
	 * the reader's language) and direction.
	 */
	static String ordering(SortKey<?> sortKey, OrderDirection direction) {
		return sortKey.name() + ":" + direction;
	}

	private static <T extends BaseEntity> KeysetConnection<T> connection(List<T> rows, SortKey<T> sortKey,
			OrderDirection direction, boolean hasNextPage, boolean hasPreviousPage,
			java.util.function.LongSupplier totalCount) {
		String ordering = ordering(sortKey, direction);
		List<Edge<T>> edges = rows.stream()
			.map((row) -> new Edge<>(new Cursor(ordering, row.getId(), sortKey.value().apply(row)).encode(), row))
			.toList();
		PageInfo pageInfo = new PageInfo(hasNextPage, hasPreviousPage, edges.isEmpty() ? null : edges.get(0).cursor(),
				edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor());
		return new KeysetConnection<>(edges, pageInfo, totalCount);
	}

	/**
	 * A root connection: its {@code filter} input (if given), its ordering, and
	 * {@code first}, {@code after}, {@code last}, {@code before} from the field's
	 * arguments, in the request's language ({@link InContext}).
	 */
	@ReadOnlyQueries
	public <T extends BaseEntity> KeysetConnection<T> page(Class<T> type, @Nullable FilterInput<T> filter,
			Ordering<T> order, DataFetchingEnvironment env) {
		PageRequest page = PageRequest.from(env);
		Language reader = InContext.of(env.getGraphQlContext()).language();
		Filter<T> conditions = (filter != null) ? filter.toFilter() : Filter.none();
		String text = (filter != null) ? SearchText.normal(filter.search()) : null;
		if (text != null) {
			return search(type, text, filter.toSearchFilter(), order, page, reader);
		}
		return page(type, conditions, order, page, reader);
	}

	/**
	 * The record a global ID names, if it exists and the caller may see it. The entity's
	 * class name is its GraphQL type name; an ID of another type is a bad request.
	 */
	@ReadOnlyQueries
	public <T extends BaseEntity> Optional<T> findByGlobalId(Class<T> type, String globalId) {
		return findById(type, GlobalId.decode(globalId, type.getSimpleName()));
	}

	/**
	 * The records with these IDs that exist and that the caller may see, in one
	 * statement.
	 */
	@ReadOnlyQueries
	public <T extends BaseEntity> List<T> findAll(Class<T> type, Collection<Long> ids) {
		return selectByIds(type, ids, this.accessRules.visible(type));
	}

	/**
	 * Whether the caller may change the record with this ID (see
	 * {@link AccessRules#changeable}).
	 */
	@ReadOnlyQueries
	public <T extends BaseEntity> boolean isChangeable(Class<T> type, long id) {
		Filter<T> byId = (where) -> where.equal(BaseEntity_.id, id);
		return countVisible(type, byId.and(this.accessRules.changeable(type))) > 0;
	}

	/** {@link #findAll} by ID: what batch loaders hand back to their keys. */
	@ReadOnlyQueries
	public <T extends BaseEntity> Map<Long, T> mapById(Class<T> type, Collection<Long> ids) {
		return byId(findAll(type, ids));
	}

	/**
	 * The records with these IDs that a record the caller sees may refer to
	 * ({@link AccessRules#referable}: archived ones included), by ID; for the data
	 * loaders of references.
	 */
	@ReadOnlyQueries
	public <T extends BaseEntity> Map<Long, T> mapReferencedById(Class<T> type, Collection<Long> ids) {
		return byId(selectByIds(type, ids, this.accessRules.referable(type)));
	}

	/**
	 * The records with these IDs that the rule lets through, in one statement (none for
	 * no IDs).
	 */
	private <T extends BaseEntity> List<T> selectByIds(Class<T> type, Collection<Long> ids, Filter<T> rule) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Filter<T> byIds = (where) -> where.in(BaseEntity_.id, ids);
		return select(type, byIds.and(rule));
	}

	private static <T extends BaseEntity> Map<Long, T> byId(List<T> records) {
		Map<Long, T> byId = new HashMap<>();
		for (T record : records) {
			byId.put(record.getId(), record);
		}
		return byId;
	}

	/** The record with this ID, if it exists and the caller may see it. */
	@ReadOnlyQueries
	public <T extends BaseEntity> Optional<T> findById(Class<T> type, long id) {
		return findAll(type, List.of(id)).stream().findFirst();
	}

	private <T extends BaseEntity> List<T> select(Class<T> type, Filter<T> filter) {
		CriteriaBuilder cb = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<T> query = cb.createQuery(type);
		Root<T> root = query.from(type);
		Conditions<T> conditions = new Conditions<>(root, query, cb);
		filter.apply(conditions);
		query.select(root).where(conditions.toArray());
		return this.entityManager.createQuery(query).getResultList();
	}

	private <T extends BaseEntity> long countVisible(Class<T> type, Filter<T> visible) {
		CriteriaBuilder cb = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<Long> query = cb.createQuery(Long.class);
		Root<T> root = query.from(type);
		Conditions<T> conditions = new Conditions<>(root, query, cb);
		visible.apply(conditions);
		query.select(cb.count(root)).where(conditions.toArray());
		return this.entityManager.createQuery(query).getSingleResult();
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static Predicate after(CriteriaBuilder cb, Path<? extends Comparable<?>> sort, Path<Long> id, Cursor cursor,
			boolean ascending) {
		Expression rawSort = sort;
		Comparable value = cursor.value();
		if (ascending) {
			return cb.or(cb.greaterThan(rawSort, value),
					cb.and(cb.equal(rawSort, value), cb.greaterThan(id, cursor.id())));
		}
		return cb.or(cb.lessThan(rawSort, value), cb.and(cb.equal(rawSort, value), cb.lessThan(id, cursor.id())));
	}

}
