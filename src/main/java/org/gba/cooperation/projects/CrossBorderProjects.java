package org.gba.cooperation.projects;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.gba.cooperation.shared.Jurisdiction;
import org.gba.cooperation.shared.Money;
import org.gba.cooperation.shared.jpa.ReadOnlyQueries;
import org.gba.cooperation.shared.paging.VisibleRecords;
import org.springframework.stereotype.Service;

/**
 * The public API of this module: projects by ID, in batches and in pages, with their participants,
 * investments and milestones, each loaded for many projects in one statement.
 */
@Service
@ReadOnlyQueries
public class CrossBorderProjects {

	private final CrossBorderProjectRepository projects;

	private final VisibleRecords records;

	CrossBorderProjects(CrossBorderProjectRepository projects, VisibleRecords records) {
		this.projects = projects;
		this.records = records;
	}

	public Optional<CrossBorderProject> findById(long id) {
		return this.records.findById(CrossBorderProject.class, id);
	}

	public List<CrossBorderProject> findAll(Collection<Long> ids) {
		return this.records.findAll(CrossBorderProject.class, ids);
	}

	public Map<Long, CrossBorderProject> byId(Collection<Long> ids) {
		return this.records.mapById(CrossBorderProject.class, ids);
	}

	List<Investment> findInvestments(Collection<Long> ids) {
		return this.records.findAll(Investment.class, ids);
	}

	List<Milestone> findMilestones(Collection<Long> ids) {
		return this.records.findAll(Milestone.class, ids);
	}


	Map<Long, List<ProjectParticipant>> participantsByProject(Collection<Long> projectIds) {
		// Lead first: the role enum's declared order, not the alphabetical order of its stored names.
		return this.projects.findParticipants(projectIds)
			.stream()
			.sorted(Comparator.comparing(ProjectParticipant::getRole).thenComparing(ProjectParticipant::getId))
			.collect(Collectors.groupingBy(ProjectParticipant::getProjectId));
	}

	Map<Long, List<Investment>> investmentsByProject(Collection<Long> projectIds) {
		return this.projects.findInvestments(projectIds).stream().collect(Collectors.groupingBy(Investment::getProjectId));
	}

	Map<Long, List<Milestone>> milestonesByProject(Collection<Long> projectIds) {
		return this.projects.findMilestones(projectIds).stream().collect(Collectors.groupingBy(Milestone::getProjectId));
	}

	/** Per project, the sum of its investments in each currency, in currency order. */
	Map<Long, List<Money>> investmentTotalsByProject(Collection<Long> projectIds) {
		Map<Long, List<Money>> totals = new HashMap<>();
		for (CrossBorderProjectRepository.CurrencyTotal row : this.projects.sumInvestments(projectIds)) {
			totals.computeIfAbsent(row.getProjectId(), (id) -> new ArrayList<>())
				.add(new Money(row.getTotal(), row.getCurrency()));
		}
		totals.values().forEach((list) -> list.sort(Comparator.comparing(Money::currency)));
		return totals;
	}

	Map<Long, Jurisdiction> leadJurisdictionByProject(Collection<Long> projectIds) {
		return this.projects.findLeadJurisdictions(projectIds)
			.stream()
			.collect(Collectors.toMap(CrossBorderProjectRepository.LeadJurisdiction::getProjectId,
					CrossBorderProjectRepository.LeadJurisdiction::getJurisdiction, (a, b) -> a));
	}

}
