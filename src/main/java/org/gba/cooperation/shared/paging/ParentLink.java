package org.gba.cooperation.shared.paging;

import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;

/**
 * How a record of a nested connection belongs to its parent, e.g. "the lab has a member row naming
 * the organisation" for {@code Organization.jointLabs}: a predicate on the record's root and the
 * parent's ID (a column of a joined parent root when many parents are paged at once, a literal
 * when one is).
 */
@FunctionalInterface
public interface ParentLink<T> {

	Predicate of(Conditions<T> where, Expression<Long> parentId);

	/** The parent's ID is a column of the record, e.g. {@code hostOrganizationId}. */
	static <T> ParentLink<T> column(String attribute) {
		return (where, parentId) -> where.builder().equal(where.root().get(attribute), parentId);
	}

}
