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
import org.gba.cooperation.statistics.Buckets.Amounts;
import org.gba.cooperation.statistics.Buckets.ProjectBucket;
import org.gba.cooperation.statistics.Dimensions.ProjectDimension;
import org.gba.cooperation.statistics.GroupedRecords.Totals;
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

	private final VisibleRecords records;

	ProjectStatistics(VisibleRecords records) {
		this.records = records;
	}

	List<ProjectBucket> buckets(StatisticsFilter filter, Set<ProjectDimension> groupBy, Sums sums) {
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
			.sorted(Comparator.comparing(ProjectBucket::sectorId, GroupedRecords.nullsFirst())
				.thenComparing(ProjectBucket::year, GroupedRecords.nullsFirst())
				.thenComparing(ProjectBucket::leadJurisdiction, GroupedRecords.nullsFirst()))
			.toList();
	}

}
