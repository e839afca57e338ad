package org.gba.cooperation.statistics;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Root;

import org.gba.cooperation.labs.JointLab;
import org.gba.cooperation.labs.JointLabMember;
import org.gba.cooperation.labs.JointLabMember_;
import org.gba.cooperation.labs.JointLabStatus;
import org.gba.cooperation.labs.JointLab_;
import org.gba.cooperation.organizations.Organization;
import org.gba.cooperation.organizations.Organization_;
import org.gba.cooperation.shared.Jurisdiction;
import org.gba.cooperation.shared.jpa.ReadOnlyQueries;
import org.gba.cooperation.shared.paging.VisibleRecords;
import org.gba.cooperation.shared.search.StatisticsKeys;
import org.gba.cooperation.statistics.Buckets.JointLabBucket;
import org.gba.cooperation.statistics.Dimensions.JointLabDimension;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * {@code Statistics.jointLabs}: joint labs by member jurisdiction, sector and status. A
 * lab counts once in each jurisdiction its members come from (a Guangdong-Hong Kong lab
 * in both), and once in all when not grouped by it.
 */
@Service
@ReadOnlyQueries
class JointLabStatistics {

	private final VisibleRecords records;

	private final IndexedRecords index;

	JointLabStatistics(VisibleRecords records, IndexedRecords index) {
		this.records = records;
		this.index = index;
	}

	List<JointLabBucket> buckets(StatisticsFilter filter, Set<JointLabDimension> groupBy) {
		boolean byJurisdiction = groupBy.contains(JointLabDimension.JURISDICTION);
		Map<String, Long> counts = this.index.count(JointLab.class, filter.inIndexForLabsOrProjects());
		// A lab's keys: once in all (sector, status), once per member jurisdiction.
		Map<List<@Nullable String>, Long> buckets = byJurisdiction
				? KeyedCounts.rollUp(counts, StatisticsKeys.JURISDICTION,
						KeyedCounts.grouped(true, groupBy.contains(JointLabDimension.SECTOR),
								groupBy.contains(JointLabDimension.STATUS)),
						Long::sum)
				: KeyedCounts.rollUp(counts, StatisticsKeys.RECORD, KeyedCounts
					.grouped(groupBy.contains(JointLabDimension.SECTOR), groupBy.contains(JointLabDimension.STATUS)),
						Long::sum);
		int offset = byJurisdiction ? 1 : 0;
		return sorted(buckets.entrySet()
			.stream()
			.map((bucket) -> new JointLabBucket(
					byJurisdiction ? KeyedCounts.constant(Jurisdiction.class, bucket.getKey().get(0)) : null,
					KeyedCounts.id(bucket.getKey().get(offset)),
					KeyedCounts.constant(JointLabStatus.class, bucket.getKey().get(offset + 1)),
					Math.toIntExact(bucket.getValue())))
			.toList());
	}

	private static List<JointLabBucket> sorted(List<JointLabBucket> buckets) {
		return buckets.stream()
			.sorted(Comparator.comparing(JointLabBucket::jurisdiction, GroupedRecords.nullsFirst())
				.thenComparing(JointLabBucket::sectorId, GroupedRecords.nullsFirst())
				.thenComparing(JointLabBucket::status, GroupedRecords.nullsFirst()))
			.toList();
	}

	/**
	 * The same buckets, counted by the database (the reference:
	 * {@code gba.statistics.source}).
	 */
	List<JointLabBucket> bucketsInDatabase(StatisticsFilter filter, Set<JointLabDimension> groupBy) {
		GroupedRecords<JointLab> labs = new GroupedRecords<>(this.records, JointLab.class, filter.forJointLabs(),
				(where, query, keys) -> {
					CriteriaBuilder cb = where.builder();
					Root<JointLab> lab = where.root();
					if (groupBy.contains(JointLabDimension.JURISDICTION)) {
						Root<JointLabMember> member = query.from(JointLabMember.class);
						Root<Organization> organization = query.from(Organization.class);
						where.add(cb.equal(member.get(JointLabMember_.jointLabId), lab.get(JointLab_.id)))
							.add(cb.equal(organization.get(Organization_.id),
									member.get(JointLabMember_.organizationId)));
						keys.add(JointLabDimension.JURISDICTION, organization.get(Organization_.jurisdiction));
					}
					if (groupBy.contains(JointLabDimension.SECTOR)) {
						keys.add(JointLabDimension.SECTOR, lab.get(JointLab_.sectorId));
					}
					if (groupBy.contains(JointLabDimension.STATUS)) {
						keys.add(JointLabDimension.STATUS, lab.get(JointLab_.status));
					}
				});
		// Distinct: a lab with two members of a jurisdiction is one lab of it.
		return labs.count((cb, lab) -> cb.countDistinct(lab.get(JointLab_.id)))
			.stream()
			.map((group) -> new JointLabBucket((Jurisdiction) group.key(JointLabDimension.JURISDICTION),
					group.id(JointLabDimension.SECTOR), (JointLabStatus) group.key(JointLabDimension.STATUS),
					group.count()))
			.sorted(Comparator.comparing(JointLabBucket::jurisdiction, GroupedRecords.nullsFirst())
				.thenComparing(JointLabBucket::sectorId, GroupedRecords.nullsFirst())
				.thenComparing(JointLabBucket::status, GroupedRecords.nullsFirst()))
			.toList();
	}

}
