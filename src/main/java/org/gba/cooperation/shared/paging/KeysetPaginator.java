package org.gba.cooperation.shared.paging;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.gba.cooperation.shared.BaseEntity;
import org.gba.cooperation.shared.OrderDirection;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cursor (keyset) pagination over any entity: a page is one indexed range scan
 * ({@code WHERE (sort, id) > (cursor) ORDER BY sort, id LIMIT n + 1}), so page 1,000 costs what page 1
 * costs. Never an OFFSET.
 */
@Component
public class KeysetPaginator {

	private final EntityManager entityManager;

	KeysetPaginator(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@Transactional(readOnly = true)
	public <T extends BaseEntity> KeysetConnection<T> page(Class<T> type, Filter<T> filter, SortKey<T> sortKey,
			OrderDirection direction, PageRequest page) {
		String ordering = sortKey.name() + ":" + direction;
		Cursor cursor = (page.cursor() != null) ? Cursor.decode(page.cursor(), ordering, sortKey.type()) : null;
		// Scanning backwards (last/before) walks the index the other way, then reverses the page.
		boolean ascending = page.forward() == (direction == OrderDirection.ASC);

		CriteriaBuilder cb = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<T> query = cb.createQuery(type);
		Root<T> root = query.from(type);
		Conditions<T> conditions = new Conditions<>(root, query, cb);
		filter.apply(conditions);
		Path<? extends Comparable<?>> sort = sortKey.path().apply(root);
		Path<Long> id = root.get("id");
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
		List<Edge<T>> edges = rows.stream()
			.map((row) -> new Edge<>(new Cursor(ordering, row.getId(), sortKey.value().apply(row)).encode(), row))
			.toList();
		PageInfo pageInfo = new PageInfo(page.forward() ? more : cursor != null,
				page.forward() ? cursor != null : more, edges.isEmpty() ? null : edges.get(0).cursor(),
				edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor());
		return new KeysetConnection<>(edges, pageInfo, () -> count(type, filter));
	}

	/** How many rows the filter lets through. */
	@Transactional(readOnly = true)
	public <T> long count(Class<T> type, Filter<T> filter) {
		CriteriaBuilder cb = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<Long> query = cb.createQuery(Long.class);
		Root<T> root = query.from(type);
		Conditions<T> conditions = new Conditions<>(root, query, cb);
		filter.apply(conditions);
		query.select(cb.count(root)).where(conditions.toArray());
		return this.entityManager.createQuery(query).getSingleResult();
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static Predicate after(CriteriaBuilder cb, Path<? extends Comparable<?>> sort, Path<Long> id,
			Cursor cursor, boolean ascending) {
		Expression rawSort = sort;
		Comparable value = cursor.value();
		if (ascending) {
			return cb.or(cb.greaterThan(rawSort, value),
					cb.and(cb.equal(rawSort, value), cb.greaterThan(id, cursor.id())));
		}
		return cb.or(cb.lessThan(rawSort, value), cb.and(cb.equal(rawSort, value), cb.lessThan(id, cursor.id())));
	}

}
