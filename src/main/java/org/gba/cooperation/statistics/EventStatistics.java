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
import org.gba.cooperation.statistics.Buckets.Amounts;
import org.gba.cooperation.statistics.Buckets.EventBucket;
import org.gba.cooperation.statistics.Dimensions.EventDimension;
import org.gba.cooperation.statistics.GroupedRecords.Totals;
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

	private final VisibleRecords records;

	EventStatistics(VisibleRecords records) {
		this.records = records;
	}

	List<EventBucket> buckets(StatisticsFilter filter, Set<EventDimension> groupBy, Sums sums) {
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
		})
			.sorted(Comparator.comparing(EventBucket::year, GroupedRecords.nullsFirst())
				.thenComparing(EventBucket::month, GroupedRecords.nullsFirst())
				.thenComparing(EventBucket::cityId, GroupedRecords.nullsFirst()))
			.toList();
	}

}
