package org.gba.cooperation.shared.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.gba.cooperation.shared.DateRange;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.jspecify.annotations.Nullable;

/**
 * Collects the conditions of one search, as
 * {@link org.gba.cooperation.shared.paging.Conditions} does for SQL, with the same
 * meaning: absent (null) values add nothing; an empty list matches nothing. Values are
 * those of the entity's properties (enums, IDs, dates).
 */
public final class SearchConditions {

	private final SearchPredicateFactory factory;

	private final List<PredicateFinalStep> predicates = new ArrayList<>();

	public SearchConditions(SearchPredicateFactory factory) {
		this.factory = factory;
	}

	public SearchPredicateFactory factory() {
		return this.factory;
	}

	public SearchConditions add(PredicateFinalStep predicate) {
		this.predicates.add(predicate);
		return this;
	}

	/** The field has one of the values. */
	public SearchConditions in(String field, @Nullable Collection<?> values) {
		if (values != null) {
			add(values.isEmpty() ? this.factory.matchNone() : this.factory.terms().field(field).matchingAny(values));
		}
		return this;
	}

	/** The field has the value. */
	public SearchConditions equal(String field, @Nullable Object value) {
		if (value != null) {
			add(this.factory.match().field(field).matching(value));
		}
		return this;
	}

	/** The date field lies within the inclusive range. */
	public SearchConditions within(String field, @Nullable DateRange range) {
		if (range != null) {
			if (range.from() != null) {
				add(this.factory.range().field(field).atLeast(range.from()));
			}
			if (range.to() != null) {
				add(this.factory.range().field(field).atMost(range.to()));
			}
		}
		return this;
	}

	/** What was collected. */
	public List<PredicateFinalStep> predicates() {
		return List.copyOf(this.predicates);
	}

}
