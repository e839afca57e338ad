package org.gba.cooperation.events;

import java.util.List;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.gba.cooperation.reference.City;
import org.gba.cooperation.reference.City_;
import org.gba.cooperation.shared.Jurisdiction;
import org.gba.cooperation.shared.paging.Conditions;

/**
 * Conditions on investment events that more than one query uses: the connection's filter
 * and the statistics. An empty list matches nothing, as in every filter of the API.
 */
public final class InvestmentEventConditions {

	private InvestmentEventConditions() {
	}

	/** The event targets one of these sectors. */
	public static Predicate targeting(Conditions<InvestmentEvent> where, List<Long> sectorIds) {
		CriteriaBuilder cb = where.builder();
		if (sectorIds.isEmpty()) {
			return cb.disjunction();
		}
		Subquery<Long> target = where.subquery(Long.class);
		Root<EventTargetSector> t = target.from(EventTargetSector.class);
		target.select(t.get(EventTargetSector_.id))
			.where(cb.equal(t.get(EventTargetSector_.eventId), where.root().get(InvestmentEvent_.id)),
					t.get(EventTargetSector_.sectorId).in(sectorIds));
		return cb.exists(target);
	}

	/** The event is held in a city of one of these jurisdictions. */
	public static Predicate heldIn(Conditions<InvestmentEvent> where, List<Jurisdiction> jurisdictions) {
		CriteriaBuilder cb = where.builder();
		if (jurisdictions.isEmpty()) {
			return cb.disjunction();
		}
		Subquery<Long> city = where.subquery(Long.class);
		Root<City> c = city.from(City.class);
		city.select(c.get(City_.id))
			.where(cb.equal(c.get(City_.id), where.root().get(InvestmentEvent_.cityId)),
					c.get(City_.jurisdiction).in(jurisdictions));
		return cb.exists(city);
	}

}
