package org.gba.cooperation.labs;

import java.util.List;

import org.gba.cooperation.organizations.Involvement;
import org.gba.cooperation.shared.DateRange;
import org.gba.cooperation.shared.GlobalId;
import org.gba.cooperation.shared.Jurisdiction;
import org.gba.cooperation.shared.paging.Filter;
import org.gba.cooperation.shared.paging.FilterInput;
import org.gba.cooperation.shared.paging.ParentLink;
import org.gba.cooperation.shared.search.SearchFields;
import org.gba.cooperation.shared.search.SearchFilter;
import org.gba.cooperation.shared.search.SearchText;
import org.jspecify.annotations.Nullable;

/** The GraphQL input {@code JointLabFilter}. */
record JointLabFilter(@Nullable List<Jurisdiction> jurisdictions, @Nullable List<String> hostCities,
		@Nullable List<String> sectors, @Nullable List<JointLabStatus> statuses, @Nullable DateRange startDate,
		@Nullable String organization, @Nullable String search) implements FilterInput<JointLab> {

	@Override
	public Filter<JointLab> toFilter() {
		SearchText.normal(this.search);
		List<Long> cityIds = GlobalId.decodeAll(this.hostCities, "City");
		List<Long> sectorIds = GlobalId.decodeAll(this.sectors, "Sector");
		Long organizationId = (this.organization != null) ? GlobalId.decode(this.organization, "Organization") : null;
		List<Jurisdiction> jurisdictions = this.jurisdictions;
		return (where) -> {
			where.in(JointLab_.hostCityId, cityIds)
				.in(JointLab_.sectorId, sectorIds)
				.in(JointLab_.status, this.statuses)
				.within(JointLab_.startDate, this.startDate);
			if (organizationId != null) {
				where.add(Involvement.of(where, JointLabMember_.jointLabId, JointLabMember_.organizationId,
						organizationId));
			}
			if (jurisdictions != null) {
				where.add(Involvement.fromJurisdictions(where, JointLabMember_.jointLabId,
						JointLabMember_.organizationId, jurisdictions));
			}
		};
	}

	@Override
	public SearchFilter toSearchFilter() {
		List<Long> cityIds = GlobalId.decodeAll(this.hostCities, "City");
		List<Long> sectorIds = GlobalId.decodeAll(this.sectors, "Sector");
		Long organizationId = (this.organization != null) ? GlobalId.decode(this.organization, "Organization") : null;
		return (where) -> where.in("hostCityId", cityIds)
			.in("sectorId", sectorIds)
			.in(SearchFields.STATUS, this.statuses)
			.within("startDate", this.startDate)
			.equal(SearchFields.ORGANIZATIONS, organizationId)
			.in("jurisdictions", this.jurisdictions);
	}

	/** Labs in which the organisation is a member: {@code Organization.jointLabs}. */
	static final ParentLink<JointLab> MEMBER_OF = ((ParentLink<JointLab>) (where, organizationId) -> Involvement
		.of(where, JointLabMember_.jointLabId, JointLabMember_.organizationId, organizationId))
		.indexedAs(SearchFields.ORGANIZATIONS);

}
