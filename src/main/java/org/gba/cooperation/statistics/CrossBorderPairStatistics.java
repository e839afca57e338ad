package org.gba.cooperation.statistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Selection;
import jakarta.persistence.metamodel.SingularAttribute;

import org.gba.cooperation.labs.JointLab;
import org.gba.cooperation.labs.JointLabMember_;
import org.gba.cooperation.labs.JointLab_;
import org.gba.cooperation.organizations.Organization;
import org.gba.cooperation.organizations.Organization_;
import org.gba.cooperation.projects.CrossBorderProject;
import org.gba.cooperation.projects.CrossBorderProject_;
import org.gba.cooperation.projects.ProjectParticipant_;
import org.gba.cooperation.shared.BaseEntity;
import org.gba.cooperation.shared.BaseEntity_;
import org.gba.cooperation.shared.Jurisdiction;
import org.gba.cooperation.shared.jpa.ReadOnlyQueries;
import org.gba.cooperation.shared.paging.Conditions;
import org.gba.cooperation.shared.paging.RecordAggregation;
import org.gba.cooperation.shared.paging.VisibleRecords;
import org.gba.cooperation.shared.search.SearchFilter;
import org.gba.cooperation.shared.search.StatisticsKeys;
import org.gba.cooperation.statistics.Buckets.CrossBorderPairBucket;
import org.gba.cooperation.statistics.Dimensions.CrossBorderPairDimension;
import org.hibernate.query.criteria.HibernateCriteriaBuilder;
import org.hibernate.query.criteria.JpaCriteriaQuery;
import org.hibernate.query.criteria.JpaDerivedRoot;
import org.hibernate.query.criteria.JpaSubQuery;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * {@code Statistics.crossBorderPairs}: which jurisdictions work together, how often. For
 * each pair of jurisdictions, the labs with members from both and the projects with
 * participants from both, one statement each
 * ({@link VisibleRecords#aggregateOverRecords}).
 */
@Service
@ReadOnlyQueries
class CrossBorderPairStatistics {

	private static final String SECTOR = "sector";

	/**
	 * The three pairs of jurisdictions, each in the order of the stored names (GUANGDONG
	 * before HONG_KONG).
	 */
	private static final List<List<Jurisdiction>> JURISDICTION_PAIRS = List.of(
			List.of(Jurisdiction.GUANGDONG, Jurisdiction.HONG_KONG),
			List.of(Jurisdiction.GUANGDONG, Jurisdiction.MACAO), List.of(Jurisdiction.HONG_KONG, Jurisdiction.MACAO));

	/**
	 * Pairs sorted by their jurisdictions, then record type, then sector (absent keys
	 * first).
	 */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static final Comparator<List<@Nullable Object>> PAIR_ORDER = (a, b) -> {
		for (int i = 0; i < a.size(); i++) {
			int order = Comparator.nullsFirst(Comparator.<Comparable>naturalOrder())
				.compare((Comparable) a.get(i), (Comparable) b.get(i));
			if (order != 0) {
				return order;
			}
		}
		return 0;
	};

	private final VisibleRecords records;

	private final IndexedRecords index;

	CrossBorderPairStatistics(VisibleRecords records, IndexedRecords index) {
		this.records = records;
		this.index = index;
	}

	List<CrossBorderPairBucket> buckets(StatisticsFilter filter, Set<CrossBorderPairDimension> groupBy) {
		Map<List<@Nullable Object>, Integer> counts = new TreeMap<>(PAIR_ORDER);
		SearchFilter records = filter.inIndexStartedInPeriodOfSectors();
		pairs(this.index.count(JointLab.class, records), CooperationRecordType.JOINT_LAB, filter, groupBy, counts);
		pairs(this.index.count(CrossBorderProject.class, records), CooperationRecordType.PROJECT, filter, groupBy,
				counts);
		return buckets(counts);
	}

	/**
	 * Adds the pairs of one kind of record, as the engine counted them per pair key
	 * (jurisdiction, partner jurisdiction, sector), to {@code counts}, keeping the pairs
	 * that include one of the filter's jurisdictions.
	 */
	private static void pairs(Map<String, Long> byKey, CooperationRecordType type, StatisticsFilter filter,
			Set<CrossBorderPairDimension> groupBy, Map<List<@Nullable Object>, Integer> counts) {
		boolean bySector = groupBy.contains(CrossBorderPairDimension.SECTOR);
		List<Jurisdiction> only = filter.jurisdictions();
		KeyedCounts.rollUp(byKey, StatisticsKeys.PAIR, KeyedCounts.grouped(true, true, bySector), Long::sum)
			.forEach((pair, count) -> {
				Jurisdiction first = Jurisdiction.valueOf(pair.get(0));
				Jurisdiction second = Jurisdiction.valueOf(pair.get(1));
				if (only == null || only.contains(first) || only.contains(second)) {
					List<@Nullable Object> key = new ArrayList<>(List.of(first, second));
					key.add(groupBy.contains(CrossBorderPairDimension.RECORD_TYPE) ? type : null);
					key.add(KeyedCounts.id(pair.get(2)));
					counts.merge(key, Math.toIntExact(count), Integer::sum);
				}
			});
	}

	private static List<CrossBorderPairBucket> buckets(Map<List<@Nullable Object>, Integer> counts) {
		List<CrossBorderPairBucket> buckets = new ArrayList<>();
		counts.forEach((key, count) -> buckets
			.add(new CrossBorderPairBucket(List.of((Jurisdiction) key.get(0), (Jurisdiction) key.get(1)),
					(CooperationRecordType) key.get(2), GroupKeys.id(key.get(3)), count)));
		return buckets;
	}

	/**
	 * The same buckets, counted by the database (the reference:
	 * {@code gba.statistics.source}).
	 */
	List<CrossBorderPairBucket> bucketsInDatabase(StatisticsFilter filter, Set<CrossBorderPairDimension> groupBy) {
		Map<List<@Nullable Object>, Integer> counts = new TreeMap<>(PAIR_ORDER);
		pairs(new Links<>(JointLab.class, JointLab_.startDate, JointLab_.sectorId, JointLabMember_.jointLabId,
				JointLabMember_.organizationId), CooperationRecordType.JOINT_LAB, filter, groupBy, counts);
		pairs(new Links<>(CrossBorderProject.class, CrossBorderProject_.startDate, CrossBorderProject_.sectorId,
				ProjectParticipant_.projectId, ProjectParticipant_.organizationId), CooperationRecordType.PROJECT,
				filter, groupBy, counts);
		return buckets(counts);
	}

	/**
	 * Adds the pairs of one kind of record to {@code counts}, keyed by (jurisdiction,
	 * partner jurisdiction, record type or null, sector or null). The pair is ordered:
	 * the first jurisdiction sorts before the second, as the stored names GUANGDONG,
	 * HONG_KONG, MACAO do.
	 *
	 * <p>
	 * One statement: first, for each record, which of the three jurisdictions its members
	 * (or participants) come from; then, for each of the three pairs, how many records
	 * have both. Joining the links with themselves instead makes a row of every pair of a
	 * record's links, far more rows than links at scale (docs/benchmarks-history.md, the
	 * crossBorderPairs fix).
	 */
	private <T extends BaseEntity, L extends BaseEntity> void pairs(Links<T, L> links, CooperationRecordType type,
			StatisticsFilter filter, Set<CrossBorderPairDimension> groupBy,
			Map<List<@Nullable Object>, Integer> counts) {
		boolean bySector = groupBy.contains(CrossBorderPairDimension.SECTOR);
		List<Tuple> rows = this.records.aggregateOverRecords(links.recordType(),
				filter.startedInPeriodOfSectors(links.startDate(), links.sectorId()), new RecordAggregation<>() {

					@Override
					public void perRecord(Conditions<T> where, JpaSubQuery<Tuple> records) {
						HibernateCriteriaBuilder cb = (HibernateCriteriaBuilder) where.builder();
						Root<T> record = where.root();
						Root<L> link = records.from(links.linkType());
						Root<Organization> organization = records.from(Organization.class);
						where.add(cb.equal(link.get(links.record()), record.get(BaseEntity_.id)))
							.add(cb.equal(organization.get(Organization_.id), link.get(links.organization())));
						List<Selection<?>> selections = new ArrayList<>();
						List<Expression<?>> grouping = new ArrayList<>(List.of(record.get(BaseEntity_.id)));
						if (bySector) {
							selections.add(record.get(links.sectorId()).alias(SECTOR));
							grouping.add(record.get(links.sectorId()));
						}
						for (Jurisdiction jurisdiction : Jurisdiction.values()) {
							// 1 when one of the record's links is in the jurisdiction,
							// else 0.
							selections.add(cb.max(cb.<Integer>selectCase()
								.when(cb.equal(organization.get(Organization_.jurisdiction), jurisdiction), 1)
								.otherwise(0)).alias(jurisdiction.name()));
						}
						records.multiselect(selections).groupBy(grouping);
					}

					@Override
					public void overRecords(JpaDerivedRoot<Tuple> row, JpaCriteriaQuery<Tuple> query,
							HibernateCriteriaBuilder cb) {
						List<Selection<?>> selections = new ArrayList<>();
						if (bySector) {
							selections.add(row.get(SECTOR));
							query.groupBy(row.get(SECTOR));
						}
						for (List<Jurisdiction> pair : JURISDICTION_PAIRS) {
							// The records with both: the product of their two flags is 1.
							selections.add(cb.sum(cb.prod(row.<Integer>get(pair.get(0).name()),
									row.<Integer>get(pair.get(1).name()))));
						}
						query.multiselect(selections);
					}

				});
		List<Jurisdiction> only = filter.jurisdictions();
		for (Tuple row : rows) {
			int column = bySector ? 1 : 0;
			for (List<Jurisdiction> pair : JURISDICTION_PAIRS) {
				Number count = (Number) row.get(column++);
				boolean wanted = only == null || only.contains(pair.get(0)) || only.contains(pair.get(1));
				if (count != null && count.intValue() > 0 && wanted) {
					List<@Nullable Object> key = new ArrayList<>(pair);
					key.add(groupBy.contains(CrossBorderPairDimension.RECORD_TYPE) ? type : null);
					key.add(bySector ? row.get(0) : null);
					counts.merge(key, count.intValue(), Integer::sum);
				}
			}
		}
	}

	/**
	 * A kind of record and its links to organisations: the record's start date and
	 * sector, and the link entity's columns naming the record and the organisation (e.g.
	 * {@code JointLabMember_.jointLabId} and {@code JointLabMember_.organizationId}).
	 */
	private record Links<T extends BaseEntity, L extends BaseEntity>(Class<T> recordType,
			SingularAttribute<? super T, LocalDate> startDate, SingularAttribute<? super T, Long> sectorId,
			SingularAttribute<L, Long> record, SingularAttribute<L, Long> organization) {

		Class<L> linkType() {
			return this.record.getDeclaringType().getJavaType();
		}

	}

}
