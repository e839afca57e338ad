package org.gba.cooperation.statistics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.LocalDateField;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Selection;
import jakarta.persistence.metamodel.SingularAttribute;

import org.gba.cooperation.events.Deal;
import org.gba.cooperation.events.Deal_;
import org.gba.cooperation.events.InvestmentEvent;
import org.gba.cooperation.events.InvestmentEvent_;
import org.gba.cooperation.labs.JointLab;
import org.gba.cooperation.labs.JointLabMember;
import org.gba.cooperation.labs.JointLabMember_;
import org.gba.cooperation.labs.JointLabStatus;
import org.gba.cooperation.labs.JointLab_;
import org.gba.cooperation.organizations.Organization;
import org.gba.cooperation.organizations.Organization_;
import org.gba.cooperation.people.Person;
import org.gba.cooperation.people.Person_;
import org.gba.cooperation.projects.CrossBorderProject;
import org.gba.cooperation.projects.CrossBorderProject_;
import org.gba.cooperation.projects.Investment;
import org.gba.cooperation.projects.Investment_;
import org.gba.cooperation.projects.ParticipantRole;
import org.gba.cooperation.projects.ProjectParticipant;
import org.gba.cooperation.projects.ProjectParticipant_;
import org.gba.cooperation.shared.BaseEntity;
import org.gba.cooperation.shared.BaseEntity_;
import org.gba.cooperation.shared.CurrencyCode;
import org.gba.cooperation.shared.Jurisdiction;
import org.gba.cooperation.shared.Money;
import org.gba.cooperation.shared.Money_;
import org.gba.cooperation.shared.jpa.ReadOnlyQueries;
import org.gba.cooperation.shared.paging.Conditions;
import org.gba.cooperation.shared.paging.Filter;
import org.gba.cooperation.shared.paging.RecordAggregation;
import org.gba.cooperation.shared.paging.VisibleRecords;
import org.gba.cooperation.statistics.Buckets.Amounts;
import org.gba.cooperation.statistics.Buckets.CrossBorderPairBucket;
import org.gba.cooperation.statistics.Buckets.EventBucket;
import org.gba.cooperation.statistics.Buckets.JointLabBucket;
import org.gba.cooperation.statistics.Buckets.ProjectBucket;
import org.gba.cooperation.statistics.Buckets.TalentArrangementBucket;
import org.gba.cooperation.statistics.Dimensions.CrossBorderPairDimension;
import org.gba.cooperation.statistics.Dimensions.EventDimension;
import org.gba.cooperation.statistics.Dimensions.JointLabDimension;
import org.gba.cooperation.statistics.Dimensions.ProjectDimension;
import org.gba.cooperation.statistics.Dimensions.TalentArrangementDimension;
import org.gba.cooperation.talent.TalentArrangement;
import org.gba.cooperation.talent.TalentArrangement_;
import org.gba.cooperation.talent.TalentCategory;
import org.gba.cooperation.talent.TalentMode;
import org.hibernate.query.criteria.HibernateCriteriaBuilder;
import org.hibernate.query.criteria.JpaCriteriaQuery;
import org.hibernate.query.criteria.JpaDerivedRoot;
import org.hibernate.query.criteria.JpaSubQuery;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The statistics, each computed by the database: one {@code GROUP BY} statement for the counts of a
 * statistic and, where money applies, one for its sums per currency (grouped by the same keys and the
 * currency), whatever the number of records. Only the rows of the result, one per bucket (and
 * currency), reach Java, which matches counts to sums and sorts the buckets by their keys; the
 * per-currency sums are converted only if asked for ({@link Sums}).
 * <p>
 * Every statement reads through {@link VisibleRecords#aggregate}, so counts only what the caller's
 * statistics may count.
 */
@Service
@ReadOnlyQueries
class CooperationStatistics {

	private static final String JURISDICTION = "jurisdiction";

	private static final String SECTOR = "sector";

	private static final String STATUS = "status";

	private static final String YEAR = "year";

	private static final String MONTH = "month";

	private static final String CITY = "city";

	private static final String MODE = "mode";

	private static final String CATEGORY = "category";

	private static final String HOME = "home";

	private static final String HOST = "host";

	private static final String CURRENCY = "currency";

	private final VisibleRecords records;

	CooperationStatistics(VisibleRecords records) {
		this.records = records;
	}

	/**
	 * Joint labs by member jurisdiction, sector and status. A lab counts once in each jurisdiction its
	 * members come from (a Guangdong-Hong Kong lab in both), and once in all when not grouped by it.
	 */
	List<JointLabBucket> jointLabs(StatisticsFilter filter, Set<JointLabDimension> groupBy) {
		GroupKeys keys = new GroupKeys();
		List<Tuple> rows = this.records.aggregate(JointLab.class, filter.forJointLabs(), (where, query) -> {
			CriteriaBuilder cb = where.builder();
			Root<JointLab> lab = where.root();
			if (groupBy.contains(JointLabDimension.JURISDICTION)) {
				Root<JointLabMember> member = query.from(JointLabMember.class);
				Root<Organization> organization = query.from(Organization.class);
				where.add(cb.equal(member.get(JointLabMember_.jointLabId), lab.get(JointLab_.id)))
					.add(cb.equal(organization.get(Organization_.id), member.get(JointLabMember_.organizationId)));
				keys.add(JURISDICTION, organization.get(Organization_.jurisdiction));
			}
			if (groupBy.contains(JointLabDimension.SECTOR)) {
				keys.add(SECTOR, lab.get(JointLab_.sectorId));
			}
			if (groupBy.contains(JointLabDimension.STATUS)) {
				keys.add(STATUS, lab.get(JointLab_.status));
			}
			keys.select(query, cb.countDistinct(lab.get(JointLab_.id)));
		});
		List<JointLabBucket> buckets = new ArrayList<>();
		for (Tuple row : rows) {
			int count = (int) GroupKeys.count(keys.aggregate(row, 0));
			if (count > 0) {
				buckets.add(new JointLabBucket((Jurisdiction) keys.key(row, JURISDICTION),
						GroupKeys.id(keys.key(row, SECTOR)), (JointLabStatus) keys.key(row, STATUS), count));
			}
		}
		buckets.sort(Comparator.comparing(JointLabBucket::jurisdiction, nullsFirst())
			.thenComparing(JointLabBucket::sectorId, nullsFirst())
			.thenComparing(JointLabBucket::status, nullsFirst()));
		return buckets;
	}

	/**
	 * Projects and their investment by sector, start year and the jurisdiction of the lead participant:
	 * the number of projects and the sum of all investment committed to them (whenever committed).
	 */
	List<ProjectBucket> projects(StatisticsFilter filter, Set<ProjectDimension> groupBy, Sums sums) {
		Filter<CrossBorderProject> projects = filter.forProjects();
		GroupKeys countKeys = new GroupKeys();
		List<Tuple> counts = this.records.aggregate(CrossBorderProject.class, projects, (where, query) -> {
			projectKeys(where, query, groupBy, countKeys);
			countKeys.select(query, where.builder().countDistinct(where.root().get(CrossBorderProject_.id)));
		});
		GroupKeys sumKeys = new GroupKeys();
		List<Tuple> amounts = this.records.aggregate(CrossBorderProject.class, projects, (where, query) -> {
			projectKeys(where, query, groupBy, sumKeys);
			Root<Investment> investment = query.from(Investment.class);
			where.add(where.builder().equal(investment.get(Investment_.projectId), where.root().get(CrossBorderProject_.id)));
			Path<Money> money = investment.get(Investment_.amount);
			sumKeys.add(CURRENCY, money.get(Money_.currency));
			sumKeys.select(query, where.builder().sum(money.get(Money_.amount)));
		});
		Map<List<@Nullable Object>, EnumMap<CurrencyCode, BigDecimal>> byKeys = perCurrency(sumKeys, amounts, 0);
		List<ProjectBucket> buckets = new ArrayList<>();
		for (Tuple row : counts) {
			int count = (int) GroupKeys.count(countKeys.aggregate(row, 0));
			if (count > 0) {
				EnumMap<CurrencyCode, BigDecimal> sum = byKeys.getOrDefault(countKeys.keysOf(row),
						new EnumMap<>(CurrencyCode.class));
				buckets.add(new ProjectBucket(GroupKeys.id(countKeys.key(row, SECTOR)),
						GroupKeys.integer(countKeys.key(row, YEAR)), (Jurisdiction) countKeys.key(row, JURISDICTION),
						count, new Amounts(sum, sums)));
			}
		}
		buckets.sort(Comparator.comparing(ProjectBucket::sectorId, nullsFirst())
			.thenComparing(ProjectBucket::year, nullsFirst())
			.thenComparing(ProjectBucket::leadJurisdiction, nullsFirst()));
		return buckets;
	}

	/**
	 * The keys of the project statistics. The lead's jurisdiction is that of the participant with role
	 * LEAD, joined only when asked for: every project has one lead (the mutations refuse to leave a
	 * project without), so the join neither drops nor repeats a project.
	 */
	private static void projectKeys(Conditions<CrossBorderProject> where, CriteriaQuery<Tuple> query,
			Set<ProjectDimension> groupBy, GroupKeys keys) {
		CriteriaBuilder cb = where.builder();
		Root<CrossBorderProject> project = where.root();
		if (groupBy.contains(ProjectDimension.SECTOR)) {
			keys.add(SECTOR, project.get(CrossBorderProject_.sectorId));
		}
		if (groupBy.contains(ProjectDimension.YEAR)) {
			keys.add(YEAR, cb.extract(LocalDateField.YEAR, project.get(CrossBorderProject_.startDate)));
		}
		if (groupBy.contains(ProjectDimension.LEAD_JURISDICTION)) {
			Root<ProjectParticipant> lead = query.from(ProjectParticipant.class);
			Root<Organization> organization = query.from(Organization.class);
			where.add(cb.equal(lead.get(ProjectParticipant_.projectId), project.get(CrossBorderProject_.id)))
				.add(cb.equal(lead.get(ProjectParticipant_.role), ParticipantRole.LEAD))
				.add(cb.equal(organization.get(Organization_.id), lead.get(ProjectParticipant_.organizationId)));
			keys.add(JURISDICTION, organization.get(Organization_.jurisdiction));
		}
	}

	/**
	 * Events by the month (and year) they start in and their city, with the deals signed at them: the
	 * number of events, of deals, and the sum of the deals.
	 */
	List<EventBucket> events(StatisticsFilter filter, Set<EventDimension> groupBy, Sums sums) {
		Filter<InvestmentEvent> events = filter.forEvents();
		GroupKeys countKeys = new GroupKeys();
		List<Tuple> counts = this.records.aggregate(InvestmentEvent.class, events, (where, query) -> {
			eventKeys(where, groupBy, countKeys);
			countKeys.select(query, where.builder().count(where.root().get(InvestmentEvent_.id)));
		});
		GroupKeys sumKeys = new GroupKeys();
		List<Tuple> amounts = this.records.aggregate(InvestmentEvent.class, events, (where, query) -> {
			eventKeys(where, groupBy, sumKeys);
			CriteriaBuilder cb = where.builder();
			Root<Deal> deal = query.from(Deal.class);
			where.add(cb.equal(deal.get(Deal_.eventId), where.root().get(InvestmentEvent_.id)));
			Path<Money> money = deal.get(Deal_.amount);
			sumKeys.add(CURRENCY, money.get(Money_.currency));
			sumKeys.select(query, cb.sum(money.get(Money_.amount)), cb.count(deal.get(Deal_.id)));
		});
		Map<List<@Nullable Object>, EnumMap<CurrencyCode, BigDecimal>> byKeys = perCurrency(sumKeys, amounts, 0);
		Map<List<@Nullable Object>, Long> deals = new LinkedHashMap<>();
		for (Tuple row : amounts) {
			List<@Nullable Object> key = sumKeys.keysOf(row);
			deals.merge(key.subList(0, key.size() - 1), GroupKeys.count(sumKeys.aggregate(row, 1)), Long::sum);
		}
		List<EventBucket> buckets = new ArrayList<>();
		for (Tuple row : counts) {
			int count = (int) GroupKeys.count(countKeys.aggregate(row, 0));
			if (count > 0) {
				List<@Nullable Object> key = countKeys.keysOf(row);
				EnumMap<CurrencyCode, BigDecimal> sum = byKeys.getOrDefault(key, new EnumMap<>(CurrencyCode.class));
				buckets.add(new EventBucket(GroupKeys.integer(countKeys.key(row, YEAR)),
						GroupKeys.integer(countKeys.key(row, MONTH)), GroupKeys.id(countKeys.key(row, CITY)), count,
						deals.getOrDefault(key, 0L).intValue(), new Amounts(sum, sums)));
			}
		}
		buckets.sort(Comparator.comparing(EventBucket::year, nullsFirst())
			.thenComparing(EventBucket::month, nullsFirst())
			.thenComparing(EventBucket::cityId, nullsFirst()));
		return buckets;
	}

	/** The keys of the event statistics: a month is always of a year, so MONTH groups by both. */
	private static void eventKeys(Conditions<InvestmentEvent> where, Set<EventDimension> groupBy, GroupKeys keys) {
		CriteriaBuilder cb = where.builder();
		Path<LocalDate> startsOn = where.root().get(InvestmentEvent_.startsOn);
		if (groupBy.contains(EventDimension.YEAR) || groupBy.contains(EventDimension.MONTH)) {
			keys.add(YEAR, cb.extract(LocalDateField.YEAR, startsOn));
		}
		if (groupBy.contains(EventDimension.MONTH)) {
			keys.add(MONTH, cb.extract(LocalDateField.MONTH, startsOn));
		}
		if (groupBy.contains(EventDimension.CITY)) {
			keys.add(CITY, where.root().get(InvestmentEvent_.cityId));
		}
	}

	/**
	 * Talent arrangements by mode, category, the person's home jurisdiction and the host organisation's
	 * jurisdiction.
	 */
	List<TalentArrangementBucket> talentArrangements(StatisticsFilter filter, Set<TalentArrangementDimension> groupBy) {
		GroupKeys keys = new GroupKeys();
		List<Tuple> rows = this.records.aggregate(TalentArrangement.class, filter.forTalentArrangements(),
				(where, query) -> {
					CriteriaBuilder cb = where.builder();
					Root<TalentArrangement> arrangement = where.root();
					if (groupBy.contains(TalentArrangementDimension.MODE)) {
						keys.add(MODE, arrangement.get(TalentArrangement_.mode));
					}
					if (groupBy.contains(TalentArrangementDimension.CATEGORY)) {
						keys.add(CATEGORY, arrangement.get(TalentArrangement_.category));
					}
					if (groupBy.contains(TalentArrangementDimension.HOME_JURISDICTION)) {
						Root<Person> person = query.from(Person.class);
						where.add(cb.equal(person.get(Person_.id), arrangement.get(TalentArrangement_.personId)));
						keys.add(HOME, person.get(Person_.homeJurisdiction));
					}
					if (groupBy.contains(TalentArrangementDimension.HOST_JURISDICTION)) {
						Root<Organization> host = query.from(Organization.class);
						where.add(cb.equal(host.get(Organization_.id), arrangement.get(TalentArrangement_.hostOrganizationId)));
						keys.add(HOST, host.get(Organization_.jurisdiction));
					}
					keys.select(query, cb.count(arrangement.get(TalentArrangement_.id)));
				});
		List<TalentArrangementBucket> buckets = new ArrayList<>();
		for (Tuple row : rows) {
			int count = (int) GroupKeys.count(keys.aggregate(row, 0));
			if (count > 0) {
				buckets.add(new TalentArrangementBucket((TalentMode) keys.key(row, MODE),
						(TalentCategory) keys.key(row, CATEGORY),
						(Jurisdiction) keys.key(row, HOME), (Jurisdiction) keys.key(row, HOST), count));
			}
		}
		buckets.sort(Comparator.comparing(TalentArrangementBucket::mode, nullsFirst())
			.thenComparing(TalentArrangementBucket::category, nullsFirst())
			.thenComparing(TalentArrangementBucket::homeJurisdiction, nullsFirst())
			.thenComparing(TalentArrangementBucket::hostJurisdiction, nullsFirst()));
		return buckets;
	}

	/**
	 * Which jurisdictions work together, how often: for each pair of jurisdictions, the labs with
	 * members from both and the projects with participants from both (one statement each).
	 */
	List<CrossBorderPairBucket> crossBorderPairs(StatisticsFilter filter, Set<CrossBorderPairDimension> groupBy) {
		Map<List<@Nullable Object>, Integer> counts = new TreeMap<>(PAIR_ORDER);
		pairs(new Links<>(JointLab.class, JointLab_.startDate, JointLab_.sectorId, JointLabMember_.jointLabId,
				JointLabMember_.organizationId), CooperationRecordType.JOINT_LAB, filter, groupBy, counts);
		pairs(new Links<>(CrossBorderProject.class, CrossBorderProject_.startDate, CrossBorderProject_.sectorId,
				ProjectParticipant_.projectId, ProjectParticipant_.organizationId), CooperationRecordType.PROJECT, filter,
				groupBy, counts);
		List<CrossBorderPairBucket> buckets = new ArrayList<>();
		counts.forEach((key, count) -> buckets.add(new CrossBorderPairBucket(
				List.of((Jurisdiction) key.get(0), (Jurisdiction) key.get(1)), (CooperationRecordType) key.get(2),
				GroupKeys.id(key.get(3)), count)));
		return buckets;
	}

	/**
	 * Adds the pairs of one kind of record to {@code counts}, keyed by (jurisdiction, partner
	 * jurisdiction, record type or null, sector or null). The pair is ordered: the first jurisdiction
	 * sorts before the second, as the stored names GUANGDONG, HONG_KONG, MACAO do.
	 *
	 * <p>One statement: first, for each record, which of the three jurisdictions its members (or
	 * participants) come from; then, for each of the three pairs, how many records have both. Joining the
	 * links with themselves instead made every pair of a record's links a row, 1.8 million rows at SF 10
	 * for 100,000 projects (BENCHMARKS.md).
	 */
	private <T extends BaseEntity, L extends BaseEntity> void pairs(Links<T, L> links, CooperationRecordType type,
			StatisticsFilter filter, Set<CrossBorderPairDimension> groupBy,
			Map<List<@Nullable Object>, Integer> counts) {
		boolean bySector = groupBy.contains(CrossBorderPairDimension.SECTOR);
		List<Tuple> rows = this.records.aggregateOverRecords(links.recordType(),
				filter.startedInPeriodOfSectors(links.startDate(), links.sectorId()),
				new RecordAggregation<>() {

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
							// 1 when one of the record's links is in the jurisdiction, else 0.
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

	/** The three pairs of jurisdictions, each in the order of the stored names (GUANGDONG before HONG_KONG). */
	private static final List<List<Jurisdiction>> JURISDICTION_PAIRS = List.of(
			List.of(Jurisdiction.GUANGDONG, Jurisdiction.HONG_KONG), List.of(Jurisdiction.GUANGDONG, Jurisdiction.MACAO),
			List.of(Jurisdiction.HONG_KONG, Jurisdiction.MACAO));

	/** Pairs sorted by their jurisdictions, then record type, then sector (absent keys first). */
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

	/**
	 * Per-currency sums by bucket: rows keyed (bucket keys..., currency) with the sum as aggregate
	 * {@code sumIndex}, folded into one map of currency to sum per bucket key.
	 */
	private static Map<List<@Nullable Object>, EnumMap<CurrencyCode, BigDecimal>> perCurrency(GroupKeys keys,
			List<Tuple> rows, int sumIndex) {
		Map<List<@Nullable Object>, EnumMap<CurrencyCode, BigDecimal>> byKeys = new LinkedHashMap<>();
		for (Tuple row : rows) {
			List<@Nullable Object> key = keys.keysOf(row);
			CurrencyCode currency = (CurrencyCode) key.get(key.size() - 1);
			Object sum = keys.aggregate(row, sumIndex);
			if (sum != null) {
				byKeys.computeIfAbsent(key.subList(0, key.size() - 1), (bucket) -> new EnumMap<>(CurrencyCode.class))
					.merge(currency, (BigDecimal) sum, BigDecimal::add);
			}
		}
		return byKeys;
	}

	private static <C extends Comparable<? super C>> Comparator<@Nullable C> nullsFirst() {
		return Comparator.nullsFirst(Comparator.naturalOrder());
	}

	/**
	 * A kind of record and its links to organisations, for the pairs: the record's start date and sector,
	 * and the link entity's columns naming the record and the organisation (e.g.
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
