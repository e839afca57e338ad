package org.gba.cooperation.events;

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

/** The GraphQL input {@code InvestmentEventFilter}. */
record InvestmentEventFilter(@Nullable List<Jurisdiction> jurisdictions, @Nullable List<String> cities,
		@Nullable List<String> sectors, @Nullable List<InvestmentEventStatus> statuses,
		@Nullable List<InvestmentEventKind> kinds, @Nullable DateRange startsOn, @Nullable String organization,
		@Nullable String search) implements FilterInput<InvestmentEvent> {

	@Override
	public Filter<InvestmentEvent> toFilter() {
		SearchText.normal(this.search);
		List<Long> cityIds = GlobalId.decodeAll(this.cities, "City");
		List<Long> sectorIds = GlobalId.decodeAll(this.sectors, "Sector");
		Long organizationId = (this.organization != null) ? GlobalId.decode(this.organization, "Organization") : null;
		List<Jurisdiction> jurisdictions = this.jurisdictions;
		return (where) -> {
			where.in(InvestmentEvent_.cityId, cityIds)
				.in(InvestmentEvent_.status, this.statuses)
				.in(InvestmentEvent_.kind, this.kinds)
				.within(InvestmentEvent_.startsOn, this.startsOn);
			if (jurisdictions != null) {
				where.add(InvestmentEventConditions.heldIn(where, jurisdictions));
			}
			if (sectorIds != null) {
				where.add(InvestmentEventConditions.targeting(where, sectorIds));
			}
			if (organizationId != null) {
				where.add(INVOLVING.of(where, where.builder().literal(organizationId)));
			}
		};
	}

	@Override
	public SearchFilter toSearchFilter() {
		List<Long> cityIds = GlobalId.decodeAll(this.cities, "City");
		List<Long> sectorIds = GlobalId.decodeAll(this.sectors, "Sector");
		Long organizationId = (this.organization != null) ? GlobalId.decode(this.organization, "Organization") : null;
		return (where) -> where.in("cityId", cityIds)
			.in(SearchFields.STATUS, this.statuses)
			.in("kind", this.kinds)
			.within("startsOn", this.startsOn)
			.in("jurisdiction", this.jurisdictions)
			.in("sectors", sectorIds)
			.equal(SearchFields.ORGANIZATIONS, organizationId);
	}

	/**
	 * Events the organisation organises or registered for:
	 * {@code Organization.investmentEvents}.
	 */
	static final ParentLink<InvestmentEvent> INVOLVING = ((ParentLink<InvestmentEvent>) (where, organizationId) -> where
		.builder()
		.or(Involvement.of(where, EventOrganizer_.eventId, EventOrganizer_.organizationId, organizationId),
				Involvement.of(where, EventRegistration_.eventId, EventRegistration_.organizationId, organizationId)))
		.indexedAs(SearchFields.ORGANIZATIONS);

}
