package org.gba.cooperation.projects;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.gba.cooperation.organizations.Involvement;
import org.gba.cooperation.shared.BaseEntity_;
import org.gba.cooperation.shared.CurrencyCode;
import org.gba.cooperation.shared.Jurisdiction;
import org.gba.cooperation.shared.Money;
import org.gba.cooperation.shared.jpa.ChildRows;
import org.gba.cooperation.shared.jpa.InLists;
import org.gba.cooperation.shared.jpa.ReadOnlyQueries;
import org.gba.cooperation.shared.paging.VisibleRecords;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The public API of this module: projects by ID, in batches and in pages, with their
 * participants, investments and milestones, each loaded for many projects in one
 * statement.
 */
@Service
@ReadOnlyQueries
public class CrossBorderProjects {

	private final VisibleRecords records;

	private final ChildRows children;

	private final JdbcClient jdbc;

	CrossBorderProjects(VisibleRecords records, ChildRows children, JdbcClient jdbc) {
		this.records = records;
		this.children = children;
		this.jdbc = jdbc;
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
		// Lead first: the role enum's declared order, not the alphabetical order of its
		// stored names.
		return this.children
			.of(ProjectParticipant.class, ProjectParticipant_.projectId, projectIds, List.of(BaseEntity_.id))
			.stream()
			.sorted(Comparator.comparing(ProjectParticipant::getRole).thenComparing(ProjectParticipant::getId))
			.collect(Collectors.groupingBy(ProjectParticipant::getProjectId));
	}

	Map<Long, List<Investment>> investmentsByProject(Collection<Long> projectIds) {
		return this.children
			.of(Investment.class, Investment_.projectId, projectIds, List.of(Investment_.committedOn, BaseEntity_.id))
			.stream()
			.collect(Collectors.groupingBy(Investment::getProjectId));
	}

	Map<Long, List<Milestone>> milestonesByProject(Collection<Long> projectIds) {
		return this.children
			.of(Milestone.class, Milestone_.projectId, projectIds, List.of(Milestone_.dueOn, BaseEntity_.id))
			.stream()
			.collect(Collectors.groupingBy(Milestone::getProjectId));
	}

	/**
	 * Per project, the sum of its investments in each currency, in currency order; summed
	 * by the database, in one statement. Plain SQL, as the next ones: values, not
	 * entities, and Hibernate's translation and row handling cost more than the statement
	 * (BENCHMARKS.md, "Profile").
	 */
	Map<Long, List<Money>> investmentTotalsByProject(Collection<Long> projectIds) {
		if (projectIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, List<Money>> totals = new HashMap<>();
		this.jdbc
			.sql("select project_id, currency, sum(amount) from project_investment where project_id in (:projects)"
					+ " group by project_id, currency")
			.param("projects", InLists.padded(projectIds))
			.query((row) -> {
				totals.computeIfAbsent(row.getLong(1), (id) -> new ArrayList<>())
					.add(new Money(row.getBigDecimal(3), CurrencyCode.valueOf(row.getString(2))));
			});
		totals.values().forEach((list) -> list.sort(Comparator.comparing(Money::currency)));
		return totals;
	}

	/** The jurisdiction of each project's lead, in one statement. */
	Map<Long, Jurisdiction> leadJurisdictionByProject(Collection<Long> projectIds) {
		Map<Long, Jurisdiction> leads = new HashMap<>();
		for (ProjectJurisdiction row : participantJurisdictions(projectIds, ParticipantRole.LEAD)) {
			leads.putIfAbsent(row.projectId(), row.jurisdiction());
		}
		return leads;
	}

	/**
	 * The jurisdictions a project's participants come from, each once, in one statement.
	 */
	List<Jurisdiction> participantJurisdictions(long projectId) {
		return participantJurisdictions(List.of(projectId), null).stream()
			.map(ProjectJurisdiction::jurisdiction)
			.toList();
	}

	/**
	 * The (project ID, jurisdiction) pairs of the participants of these projects, of the
	 * role if one is given, each once; the organisations module gives the jurisdiction of
	 * a participant's organisation.
	 */
	private List<ProjectJurisdiction> participantJurisdictions(Collection<Long> projectIds,
			@Nullable ParticipantRole role) {
		if (projectIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc
			.sql("select distinct p.project_id, " + Involvement.jurisdictionSql("p.organization_id")
					+ " from project_participant p where p.project_id in (:projects)"
					+ ((role != null) ? " and p.role = :role" : ""))
			.param("projects", InLists.padded(projectIds))
			.params((role != null) ? Map.of("role", role.name()) : Map.of())
			.query((row, number) -> new ProjectJurisdiction(row.getLong(1), Jurisdiction.valueOf(row.getString(2))))
			.list();
	}

	private record ProjectJurisdiction(long projectId, Jurisdiction jurisdiction) {
	}

}
