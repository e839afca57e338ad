package org.gba.cooperation.shared.paging;

import java.util.function.Function;

import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.gba.cooperation.shared.BaseEntity;

/**
 * How a record of a nested connection belongs to its parent, e.g. "the lab has a member
 * row naming the organisation" for {@code Organization.jointLabs}: a predicate on the
 * record's root and the parent's ID (a column of a joined parent root when many parents
 * are paged at once, a literal when one is).
 */
@FunctionalInterface
public interface ParentLink<T extends BaseEntity> {

	Predicate of(Conditions<T> where, Expression<Long> parentId);

	/**
	 * The parent's ID is a column of the record, e.g.
	 * {@code (arrangement) -> arrangement.get(TalentArrangement_.personId)}. A function
	 * of the root rather than the attribute itself: links are made while the application
	 * starts, and Hibernate sets the static metamodel's attributes only once it has
	 * started, in the background (see {@code application.yml}).
	 */
	static <T extends BaseEntity> ParentLink<T> column(Function<Root<T>, Expression<Long>> column) {
		return (where, parentId) -> where.builder().equal(column.apply(where.root()), parentId);
	}

}
