package org.gba.cooperation.projects;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;

import org.gba.cooperation.shared.CurrencyCode;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CrossBorderProjectRepository extends JpaRepository<CrossBorderProject, Long> {

	@Query("""
			select p from ProjectParticipant p
			where p.projectId in :projectIds
			order by p.projectId, p.id""")
	List<ProjectParticipant> findParticipants(Collection<Long> projectIds);

	@Query("""
			select i from Investment i
			where i.projectId in :projectIds
			order by i.projectId, i.committedOn, i.id""")
	List<Investment> findInvestments(Collection<Long> projectIds);

	@Query("""
			select m from Milestone m
			where m.projectId in :projectIds
			order by m.projectId, m.dueOn, m.id""")
	List<Milestone> findMilestones(Collection<Long> projectIds);

	/** Investment sums per project and currency, summed by the database. */
	@Query("""
			select i.projectId as projectId, i.amount.currency as currency, sum(i.amount.amount) as total
			from Investment i
			where i.projectId in :projectIds
			group by i.projectId, i.amount.currency""")
	List<CurrencyTotal> sumInvestments(Collection<Long> projectIds);

	interface CurrencyTotal {

		Long getProjectId();

		CurrencyCode getCurrency();

		BigDecimal getTotal();

	}

}
