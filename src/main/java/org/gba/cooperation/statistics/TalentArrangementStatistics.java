package org.gba.cooperation.statistics;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Root;

import org.gba.cooperation.organizations.Organization;
import org.gba.cooperation.organizations.Organization_;
import org.gba.cooperation.people.Person;
import org.gba.cooperation.people.Person_;
import org.gba.cooperation.shared.Jurisdiction;
import org.gba.cooperation.shared.jpa.ReadOnlyQueries;
import org.gba.cooperation.shared.paging.VisibleRecords;
import org.gba.cooperation.shared.search.StatisticsKeys;
import org.gba.cooperation.statistics.Buckets.TalentArrangementBucket;
import org.gba.cooperation.statistics.Dimensions.TalentArrangementDimension;
import org.gba.cooperation.talent.TalentArrangement;
import org.gba.cooperation.talent.TalentArrangement_;
import org.gba.cooperation.talent.TalentCategory;
import org.gba.cooperation.talent.TalentMode;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * {@code Statistics.talentArrangements}: talent arrangements by mode, category, the
 * person's home jurisdiction and the host organisation's jurisdiction.
 */
@Service
@ReadOnlyQueries
class TalentArrangementStatistics {

	/** Buckets sorted by their keys, absent keys first. */
	private static final Comparator<TalentArrangementBucket> ORDER = Comparator
		.comparing(TalentArrangementBucket::mode, GroupedRecords.nullsFirst())
		.thenComparing(TalentArrangementBucket::category, GroupedRecords.nullsFirst())
		.thenComparing(TalentArrangementBucket::homeJurisdiction, GroupedRecords.nullsFirst())
		.thenComparing(TalentArrangementBucket::hostJurisdiction, GroupedRecords.nullsFirst());

	private final VisibleRecords records;

	private final IndexedRecords index;

	TalentArrangementStatistics(VisibleRecords records, IndexedRecords index) {
		this.records = records;
		this.index = index;
	}

	List<TalentArrangementBucket> buckets(StatisticsFilter filter, Set<TalentArrangementDimension> groupBy) {
		Map<String, Long> counts = this.index.count(TalentArrangement.class, filter.inIndexForTalentArrangements());
		Map<List<@Nullable String>, Long> buckets = KeyedCounts.rollUp(counts, StatisticsKeys.RECORD,
				KeyedCounts.grouped(groupBy.contains(TalentArrangementDimension.MODE),
						groupBy.contains(TalentArrangementDimension.CATEGORY),
						groupBy.contains(TalentArrangementDimension.HOME_JURISDICTION),
						groupBy.contains(TalentArrangementDimension.HOST_JURISDICTION)),
				Long::sum);
		return buckets.entrySet()
			.stream()
			.map((bucket) -> new TalentArrangementBucket(KeyedCounts.constant(TalentMode.class, bucket.getKey().get(0)),
					KeyedCounts.constant(TalentCategory.class, bucket.getKey().get(1)),
					KeyedCounts.constant(Jurisdiction.class, bucket.getKey().get(2)),
					KeyedCounts.constant(Jurisdiction.class, bucket.getKey().get(3)),
					Math.toIntExact(bucket.getValue())))
			.sorted(ORDER)
			.toList();
	}

	/**
	 * The same buckets, counted by the database (the reference:
	 * {@code gba.statistics.source}).
	 */
	List<TalentArrangementBucket> bucketsInDatabase(StatisticsFilter filter, Set<TalentArrangementDimension> groupBy) {
		GroupedRecords<TalentArrangement> arrangements = new GroupedRecords<>(this.records, TalentArrangement.class,
				filter.forTalentArrangements(), (where, query, keys) -> {
					CriteriaBuilder cb = where.builder();
					Root<TalentArrangement> arrangement = where.root();
					if (groupBy.contains(TalentArrangementDimension.MODE)) {
						keys.add(TalentArrangementDimension.MODE, arrangement.get(TalentArrangement_.mode));
					}
					if (groupBy.contains(TalentArrangementDimension.CATEGORY)) {
						keys.add(TalentArrangementDimension.CATEGORY, arrangement.get(TalentArrangement_.category));
					}
					if (groupBy.contains(TalentArrangementDimension.HOME_JURISDICTION)) {
						Root<Person> person = query.from(Person.class);
						where.add(cb.equal(person.get(Person_.id), arrangement.get(TalentArrangement_.personId)));
						keys.add(TalentArrangementDimension.HOME_JURISDICTION, person.get(Person_.homeJurisdiction));
					}
					if (groupBy.contains(TalentArrangementDimension.HOST_JURISDICTION)) {
						Root<Organization> host = query.from(Organization.class);
						where.add(cb.equal(host.get(Organization_.id),
								arrangement.get(TalentArrangement_.hostOrganizationId)));
						keys.add(TalentArrangementDimension.HOST_JURISDICTION, host.get(Organization_.jurisdiction));
					}
				});
		return arrangements.count((cb, arrangement) -> cb.count(arrangement.get(TalentArrangement_.id)))
			.stream()
			.map((group) -> new TalentArrangementBucket((TalentMode) group.key(TalentArrangementDimension.MODE),
					(TalentCategory) group.key(TalentArrangementDimension.CATEGORY),
					(Jurisdiction) group.key(TalentArrangementDimension.HOME_JURISDICTION),
					(Jurisdiction) group.key(TalentArrangementDimension.HOST_JURISDICTION), group.count()))
			.sorted(ORDER)
			.toList();
	}

}
