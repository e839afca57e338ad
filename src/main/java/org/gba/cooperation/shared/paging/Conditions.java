package org.gba.cooperation.shared.paging;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CommonAbstractCriteria;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.gba.cooperation.shared.DateRange;
import org.gba.cooperation.shared.InvalidInputException;
import org.gba.cooperation.shared.LocalizedMessage;
import org.jspecify.annotations.Nullable;

/**
 * Collects the predicates of one filtered query. Absent (null) filter values add nothing; an empty
 * list matches nothing, as "a value in the empty set" would.
 */
public final class Conditions<T> {

	/** Longest accepted {@code search} text. */
	public static final int MAX_SEARCH_LENGTH = 100;

	private static final char LIKE_ESCAPE = '!';

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
	 * The conditions of another entity's filter on a sub-query's root, e.g. "the deal's event is
	 * visible": {@code subquery.where(where.of(subquery, eventRoot, eventFilter))}.
	 */
	public <S> Predicate[] of(Subquery<?> subquery, Root<S> subRoot, Filter<S> filter) {
		Conditions<S> nested = new Conditions<>(subRoot, subquery, this.builder);
		filter.apply(nested);
		return nested.toArray();
	}

	public Conditions<T> add(Predicate predicate) {
		this.predicates.add(predicate);
		return this;
	}

	/** The attribute's value is one of {@code values}. */
	public Conditions<T> in(String attribute, @Nullable Collection<?> values) {
		return in(this.root.get(attribute), values);
	}

	public Conditions<T> in(Expression<?> expression, @Nullable Collection<?> values) {
		if (values != null) {
			add(values.isEmpty() ? this.builder.disjunction() : expression.in(values));
		}
		return this;
	}

	public Conditions<T> equal(String attribute, @Nullable Object value) {
		if (value != null) {
			add(this.builder.equal(this.root.get(attribute), value));
		}
		return this;
	}

	/** The date attribute lies within the inclusive range. */
	public Conditions<T> within(String attribute, @Nullable DateRange range) {
		if (range != null) {
			Path<java.time.LocalDate> date = this.root.get(attribute);
			if (range.from() != null) {
				add(this.builder.greaterThanOrEqualTo(date, range.from()));
			}
			if (range.to() != null) {
				add(this.builder.lessThanOrEqualTo(date, range.to()));
			}
		}
		return this;
	}

	/**
	 * Any of the given text columns contains {@code text}, ignoring case. Blank text adds nothing.
	 */
	@SafeVarargs
	public final Conditions<T> search(@Nullable String text, Function<Root<T>, Expression<String>>... columns) {
		String pattern = likePattern(text);
		if (pattern != null) {
			add(containsAny(pattern, java.util.Arrays.stream(columns).map((column) -> column.apply(this.root)).toList()));
		}
		return this;
	}

	/** Any of the columns matches a pattern made by {@link #likePattern}, ignoring case. */
	public Predicate containsAny(String pattern, List<? extends Expression<String>> columns) {
		return this.builder.or(columns.stream()
			.map((column) -> this.builder.like(this.builder.lower(column), pattern, LIKE_ESCAPE))
			.toArray(Predicate[]::new));
	}

	/** The LIKE pattern for "contains {@code text}", lower-cased and escaped; null for blank text. */
	public static @Nullable String likePattern(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String trimmed = text.strip();
		if (trimmed.length() > MAX_SEARCH_LENGTH) {
			throw new InvalidInputException(LocalizedMessage.of("search.tooLong", MAX_SEARCH_LENGTH));
		}
		StringBuilder pattern = new StringBuilder("%");
		for (char c : trimmed.toLowerCase(Locale.ROOT).toCharArray()) {
			if (c == '%' || c == '_' || c == LIKE_ESCAPE) {
				pattern.append(LIKE_ESCAPE);
			}
			pattern.append(c);
		}
		return pattern.append('%').toString();
	}

	Predicate[] toArray() {
		return this.predicates.toArray(Predicate[]::new);
	}

}
