package org.gba.cooperation.projects;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.gba.cooperation.organizations.Involvement;
import org.gba.cooperation.shared.BaseEntity_;
import org.gba.cooperation.shared.CurrencyCode;
import org.gba.cooperation.shared.Jurisdiction;
import org.gba.cooperation.shared.Money;
import org.gba.cooperation.shared.Money_;
import org.gba.cooperation.shared.jpa.ChildRows;
import org.gba.cooperation.shared.jpa.ReadOnlyQueries;
import org.gba.cooperation.shared.paging.VisibleRecords;
import org.hibernate.query.criteria.HibernateCriteriaBuilder;
import org.hibernate.query.criteria.JpaParameterExpression;
import org.jspecify.annotations.Nullable;
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

	private final EntityManager entityManager;

	CrossBorderProjects(VisibleRecords records, ChildRows children, EntityManager entityManager) {
		this.records = records;
		this.children = children;
		this.entityManager = entityManager;
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
	 * by the database, in one statement.
	 */
	Map<Long, List<Money>> investmentTotalsByProject(Collection<Long> projectIds) {
		if (projectIds.isEmpty()) {
			return Map.of();
		}
		HibernateCriteriaBuilder cb = (HibernateCriteriaBuilder) this.entityManager.getCriteriaBuilder();
		CriteriaQuery<Tuple> query = cb.createTupleQuery();
		Root<Investment> investment = query.from(Investment.class);
		Path<Long> project = investment.get(Investment_.projectId);
		Path<Money> amount = investment.get(Investment_.amount);
		Path<CurrencyCode> currency = amount.get(Money_.currency);
		Expression<BigDecimal> total = cb.sum(amount.get(Money_.amount));
		JpaParameterExpression<List<Long>> projects = cb.listParameter(Long.class);
		query.multiselect(project, currency, total).where(project.in(projects)).groupBy(project, currency);
		Map<Long, List<Money>> totals = new HashMap<>();
		for (Tuple row : this.entityManager.createQuery(query)
			.setParameter(projects, List.copyOf(projectIds))
			.getResultList()) {
			totals.computeIfAbsent(row.get(project), (id) -> new ArrayList<>())
				.add(new Money(row.get(total), row.get(currency)));
		}
		totals.values().forEach((list) -> list.sort(Comparator.comparing(Money::currency)));
		return totals;
	}

	/** The jurisdiction of each project's lead, in one statement. */
	Map<Long, Jurisdiction> leadJurisdictionByProject(Collection<Long> projectIds) {
		Map<Long, Jurisdiction> leads = new HashMap<>();
		for (Tuple row : participantJurisdictions(projectIds, ParticipantRole.LEAD)) {
			leads.putIfAbsent(row.get(0, Long.class), row.get(1, Jurisdiction.class));
		}
		return leads;
	}

	/**
	 * The jurisdictions a project's participants come from, each once, in one statement.
	 */
	List<Jurisdiction> participantJurisdictions(long projectId) {
		return participantJurisdictions(List.of(projectId), null).stream()
			.map((row) -> row.get(1, Jurisdiction.class))
			.toList();
	}

	/**
	 * The (project ID, jurisdiction) pairs of the participants of these projects, of the
	 * role if one is given, each once; the organisations module gives the jurisdiction of
	 * a participant's organisation.
	 */
	private List<Tuple> participantJurisdictions(Collection<Long> projectIds, @Nullable ParticipantRole role) {
		HibernateCriteriaBuilder cb = (HibernateCriteriaBuilder) this.entityManager.getCriteriaBuilder();
		CriteriaQuery<Tuple> query = cb.createTupleQuery();
		Root<ProjectParticipant> participant = query.from(ProjectParticipant.class);
		JpaParameterExpression<List<Long>> projects = cb.listParameter(Long.class);
		List<Predicate> conditions = new ArrayList<>();
		conditions.add(participant.get(ProjectParticipant_.projectId).in(projects));
		if (role != null) {
			conditions.add(cb.equal(participant.get(ProjectParticipant_.role), role));
		}
		query
			.multiselect(participant.get(ProjectParticipant_.projectId),
					Involvement.jurisdictionOf(query, cb, participant.get(ProjectParticipant_.organizationId)))
			.distinct(true)
			.where(conditions.toArray(Predicate[]::new));
		return this.entityManager.createQuery(query).setParameter(projects, List.copyOf(projectIds)).getResultList();
	}

}
