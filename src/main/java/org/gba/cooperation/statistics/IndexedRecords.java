package org.gba.cooperation.statistics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.persistence.EntityManager;

import org.gba.cooperation.shared.BaseEntity;
import org.gba.cooperation.shared.CurrencyCode;
import org.gba.cooperation.shared.access.AccessRules;
import org.gba.cooperation.shared.search.MoneyTotalsBinder;
import org.gba.cooperation.shared.search.SearchConditions;
import org.gba.cooperation.shared.search.SearchFields;
import org.gba.cooperation.shared.search.SearchFilter;
import org.gba.cooperation.statistics.GroupedRecords.Totals;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.aggregation.dsl.AggregationFinalStep;
import org.hibernate.search.engine.search.aggregation.dsl.SearchAggregationFactory;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Component;

/**
 * The statistics' counts and sums, aggregated by the search engine: one terms aggregation
 * on the documents' {@link SearchFields#STATISTICS} keys
 * ({@link org.gba.cooperation.shared.search.StatisticsKeys}), restricted by the filter's
 * conditions and by what the caller's statistics may count
 * ({@link AccessRules#aggregableInIndex}), and, where money applies, the amounts' number
 * and exact per-currency totals summed per key ({@link MoneyTotalsBinder}). The engine
 * reads doc values of a few hundred keys per million documents; no row reaches Java, and
 * the database is not read at all.
 */
@Component
class IndexedRecords {

	/**
	 * More keys than any statistic has combinations (months × cities is the largest, a
	 * few thousand), below OpenSearch's default limit of buckets per search (65,535).
	 */
	private static final int MAX_KEYS = 65_000;

	private static final AggregationKey<Map<String, Long>> COUNTS = AggregationKey.of("counts");

	private static final AggregationKey<Map<String, List<?>>> TOTALS = AggregationKey.of("totals");

	private final EntityManager entityManager;

	private final AccessRules accessRules;

	IndexedRecords(EntityManager entityManager, AccessRules accessRules) {
		this.entityManager = entityManager;
		this.accessRules = accessRules;
	}

	/** How many of the records that pass the filter each key counts. */
	Map<String, Long> count(Class<? extends BaseEntity> type, SearchFilter filter) {
		return aggregate(type, filter, COUNTS,
				(f) -> f.terms().field(SearchFields.STATISTICS, String.class).maxTermCount(MAX_KEYS));
	}

	/**
	 * How many of the records that pass the filter each key counts, with the number of
	 * their amounts and the amounts' exact total in each currency.
	 */
	Map<String, Counted> countAndSum(Class<? extends BaseEntity> type, SearchFilter filter) {
		Map<String, List<?>> rows = aggregate(type, filter, TOTALS,
				(f) -> f.terms().field(SearchFields.STATISTICS, String.class).value(totals(f)).maxTermCount(MAX_KEYS));
		Map<String, Counted> byKey = new LinkedHashMap<>();
		rows.forEach((key, values) -> byKey.put(key, Counted.of(values)));
		return byKey;
	}

	/**
	 * One aggregation, no hit, over the records that pass the filter and that the
	 * caller's statistics may count.
	 */
	private <A> A aggregate(Class<? extends BaseEntity> type, SearchFilter filter, AggregationKey<A> key,
			Function<SearchAggregationFactory, AggregationFinalStep<A>> aggregation) {
		SearchFilter counted = filter.and(this.accessRules.aggregableInIndex(type));
		return Search.session(this.entityManager)
			.search(type)
			.where((f) -> matching(f, counted))
			.aggregation(key, aggregation::apply)
			.fetch(0)
			.aggregation(key);
	}

	/**
	 * Per key: the records, their amounts, and the amounts' total per currency (in
	 * hundredths).
	 */
	private static AggregationFinalStep<List<?>> totals(SearchAggregationFactory f) {
		List<AggregationFinalStep<?>> values = new ArrayList<>();
		values.add(f.count().documents());
		values.add(f.sum().field(MoneyTotalsBinder.COUNT, Long.class));
		for (CurrencyCode currency : CurrencyCode.values()) {
			values.add(f.sum().field(MoneyTotalsBinder.total(currency), Long.class));
		}
		return f.composite().from(values.toArray(AggregationFinalStep<?>[]::new)).asList();
	}

	private static PredicateFinalStep matching(SearchPredicateFactory f, SearchFilter filter) {
		SearchConditions conditions = new SearchConditions(f);
		filter.apply(conditions);
		BooleanPredicateClausesStep<?, ?> bool = f.bool().must(f.matchAll());
		conditions.predicates().forEach(bool::filter);
		return bool;
	}

	/** A key's records, and the number and totals of their amounts. */
	record Counted(long records, Totals totals) {

		static Counted of(List<?> values) {
			EnumMap<CurrencyCode, BigDecimal> perCurrency = new EnumMap<>(CurrencyCode.class);
			int column = 2;
			for (CurrencyCode currency : CurrencyCode.values()) {
				long hundredths = number(values.get(column++));
				if (hundredths != 0) {
					perCurrency.put(currency, MoneyTotalsBinder.amount(hundredths));
				}
			}
			return new Counted(number(values.get(0)), new Totals(perCurrency, number(values.get(1))));
		}

		Counted plus(Counted other) {
			return new Counted(this.records + other.records, this.totals.plus(other.totals));
		}

		private static long number(Object value) {
			return (value != null) ? ((Number) value).longValue() : 0;
		}

	}

}
