package org.gba.cooperation.statistics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.metamodel.SingularAttribute;

import org.gba.cooperation.shared.BaseEntity;
import org.gba.cooperation.shared.BaseEntity_;
import org.gba.cooperation.shared.CurrencyCode;
import org.gba.cooperation.shared.Money;
import org.gba.cooperation.shared.Money_;
import org.gba.cooperation.shared.paging.Conditions;
import org.gba.cooperation.shared.paging.Filter;
import org.gba.cooperation.shared.paging.VisibleRecords;
import org.jspecify.annotations.Nullable;

/**
 * The steps the grouped statistics share: the records of one type that pass the
 * statistics filter are grouped by the keys of the dimensions asked for and counted by
 * the database in one {@code GROUP BY} statement and, where money applies, the amounts of
 * their children (a project's investments, an event's deals) are summed per currency in
 * one more, grouped by the same keys and the currency. Only the rows of the results reach
 * Java, where the sums are matched to the counts by their keys; the per-currency sums are
 * converted only if asked for ({@link Sums}). Every statement reads through
 * {@link VisibleRecords#aggregate}, so it counts only what the caller's statistics may
 * count. See {@code docs/statistics.md}.
 *
 * @param <T> the records counted
 */
final class GroupedRecords<T extends BaseEntity> {

	private final VisibleRecords records;

	private final Class<T> type;

	private final Filter<T> filter;

	private final Keys<T> keys;

	GroupedRecords(VisibleRecords records, Class<T> type, Filter<T> filter, Keys<T> keys) {
		this.records = records;
		this.type = type;
		this.filter = filter;
		this.keys = keys;
	}

	/**
	 * One statement: the groups that hold records, each with how many.
	 * @param count the aggregate that counts the records of a group (distinct where the
	 * keys' joins repeat a record)
	 */
	List<Group> count(BiFunction<CriteriaBuilder, Root<T>, Expression<Long>> count) {
		GroupKeys keys = new GroupKeys();
		List<Tuple> rows = this.records.aggregate(this.type, this.filter, (where, query) -> {
			this.keys.add(where, query, keys);
			keys.select(query, count.apply(where.builder(), where.root()));
		});
		List<Group> groups = new ArrayList<>();
		for (Tuple row : rows) {
			int records = (int) GroupKeys.count(keys.aggregate(row, 0));
			if (records > 0) {
				groups.add(new Group(keys, row, records));
			}
		}
		return groups;
	}

	/**
	 * One statement: the amounts of the records' children summed per group and currency,
	 * by the {@link Group#values() keys} of the group.
	 * @param childType the children, e.g. {@code Deal}
	 * @param parentId the child's column naming its record, e.g. {@code Deal_.eventId}
	 * @param amount the child's amount, e.g. {@code Deal_.amount}
	 * @param countChildren whether to count the children as well (an event's deals)
	 */
	<C extends BaseEntity> Map<List<@Nullable Object>, Totals> sum(Class<C> childType,
			SingularAttribute<C, Long> parentId, SingularAttribute<C, Money> amount, boolean countChildren) {
		GroupKeys keys = new GroupKeys();
		List<Tuple> rows = this.records.aggregate(this.type, this.filter, (where, query) -> {
			this.keys.add(where, query, keys);
			CriteriaBuilder cb = where.builder();
			Root<C> child = query.from(childType);
			where.add(cb.equal(child.get(parentId), where.root().get(BaseEntity_.id)));
			Path<Money> money = child.get(amount);
			keys.add(SumKey.CURRENCY, money.get(Money_.currency));
			Expression<BigDecimal> sum = cb.sum(money.get(Money_.amount));
			if (countChildren) {
				keys.select(query, sum, cb.count(child.get(BaseEntity_.id)));
			}
			else {
				keys.select(query, sum);
			}
		});
		Map<List<@Nullable Object>, Totals> byKeys = new LinkedHashMap<>();
		for (Tuple row : rows) {
			List<@Nullable Object> key = keys.keysOf(row);
			EnumMap<CurrencyCode, BigDecimal> perCurrency = new EnumMap<>(CurrencyCode.class);
			Object sum = keys.aggregate(row, 0);
			if (sum != null) {
				perCurrency.put((CurrencyCode) key.get(key.size() - 1), (BigDecimal) sum);
			}
			long children = countChildren ? GroupKeys.count(keys.aggregate(row, 1)) : 0;
			byKeys.merge(key.subList(0, key.size() - 1), new Totals(perCurrency, children), Totals::plus);
		}
		return byKeys;
	}

	/** Buckets sort by their keys, absent keys first. */
	static <C extends Comparable<? super C>> Comparator<@Nullable C> nullsFirst() {
		return Comparator.nullsFirst(Comparator.naturalOrder());
	}

	/** The key of the sums that is no statistic's dimension. */
	private enum SumKey {

		CURRENCY

	}

	/** A statistic's group keys in one of its queries. */
	@FunctionalInterface
	interface Keys<T extends BaseEntity> {

		/**
		 * Adds the keys of the dimensions asked for: the joins they need (further roots,
		 * with their conditions added to {@code where}), then the key expressions.
		 */
		void add(Conditions<T> where, CriteriaQuery<Tuple> query, GroupKeys keys);

	}

	/**
	 * One group of the counts: its keys (null for a dimension not grouped by) and its
	 * number of records.
	 */
	record Group(GroupKeys keys, Tuple row, int count) {

		@Nullable Object key(Enum<?> dimension) {
			return this.keys.key(this.row, dimension);
		}

		@Nullable Long id(Enum<?> dimension) {
			return GroupKeys.id(key(dimension));
		}

		@Nullable Integer integer(Enum<?> dimension) {
			return GroupKeys.integer(key(dimension));
		}

		/** The values of all its keys, which find its {@link Totals}. */
		List<@Nullable Object> values() {
			return this.keys.keysOf(this.row);
		}

	}

	/**
	 * A group's sums of money, exact in each currency, and its number of children (when
	 * counted).
	 */
	record Totals(EnumMap<CurrencyCode, BigDecimal> perCurrency, long children) {

		/** The totals of a group without children. */
		static Totals none() {
			return new Totals(new EnumMap<>(CurrencyCode.class), 0);
		}

		Totals plus(Totals other) {
			EnumMap<CurrencyCode, BigDecimal> sum = new EnumMap<>(this.perCurrency);
			other.perCurrency.forEach((currency, amount) -> sum.merge(currency, amount, BigDecimal::add));
			return new Totals(sum, this.children + other.children);
		}

	}

}
