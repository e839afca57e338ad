package org.gba.cooperation.statistics;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.LocalDateField;
import jakarta.persistence.criteria.Root;

import org.gba.cooperation.organizations.Organization;
import org.gba.cooperation.organizations.Organization_;
import org.gba.cooperation.projects.CrossBorderProject;
import org.gba.cooperation.projects.CrossBorderProject_;
import org.gba.cooperation.projects.Investment;
import org.gba.cooperation.projects.Investment_;
import org.gba.cooperation.projects.ParticipantRole;
import org.gba.cooperation.projects.ProjectParticipant;
import org.gba.cooperation.projects.ProjectParticipant_;
import org.gba.cooperation.shared.Jurisdiction;
import org.gba.cooperation.shared.jpa.ReadOnlyQueries;
import org.gba.cooperation.shared.paging.VisibleRecords;
import org.gba.cooperation.shared.search.StatisticsKeys;
import org.gba.cooperation.statistics.Buckets.Amounts;
import org.gba.cooperation.statistics.Buckets.ProjectBucket;
import org.gba.cooperation.statistics.Dimensions.ProjectDimension;
import org.gba.cooperation.statistics.GroupedRecords.Totals;
import org.gba.cooperation.statistics.IndexedRecords.Counted;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * {@code Statistics.projects}: projects and their investment by sector, start year and
 * the jurisdiction of the lead participant: the number of projects and the sum of all
 * investment committed to them (whenever committed).
 */
@Service
@ReadOnlyQueries
class ProjectStatistics {

	/** Buckets sorted by their keys, absent keys first. */
	private static final Comparator<ProjectBucket> ORDER = Comparator
		.comparing(ProjectBucket::sectorId, GroupedRecords.nullsFirst())
		.thenComparing(ProjectBucket::year, GroupedRecords.nullsFirst())
		.thenComparing(ProjectBucket::leadJurisdiction, GroupedRecords.nullsFirst());

	private final VisibleRecords records;

	private final IndexedRecords index;

	ProjectStatistics(VisibleRecords records, IndexedRecords index) {
		this.records = records;
		this.index = index;
	}

	List<ProjectBucket> buckets(StatisticsFilter filter, Set<ProjectDimension> groupBy, Sums sums) {
		Map<String, Counted> counts = this.index.countAndSum(CrossBorderProject.class,
				filter.inIndexForLabsOrProjects());
		Map<List<@Nullable String>, Counted> buckets = KeyedCounts.rollUp(
				counts, StatisticsKeys.RECORD, KeyedCounts.grouped(groupBy.contains(ProjectDimension.SECTOR),
						groupBy.contains(ProjectDimension.YEAR), groupBy.contains(ProjectDimension.LEAD_JURISDICTION)),
				Counted::plus);
		return buckets.entrySet()
			.stream()
			.filter((bucket) -> bucket.getValue().records() > 0)
			.map((bucket) -> new ProjectBucket(KeyedCounts.id(bucket.getKey().get(0)),
					KeyedCounts.integer(bucket.getKey().get(1)),
					KeyedCounts.constant(Jurisdiction.class, bucket.getKey().get(2)),
					Math.toIntExact(bucket.getValue().records()),
					new Amounts(bucket.getValue().totals().perCurrency(), sums)))
			.sorted(ORDER)
			.toList();
	}

	/**
	 * The same buckets, counted by the database (the reference:
	 * {@code gba.statistics.source}).
	 */
	List<ProjectBucket> bucketsInDatabase(StatisticsFilter filter, Set<ProjectDimension> groupBy, Sums sums) {
		GroupedRecords<CrossBorderProject> projects = new GroupedRecords<>(this.records, CrossBorderProject.class,
				filter.forProjects(), (where, query, keys) -> {
					CriteriaBuilder cb = where.builder();
					Root<CrossBorderProject> project = where.root();
					if (groupBy.contains(ProjectDimension.SECTOR)) {
						keys.add(ProjectDimension.SECTOR, project.get(CrossBorderProject_.sectorId));
					}
					if (groupBy.contains(ProjectDimension.YEAR)) {
						keys.add(ProjectDimension.YEAR,
								cb.extract(LocalDateField.YEAR, project.get(CrossBorderProject_.startDate)));
					}
					if (groupBy.contains(ProjectDimension.LEAD_JURISDICTION)) {
						// Every project has one lead (the mutations refuse to leave a
						// project without), so
						// the join neither drops nor repeats a project.
						Root<ProjectParticipant> lead = query.from(ProjectParticipant.class);
						Root<Organization> organization = query.from(Organization.class);
						where
							.add(cb.equal(lead.get(ProjectParticipant_.projectId), project.get(CrossBorderProject_.id)))
							.add(cb.equal(lead.get(ProjectParticipant_.role), ParticipantRole.LEAD))
							.add(cb.equal(organization.get(Organization_.id),
									lead.get(ProjectParticipant_.organizationId)));
						keys.add(ProjectDimension.LEAD_JURISDICTION, organization.get(Organization_.jurisdiction));
					}
				});
		List<GroupedRecords.Group> counts = projects
			.count((cb, project) -> cb.countDistinct(project.get(CrossBorderProject_.id)));
		Map<List<@Nullable Object>, Totals> invested = projects.sum(Investment.class, Investment_.projectId,
				Investment_.amount, false);
		return counts.stream()
			.map((group) -> new ProjectBucket(group.id(ProjectDimension.SECTOR), group.integer(ProjectDimension.YEAR),
					(Jurisdiction) group.key(ProjectDimension.LEAD_JURISDICTION), group.count(),
					new Amounts(invested.getOrDefault(group.values(), Totals.none()).perCurrency(), sums)))
			.sorted(ORDER)
			.toList();
	}

}
