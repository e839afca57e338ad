package org.gba.cooperation.shared.paging;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.criteria.CommonAbstractCriteria;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import jakarta.persistence.metamodel.SingularAttribute;

import org.gba.cooperation.shared.BaseEntity;
import org.gba.cooperation.shared.BaseEntity_;
import org.gba.cooperation.shared.DateRange;
import org.gba.cooperation.shared.jpa.InLists;
import org.jspecify.annotations.Nullable;

/**
 * Collects the predicates of one filtered query. Absent (null) filter values add nothing;
 * an empty list matches nothing, as "a value in the empty set" would. Attributes are
 * named by the JPA static metamodel ({@code JointLab_.status}), so the compiler checks
 * them.
 */
public final class Conditions<T extends BaseEntity> {

	private final Root<T> root;

	private final CommonAbstractCriteria query;

	private final CriteriaBuilder builder;

	private final List<Predicate> predicates = new ArrayList<>();

	Conditions(Root<T> root, CommonAbstractCriteria query, CriteriaBuilder builder) {
		this.root = root;
		this.query = query;
		this.builder = builder;
	}

	public Root<T> root() {
		return this.root;
	}

	public CriteriaBuilder builder() {
		return this.builder;
	}

	/** Starts a correlated sub-query, for conditions such as "has a member from ...". */
	public <S> Subquery<S> subquery(Class<S> type) {
		return this.query.subquery(type);
	}

	/**
	 * The conditions of another entity's filter on a sub-query's root, e.g. "the deal's
	 * event is visible":
	 * {@code subquery.where(where.of(subquery, eventRoot, eventFilter))}.
	 */
	public <S extends BaseEntity> Predicate[] of(Subquery<?> subquery, Root<S> subRoot, Filter<S> filter) {
		Conditions<S> nested = new Conditions<>(subRoot, subquery, this.builder);
		filter.apply(nested);
		return nested.toArray();
	}

	public Conditions<T> add(Predicate predicate) {
		this.predicates.add(predicate);
		return this;
	}

	/** The attribute's value is one of {@code values}. */
	public Conditions<T> in(SingularAttribute<? super T, ?> attribute, @Nullable Collection<?> values) {
		return in(this.root.get(attribute), values);
	}

	public Conditions<T> in(Expression<?> expression, @Nullable Collection<?> values) {
		if (values != null) {
			add(values.isEmpty() ? this.builder.disjunction() : expression.in(InLists.padded(values)));
		}
		return this;
	}

	public Conditions<T> equal(SingularAttribute<? super T, ?> attribute, @Nullable Object value) {
		if (value != null) {
			add(this.builder.equal(this.root.get(attribute), value));
		}
		return this;
	}

	/** The date attribute lies within the inclusive range. */
	public Conditions<T> within(SingularAttribute<? super T, LocalDate> attribute, @Nullable DateRange range) {
		if (range != null) {
			Path<LocalDate> date = this.root.get(attribute);
			if (range.from() != null) {
				add(this.builder.greaterThanOrEqualTo(date, range.from()));
			}
			if (range.to() != null) {
				add(this.builder.lessThanOrEqualTo(date, range.to()));
			}
		}
		return this;
	}

	Predicate[] toArray() {
		return this.predicates.toArray(Predicate[]::new);
	}

}
