package org.gba.cooperation.shared.paging;

import java.util.function.Function;

import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.gba.cooperation.shared.BaseEntity;
import org.jspecify.annotations.Nullable;

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
	 * The index field that holds the parent's ID in the record's search document, for a
	 * nested connection searched in the engine; null when the link is not indexed.
	 */
	default @Nullable String indexField() {
		return null;
	}

	/** This link, whose parent's ID is in the index field {@code field}. */
	default ParentLink<T> indexedAs(String field) {
		ParentLink<T> link = this;
		return new ParentLink<>() {

			@Override
			public Predicate of(Conditions<T> where, Expression<Long> parentId) {
				return link.of(where, parentId);
			}

			@Override
			public String indexField() {
				return field;
			}

		};
	}

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

	/** {@link #column}, held in the search document's field {@code indexField} too. */
	static <T extends BaseEntity> ParentLink<T> column(Function<Root<T>, Expression<Long>> column, String indexField) {
		ParentLink<T> link = column(column);
		return link.indexedAs(indexField);
	}

}
