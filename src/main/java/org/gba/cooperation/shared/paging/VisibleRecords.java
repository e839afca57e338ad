package org.gba.cooperation.shared.paging;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.gba.cooperation.shared.BaseEntity;
import org.gba.cooperation.shared.OrderDirection;
import org.gba.cooperation.shared.access.AccessRules;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The queries every module reads its records through: pages, look-ups by ID and counts, each
 * restricted to what the current caller may see ({@link AccessRules#visible}). A module cannot
 * forget the access rules, because it has no other way to read a record by ID or in pages.
 * <p>
 * Pages are keyset (cursor) pages: one indexed range scan
 * ({@code WHERE (sort, id) > (cursor) ORDER BY sort, id LIMIT n + 1}), so page 1,000 costs what
 * page 1 costs. Never an OFFSET.
 */
@Component
public class VisibleRecords {

	private final EntityManager entityManager;

	private final AccessRules accessRules;

	VisibleRecords(EntityManager entityManager, AccessRules accessRules) {
		this.entityManager = entityManager;
		this.accessRules = accessRules;
	}

	/** One page of the records that pass the filter and that the caller may see. */
	@Transactional(readOnly = true)
	public <T extends BaseEntity> KeysetConnection<T> page(Class<T> type, Filter<T> filter, SortKey<T> sortKey,
			OrderDirection direction, PageRequest page) {
		String ordering = sortKey.name() + ":" + direction;
		Cursor cursor = (page.cursor() != null) ? Cursor.decode(page.cursor(), ordering, sortKey.type()) : null;
		// Scanning backwards (last/before) walks the index the other way, then reverses the page.
		boolean ascending = page.forward() == (direction == OrderDirection.ASC);
		Filter<T> visible = filter.and(this.accessRules.visible(type));

		CriteriaBuilder cb = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<T> query = cb.createQuery(type);
		Root<T> root = query.from(type);
		Conditions<T> conditions = new Conditions<>(root, query, cb);
		visible.apply(conditions);
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
		return new KeysetConnection<>(edges, pageInfo, () -> countVisible(type, visible));
	}

	/** The records with these IDs that exist and that the caller may see, in one statement. */
	@Transactional(readOnly = true)
	public <T extends BaseEntity> List<T> findAll(Class<T> type, Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Filter<T> byId = (where) -> where.in("id", ids);
		return select(type, byId.and(this.accessRules.visible(type)));
	}

	/** The record with this ID, if it exists and the caller may see it. */
	@Transactional(readOnly = true)
	public <T extends BaseEntity> Optional<T> findById(Class<T> type, long id) {
		return findAll(type, List.of(id)).stream().findFirst();
	}

	private <T> List<T> select(Class<T> type, Filter<T> filter) {
		CriteriaBuilder cb = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<T> query = cb.createQuery(type);
		Root<T> root = query.from(type);
		Conditions<T> conditions = new Conditions<>(root, query, cb);
		filter.apply(conditions);
		query.select(root).where(conditions.toArray());
		return this.entityManager.createQuery(query).getResultList();
	}

	private <T> long countVisible(Class<T> type, Filter<T> visible) {
		CriteriaBuilder cb = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<Long> query = cb.createQuery(Long.class);
		Root<T> root = query.from(type);
		Conditions<T> conditions = new Conditions<>(root, query, cb);
		visible.apply(conditions);
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
