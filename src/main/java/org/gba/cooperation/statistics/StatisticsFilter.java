package org.gba.cooperation.statistics;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import jakarta.persistence.metamodel.SingularAttribute;

import org.gba.cooperation.events.InvestmentEvent;
import org.gba.cooperation.events.InvestmentEventConditions;
import org.gba.cooperation.events.InvestmentEvent_;
import org.gba.cooperation.labs.JointLab;
import org.gba.cooperation.labs.JointLabMember_;
import org.gba.cooperation.labs.JointLab_;
import org.gba.cooperation.organizations.Involvement;
import org.gba.cooperation.organizations.Organization;
import org.gba.cooperation.organizations.Organization_;
import org.gba.cooperation.projects.CrossBorderProject;
import org.gba.cooperation.projects.CrossBorderProject_;
import org.gba.cooperation.projects.ProjectParticipant_;
import org.gba.cooperation.shared.BaseEntity;
import org.gba.cooperation.shared.DateRange;
import org.gba.cooperation.shared.GlobalId;
import org.gba.cooperation.shared.Jurisdiction;
import org.gba.cooperation.shared.paging.Conditions;
import org.gba.cooperation.shared.paging.Filter;
import org.gba.cooperation.shared.search.SearchFilter;
import org.gba.cooperation.talent.TalentArrangement;
import org.gba.cooperation.talent.TalentArrangement_;
import org.jspecify.annotations.Nullable;

/**
 * The GraphQL input {@code StatisticsFilter}: which records are counted. Each condition
 * means, for each kind of record, what the same condition of its connection's filter
 * means, so that a count here equals the {@code totalCount} of the connection filtered
 * alike.
 */
record StatisticsFilter(@Nullable DateRange period, @Nullable List<String> sectors,
		@Nullable List<Jurisdiction> jurisdictions) {

	static final StatisticsFilter NONE = new StatisticsFilter(null, null, null);

	private @Nullable List<Long> sectorIds() {
		return GlobalId.decodeAll(this.sectors, "Sector");
	}

	/**
	 * Labs started in the period, of the sectors, with a member from one of the
	 * jurisdictions.
	 */
	Filter<JointLab> forJointLabs() {
		List<Long> sectorIds = sectorIds();
		return (where) -> {
			where.within(JointLab_.startDate, this.period).in(JointLab_.sectorId, sectorIds);
			if (this.jurisdictions != null) {
				where.add(Involvement.fromJurisdictions(where, JointLabMember_.jointLabId,
						JointLabMember_.organizationId, this.jurisdictions));
			}
		};
	}

	/**
	 * Projects started in the period, of the sectors, with a participant from one of the
	 * jurisdictions.
	 */
	Filter<CrossBorderProject> forProjects() {
		List<Long> sectorIds = sectorIds();
		return (where) -> {
			where.within(CrossBorderProject_.startDate, this.period).in(CrossBorderProject_.sectorId, sectorIds);
			if (this.jurisdictions != null) {
				where.add(Involvement.fromJurisdictions(where, ProjectParticipant_.projectId,
						ProjectParticipant_.organizationId, this.jurisdictions));
			}
		};
	}

	/**
	 * Events starting in the period, seeking investment in one of the sectors, held in
	 * one of the jurisdictions.
	 */
	Filter<InvestmentEvent> forEvents() {
		List<Long> sectorIds = sectorIds();
		return (where) -> {
			where.within(InvestmentEvent_.startsOn, this.period);
			if (sectorIds != null) {
				where.add(InvestmentEventConditions.targeting(where, sectorIds));
			}
			if (this.jurisdictions != null) {
				where.add(InvestmentEventConditions.heldIn(where, this.jurisdictions));
			}
		};
	}

	/**
	 * Arrangements starting in the period, hosted by an organisation of one of the
	 * sectors and of one of the jurisdictions.
	 */
	Filter<TalentArrangement> forTalentArrangements() {
		List<Long> sectorIds = sectorIds();
		return (where) -> {
			where.within(TalentArrangement_.startDate, this.period);
			if (sectorIds != null || this.jurisdictions != null) {
				where.add(hostedBy(where, sectorIds, this.jurisdictions));
			}
		};
	}

	/**
	 * Labs or projects started in the period, of the sectors: for cross-border pairs,
	 * whose jurisdictions condition applies to the pair itself.
	 */
	<T extends BaseEntity> Filter<T> startedInPeriodOfSectors(SingularAttribute<? super T, LocalDate> startDate,
			SingularAttribute<? super T, Long> sectorId) {
		List<Long> sectorIds = sectorIds();
		return (where) -> where.within(startDate, this.period).in(sectorId, sectorIds);
	}

	/**
	 * {@link #forJointLabs} and {@link #forProjects} in the search engine: started in the
	 * period, of the sectors, with a member or participant from one of the jurisdictions.
	 */
	SearchFilter inIndexForLabsOrProjects() {
		List<Long> sectorIds = sectorIds();
		return (where) -> where.within("startDate", this.period)
			.in("sectorId", sectorIds)
			.in("jurisdictions", this.jurisdictions);
	}

	/** {@link #forEvents} in the search engine. */
	SearchFilter inIndexForEvents() {
		List<Long> sectorIds = sectorIds();
		return (where) -> where.within("startsOn", this.period)
			.in("sectors", sectorIds)
			.in("jurisdiction", this.jurisdictions);
	}

	/** {@link #forTalentArrangements} in the search engine. */
	SearchFilter inIndexForTalentArrangements() {
		List<Long> sectorIds = sectorIds();
		return (where) -> where.within("startDate", this.period)
			.in("host.sectorId", sectorIds)
			.in("host.jurisdiction", this.jurisdictions);
	}

	/**
	 * {@link #startedInPeriodOfSectors} in the search engine: for cross-border pairs,
	 * whose jurisdictions condition applies to the pairs themselves.
	 */
	SearchFilter inIndexStartedInPeriodOfSectors() {
		List<Long> sectorIds = sectorIds();
		return (where) -> where.within("startDate", this.period).in("sectorId", sectorIds);
	}

	private static Predicate hostedBy(Conditions<TalentArrangement> where, @Nullable List<Long> sectorIds,
			@Nullable List<Jurisdiction> jurisdictions) {
		CriteriaBuilder cb = where.builder();
		if ((sectorIds != null && sectorIds.isEmpty()) || (jurisdictions != null && jurisdictions.isEmpty())) {
			return cb.disjunction();
		}
		Subquery<Long> host = where.subquery(Long.class);
		Root<Organization> o = host.from(Organization.class);
		Predicate same = cb.equal(o.get(Organization_.id), where.root().get(TalentArrangement_.hostOrganizationId));
		Predicate ofSector = (sectorIds != null) ? o.get(Organization_.sectorId).in(sectorIds) : cb.conjunction();
		Predicate ofJurisdiction = (jurisdictions != null) ? o.get(Organization_.jurisdiction).in(jurisdictions)
				: cb.conjunction();
		host.select(o.get(Organization_.id)).where(same, ofSector, ofJurisdiction);
		return cb.exists(host);
	}

}
