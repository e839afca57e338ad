package org.gba.cooperation.statistics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Selection;

import org.jspecify.annotations.Nullable;

/**
 * The group keys of one aggregate query, named by their dimensions and in the order they
 * were added: selected first, then the aggregates, and grouped by. A dimension not asked
 * for is not added, and reads as null.
 */
final class GroupKeys {

	private final List<Enum<?>> names = new ArrayList<>();

	private final List<Expression<?>> expressions = new ArrayList<>();

	GroupKeys add(Enum<?> dimension, Expression<?> expression) {
		this.names.add(dimension);
		this.expressions.add(expression);
		return this;
	}

	/** {@code SELECT keys..., aggregates... GROUP BY keys...}. */
	void select(CriteriaQuery<Tuple> query, Expression<?>... aggregates) {
		List<Selection<?>> selection = new ArrayList<>(this.expressions);
		selection.addAll(Arrays.asList(aggregates));
		query.multiselect(selection);
		if (!this.expressions.isEmpty()) {
			query.groupBy(this.expressions);
		}
	}

	/** The value of a key in a result row; null when the query is not grouped by it. */
	@Nullable Object key(Tuple row, Enum<?> dimension) {
		int index = this.names.indexOf(dimension);
		return (index < 0) ? null : row.get(index);
	}

	/**
	 * The values of all keys of a result row, to match rows of two queries grouped alike.
	 */
	List<@Nullable Object> keysOf(Tuple row) {
		List<@Nullable Object> keys = new ArrayList<>();
		for (int i = 0; i < this.names.size(); i++) {
			keys.add(row.get(i));
		}
		return keys;
	}

	/** The n-th aggregate of a result row (0 is the first after the keys). */
	@Nullable Object aggregate(Tuple row, int n) {
		return row.get(this.names.size() + n);
	}

	static long count(@Nullable Object value) {
		return (value != null) ? ((Number) value).longValue() : 0;
	}

	static @Nullable Integer integer(@Nullable Object value) {
		return (value != null) ? ((Number) value).intValue() : null;
	}

	static @Nullable Long id(@Nullable Object value) {
		return (value != null) ? ((Number) value).longValue() : null;
	}

}
