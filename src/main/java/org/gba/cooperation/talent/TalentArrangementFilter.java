package org.gba.cooperation.talent;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.gba.cooperation.organizations.Organization;
import org.gba.cooperation.organizations.Organization_;
import org.gba.cooperation.people.Person;
import org.gba.cooperation.people.Person_;
import org.gba.cooperation.shared.DateRange;
import org.gba.cooperation.shared.GlobalId;
import org.gba.cooperation.shared.Jurisdiction;
import org.gba.cooperation.shared.paging.Conditions;
import org.gba.cooperation.shared.paging.Filter;
import org.gba.cooperation.shared.paging.FilterInput;
import org.gba.cooperation.shared.search.SearchFields;
import org.gba.cooperation.shared.search.SearchFilter;
import org.gba.cooperation.shared.search.SearchText;
import org.jspecify.annotations.Nullable;

/** The GraphQL input {@code TalentArrangementFilter}. */
record TalentArrangementFilter(@Nullable List<TalentMode> modes, @Nullable List<TalentCategory> categories,
		@Nullable List<TalentArrangementStatus> statuses, @Nullable List<Jurisdiction> hostJurisdictions,
		@Nullable List<Jurisdiction> homeJurisdictions, @Nullable List<String> sectors, @Nullable DateRange startDate,
		@Nullable String organization, @Nullable String search) implements FilterInput<TalentArrangement> {

	@Override
	public Filter<TalentArrangement> toFilter() {
		List<Long> sectorIds = GlobalId.decodeAll(this.sectors, "Sector");
		Long hostId = (this.organization != null) ? GlobalId.decode(this.organization, "Organization") : null;
		SearchText.normal(this.search);
		return (where) -> {
			where.in(TalentArrangement_.mode, this.modes)
				.in(TalentArrangement_.category, this.categories)
				.in(TalentArrangement_.status, this.statuses)
				.within(TalentArrangement_.startDate, this.startDate)
				.equal(TalentArrangement_.hostOrganizationId, hostId);
			if (this.hostJurisdictions != null || sectorIds != null) {
				where.add(host(where, this.hostJurisdictions, sectorIds));
			}
			if (this.homeJurisdictions != null) {
				where.add(person(where, this.homeJurisdictions));
			}
		};
	}

	@Override
	public SearchFilter toSearchFilter() {
		List<Long> sectorIds = GlobalId.decodeAll(this.sectors, "Sector");
		Long hostId = (this.organization != null) ? GlobalId.decode(this.organization, "Organization") : null;
		return (where) -> where.in("mode", this.modes)
			.in("category", this.categories)
			.in(SearchFields.STATUS, this.statuses)
			.within("startDate", this.startDate)
			.equal("hostOrganizationId", hostId)
			.in("host.jurisdiction", this.hostJurisdictions)
			.in("host.sectorId", sectorIds)
			.in("person.homeJurisdiction", this.homeJurisdictions);
	}

	private static Predicate host(Conditions<TalentArrangement> where, @Nullable List<Jurisdiction> jurisdictions,
			@Nullable List<Long> sectorIds) {
		CriteriaBuilder cb = where.builder();
		Subquery<Long> host = where.subquery(Long.class);
		Root<Organization> o = host.from(Organization.class);
		host.select(o.get(Organization_.id));
		List<Predicate> conditions = new ArrayList<>();
		conditions.add(cb.equal(o.get(Organization_.id), where.root().get(TalentArrangement_.hostOrganizationId)));
		if (jurisdictions != null) {
			conditions
				.add(jurisdictions.isEmpty() ? cb.disjunction() : o.get(Organization_.jurisdiction).in(jurisdictions));
		}
		if (sectorIds != null) {
			conditions.add(sectorIds.isEmpty() ? cb.disjunction() : o.get(Organization_.sectorId).in(sectorIds));
		}
		host.where(conditions.toArray(Predicate[]::new));
		return cb.exists(host);
	}

	private static Predicate person(Conditions<TalentArrangement> where, List<Jurisdiction> jurisdictions) {
		CriteriaBuilder cb = where.builder();
		Subquery<Long> person = where.subquery(Long.class);
		Root<Person> p = person.from(Person.class);
		person.select(p.get(Person_.id));
		List<Predicate> conditions = new ArrayList<>();
		conditions.add(cb.equal(p.get(Person_.id), where.root().get(TalentArrangement_.personId)));
		conditions.add(jurisdictions.isEmpty() ? cb.disjunction() : p.get(Person_.homeJurisdiction).in(jurisdictions));
		person.where(conditions.toArray(Predicate[]::new));
		return cb.exists(person);
	}

}
