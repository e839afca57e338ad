package org.gba.cooperation.statistics;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.LocalDateField;
import jakarta.persistence.criteria.Path;

import org.gba.cooperation.events.Deal;
import org.gba.cooperation.events.Deal_;
import org.gba.cooperation.events.InvestmentEvent;
import org.gba.cooperation.events.InvestmentEvent_;
import org.gba.cooperation.shared.jpa.ReadOnlyQueries;
import org.gba.cooperation.shared.paging.VisibleRecords;
import org.gba.cooperation.shared.search.StatisticsKeys;
import org.gba.cooperation.statistics.Buckets.Amounts;
import org.gba.cooperation.statistics.Buckets.EventBucket;
import org.gba.cooperation.statistics.Dimensions.EventDimension;
import org.gba.cooperation.statistics.GroupedRecords.Totals;
import org.gba.cooperation.statistics.IndexedRecords.Counted;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * {@code Statistics.events}: events by the month (and year) they start in and their city,
 * with the deals signed at them: the number of events, of deals, and the sum of the
 * deals.
 */
@Service
@ReadOnlyQueries
class EventStatistics {

	/** Buckets sorted by their keys, absent keys first. */
	private static final Comparator<EventBucket> ORDER = Comparator
		.comparing(EventBucket::year, GroupedRecords.nullsFirst())
		.thenComparing(EventBucket::month, GroupedRecords.nullsFirst())
		.thenComparing(EventBucket::cityId, GroupedRecords.nullsFirst());

	private final VisibleRecords records;

	private final IndexedRecords index;

	EventStatistics(VisibleRecords records, IndexedRecords index) {
		this.records = records;
		this.index = index;
	}

	List<EventBucket> buckets(StatisticsFilter filter, Set<EventDimension> groupBy, Sums sums) {
		Map<String, Counted> counts = this.index.countAndSum(InvestmentEvent.class, filter.inIndexForEvents());
		// A month is always of a year: MONTH groups by both.
		boolean byMonth = groupBy.contains(EventDimension.MONTH);
		Map<List<@Nullable String>, Counted> buckets = KeyedCounts.rollUp(counts, StatisticsKeys.RECORD, KeyedCounts
			.grouped(byMonth || groupBy.contains(EventDimension.YEAR), byMonth, groupBy.contains(EventDimension.CITY)),
				Counted::plus);
		return buckets.entrySet()
			.stream()
			.filter((bucket) -> bucket.getValue().records() > 0)
			.map((bucket) -> new EventBucket(KeyedCounts.integer(bucket.getKey().get(0)),
					KeyedCounts.integer(bucket.getKey().get(1)), KeyedCounts.id(bucket.getKey().get(2)),
					Math.toIntExact(bucket.getValue().records()),
					Math.toIntExact(bucket.getValue().totals().children()),
					new Amounts(bucket.getValue().totals().perCurrency(), sums)))
			.sorted(ORDER)
			.toList();
	}

	/**
	 * The same buckets, counted by the database (the reference:
	 * {@code gba.statistics.source}).
	 */
	List<EventBucket> bucketsInDatabase(StatisticsFilter filter, Set<EventDimension> groupBy, Sums sums) {
		GroupedRecords<InvestmentEvent> events = new GroupedRecords<>(this.records, InvestmentEvent.class,
				filter.forEvents(), (where, query, keys) -> {
					CriteriaBuilder cb = where.builder();
					Path<LocalDate> startsOn = where.root().get(InvestmentEvent_.startsOn);
					// A month is always of a year: MONTH groups by both.
					if (groupBy.contains(EventDimension.YEAR) || groupBy.contains(EventDimension.MONTH)) {
						keys.add(EventDimension.YEAR, cb.extract(LocalDateField.YEAR, startsOn));
					}
					if (groupBy.contains(EventDimension.MONTH)) {
						keys.add(EventDimension.MONTH, cb.extract(LocalDateField.MONTH, startsOn));
					}
					if (groupBy.contains(EventDimension.CITY)) {
						keys.add(EventDimension.CITY, where.root().get(InvestmentEvent_.cityId));
					}
				});
		List<GroupedRecords.Group> counts = events.count((cb, event) -> cb.count(event.get(InvestmentEvent_.id)));
		Map<List<@Nullable Object>, Totals> deals = events.sum(Deal.class, Deal_.eventId, Deal_.amount, true);
		return counts.stream().map((group) -> {
			Totals signed = deals.getOrDefault(group.values(), Totals.none());
			return new EventBucket(group.integer(EventDimension.YEAR), group.integer(EventDimension.MONTH),
					group.id(EventDimension.CITY), group.count(), (int) signed.children(),
					new Amounts(signed.perCurrency(), sums));
		}).sorted(ORDER).toList();
	}

}
