package org.gba.cooperation.people;

import java.util.List;

import org.gba.cooperation.shared.GlobalId;
import org.gba.cooperation.shared.Jurisdiction;
import org.gba.cooperation.shared.paging.Filter;
import org.gba.cooperation.shared.paging.FilterInput;
import org.gba.cooperation.shared.search.SearchFilter;
import org.gba.cooperation.shared.search.SearchText;
import org.jspecify.annotations.Nullable;

/** The GraphQL input {@code PersonFilter}. */
record PersonFilter(@Nullable List<Jurisdiction> homeJurisdictions, @Nullable String affiliation,
		@Nullable List<String> sectors, @Nullable String search) implements FilterInput<Person> {

	@Override
	public Filter<Person> toFilter() {
		SearchText.normal(this.search);
		Long affiliationId = (this.affiliation != null) ? GlobalId.decode(this.affiliation, "Organization") : null;
		List<Long> sectorIds = GlobalId.decodeAll(this.sectors, "Sector");
		return (where) -> where.in(Person_.homeJurisdiction, this.homeJurisdictions)
			.equal(Person_.affiliationId, affiliationId)
			.in(Person_.expertiseSectorId, sectorIds);
	}

	@Override
	public SearchFilter toSearchFilter() {
		Long affiliationId = (this.affiliation != null) ? GlobalId.decode(this.affiliation, "Organization") : null;
		List<Long> sectorIds = GlobalId.decodeAll(this.sectors, "Sector");
		return (where) -> where.in("homeJurisdiction", this.homeJurisdictions)
			.equal("affiliationId", affiliationId)
			.in("expertiseSectorId", sectorIds);
	}

}
