package org.gba.cooperation.projects;

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

/** The GraphQL input {@code CrossBorderProjectFilter}. */
record CrossBorderProjectFilter(@Nullable List<Jurisdiction> jurisdictions, @Nullable List<String> cities,
		@Nullable List<String> sectors, @Nullable List<CrossBorderProjectStatus> statuses,
		@Nullable DateRange startDate, @Nullable String organization,
		@Nullable String search) implements FilterInput<CrossBorderProject> {

	@Override
	public Filter<CrossBorderProject> toFilter() {
		SearchText.normal(this.search);
		List<Long> cityIds = GlobalId.decodeAll(this.cities, "City");
		List<Long> sectorIds = GlobalId.decodeAll(this.sectors, "Sector");
		Long organizationId = (this.organization != null) ? GlobalId.decode(this.organization, "Organization") : null;
		List<Jurisdiction> jurisdictions = this.jurisdictions;
		return (where) -> {
			where.in(CrossBorderProject_.cityId, cityIds)
				.in(CrossBorderProject_.sectorId, sectorIds)
				.in(CrossBorderProject_.status, this.statuses)
				.within(CrossBorderProject_.startDate, this.startDate);
			if (organizationId != null) {
				where.add(Involvement.of(where, ProjectParticipant_.projectId, ProjectParticipant_.organizationId,
						organizationId));
			}
			if (jurisdictions != null) {
				where.add(Involvement.fromJurisdictions(where, ProjectParticipant_.projectId,
						ProjectParticipant_.organizationId, jurisdictions));
			}
		};
	}

	@Override
	public SearchFilter toSearchFilter() {
		List<Long> cityIds = GlobalId.decodeAll(this.cities, "City");
		List<Long> sectorIds = GlobalId.decodeAll(this.sectors, "Sector");
		Long organizationId = (this.organization != null) ? GlobalId.decode(this.organization, "Organization") : null;
		return (where) -> where.in("cityId", cityIds)
			.in("sectorId", sectorIds)
			.in(SearchFields.STATUS, this.statuses)
			.within("startDate", this.startDate)
			.equal(SearchFields.ORGANIZATIONS, organizationId)
			.in("jurisdictions", this.jurisdictions);
	}

	/**
	 * Projects in which the organisation participates:
	 * {@code Organization.crossBorderProjects}.
	 */
	static final ParentLink<CrossBorderProject> PARTICIPANT = ((ParentLink<CrossBorderProject>) (where,
			organizationId) -> Involvement.of(where, ProjectParticipant_.projectId, ProjectParticipant_.organizationId,
					organizationId))
		.indexedAs(SearchFields.ORGANIZATIONS);

}
