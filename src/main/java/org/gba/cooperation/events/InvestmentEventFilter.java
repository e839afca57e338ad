package org.gba.cooperation.events;

import java.util.List;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.gba.cooperation.organizations.Involvement;
import org.gba.cooperation.reference.City;
import org.gba.cooperation.shared.DateRange;
import org.gba.cooperation.shared.GlobalId;
import org.gba.cooperation.shared.Jurisdiction;
import org.gba.cooperation.shared.paging.Conditions;
import org.gba.cooperation.shared.paging.Filter;
import org.gba.cooperation.shared.paging.FilterInput;
import org.gba.cooperation.shared.paging.ParentLink;
import org.gba.cooperation.shared.search.SearchQuery;
import org.jspecify.annotations.Nullable;

/** The GraphQL input {@code InvestmentEventFilter}. */
record InvestmentEventFilter(@Nullable List<Jurisdiction> jurisdictions, @Nullable List<String> cities,
		@Nullable List<String> sectors, @Nullable List<InvestmentEventStatus> statuses,
		@Nullable List<InvestmentEventKind> kinds, @Nullable DateRange startsOn, @Nullable String organization,
		@Nullable String search) implements FilterInput<InvestmentEvent> {

	@Override
	public Filter<InvestmentEvent> toFilter() {
		SearchQuery search = SearchQuery.of(this.search);
		List<Long> cityIds = GlobalId.decodeAll(this.cities, "City");
		List<Long> sectorIds = GlobalId.decodeAll(this.sectors, "Sector");
		Long organizationId = (this.organization != null) ? GlobalId.decode(this.organization, "Organization") : null;
		List<Jurisdiction> jurisdictions = this.jurisdictions;
		return (where) -> {
			where.in("cityId", cityIds)
				.in("status", this.statuses)
				.in("kind", this.kinds)
				.within("startsOn", this.startsOn)
				.search(search, "InvestmentEvent");
			if (jurisdictions != null) {
				where.add(heldIn(where, jurisdictions));
			}
			if (sectorIds != null) {
				where.add(targeting(where, sectorIds));
			}
			if (organizationId != null) {
				where.add(INVOLVING.of(where, where.builder().literal(organizationId)));
			}
		};
	}

	/** Events the organisation organises or registered for: {@code Organization.investmentEvents}. */
	static final ParentLink<InvestmentEvent> INVOLVING = (where, organizationId) -> where.builder()
		.or(Involvement.of(where, EventOrganizer.class, "eventId", organizationId),
				Involvement.of(where, EventRegistration.class, "eventId", organizationId));

	private static Predicate targeting(Conditions<InvestmentEvent> where,
			List<Long> sectorIds) {
		CriteriaBuilder cb = where.builder();
		if (sectorIds.isEmpty()) {
			return cb.disjunction();
		}
		Subquery<Long> target = where.subquery(Long.class);
		Root<EventTargetSector> t = target.from(EventTargetSector.class);
		target.select(t.get("id"))
			.where(cb.equal(t.get("eventId"), where.root().get("id")), t.get("sectorId").in(sectorIds));
		return cb.exists(target);
	}

	private static Predicate heldIn(Conditions<InvestmentEvent> where, List<Jurisdiction> jurisdictions) {
		CriteriaBuilder cb = where.builder();
		if (jurisdictions.isEmpty()) {
			return cb.disjunction();
		}
		Subquery<Long> city = where.subquery(Long.class);
		Root<City> c = city.from(City.class);
		city.select(c.get("id"))
			.where(cb.equal(c.get("id"), where.root().get("cityId")), c.get("jurisdiction").in(jurisdictions));
		return cb.exists(city);
	}

}
