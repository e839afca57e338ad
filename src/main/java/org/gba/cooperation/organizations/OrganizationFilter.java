package org.gba.cooperation.organizations;

import java.util.List;

import org.gba.cooperation.shared.GlobalId;
import org.gba.cooperation.shared.Jurisdiction;
import org.gba.cooperation.shared.paging.Filter;
import org.gba.cooperation.shared.paging.FilterInput;
import org.gba.cooperation.shared.search.SearchFilter;
import org.gba.cooperation.shared.search.SearchText;
import org.jspecify.annotations.Nullable;

/** The GraphQL input {@code OrganizationFilter}. */
record OrganizationFilter(@Nullable List<Jurisdiction> jurisdictions, @Nullable List<String> cities,
		@Nullable List<OrganizationKind> kinds, @Nullable List<String> sectors, @Nullable Boolean chainLeader,
		@Nullable String search) implements FilterInput<Organization> {

	@Override
	public Filter<Organization> toFilter() {
		SearchText.normal(this.search);
		List<Long> cityIds = GlobalId.decodeAll(this.cities, "City");
		List<Long> sectorIds = GlobalId.decodeAll(this.sectors, "Sector");
		return (where) -> where.in(Organization_.jurisdiction, this.jurisdictions)
			.in(Organization_.cityId, cityIds)
			.in(Organization_.kind, this.kinds)
			.in(Organization_.sectorId, sectorIds)
			.equal(Organization_.chainLeader, this.chainLeader);
	}

	@Override
	public SearchFilter toSearchFilter() {
		List<Long> cityIds = GlobalId.decodeAll(this.cities, "City");
		List<Long> sectorIds = GlobalId.decodeAll(this.sectors, "Sector");
		return (where) -> where.in("jurisdiction", this.jurisdictions)
			.in("cityId", cityIds)
			.in("kind", this.kinds)
			.in("sectorId", sectorIds)
			.equal("chainLeader", this.chainLeader);
	}

}
