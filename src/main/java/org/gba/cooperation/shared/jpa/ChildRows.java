package org.gba.cooperation.shared.jpa;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.metamodel.SingularAttribute;

import org.hibernate.query.criteria.HibernateCriteriaBuilder;
import org.springframework.stereotype.Component;

/**
 * The child rows of many parents in one statement
 * ({@code where parent in (...) order by parent, ...}), named by the static metamodel so
 * that no query spells an attribute name. Batch loaders group the rows by parent; the
 * order keeps each parent's rows in a stable order. The IDs are bound as a padded list of
 * single parameters ({@link InLists}), so that Hibernate keeps the query's plan and the
 * database sees few distinct statements whatever the batch size.
 */
@Component
public class ChildRows {

	private final EntityManager entityManager;

	ChildRows(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/**
	 * The rows of {@code type} whose {@code parent} is one of {@code parentIds}, ordered
	 * by parent, then by each of {@code thenBy}; none, without a statement, for no
	 * parents. The metamodel attributes are passed in at each call rather than kept:
	 * Hibernate starts in the background, and they are set only once it has.
	 */
	public <C> List<C> of(Class<C> type, SingularAttribute<? super C, Long> parent, Collection<Long> parentIds,
			List<? extends SingularAttribute<? super C, ?>> thenBy) {
		if (parentIds.isEmpty()) {
			return List.of();
		}
		HibernateCriteriaBuilder cb = (HibernateCriteriaBuilder) this.entityManager.getCriteriaBuilder();
		CriteriaQuery<C> query = cb.createQuery(type);
		Root<C> row = query.from(type);
		List<Order> order = new ArrayList<>();
		order.add(cb.asc(row.get(parent)));
		for (SingularAttribute<? super C, ?> attribute : thenBy) {
			order.add(cb.asc(row.get(attribute)));
		}
		query.select(row).where(row.get(parent).in(InLists.padded(parentIds))).orderBy(order);
		return this.entityManager.createQuery(query).getResultList();
	}

}
