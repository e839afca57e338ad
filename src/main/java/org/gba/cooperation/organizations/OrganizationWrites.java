package org.gba.cooperation.organizations;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.gba.cooperation.organizations.OrganizationInputs.ArchiveOrganizationInput;
import org.gba.cooperation.organizations.OrganizationInputs.CreateOrganizationInput;
import org.gba.cooperation.organizations.OrganizationInputs.UpdateOrganizationInput;
import org.gba.cooperation.reference.City;
import org.gba.cooperation.reference.ReferenceData;
import org.gba.cooperation.shared.GlobalId;
import org.gba.cooperation.shared.LocalizedMessage;
import org.gba.cooperation.shared.access.AccessRefusedException;
import org.gba.cooperation.shared.access.Role;
import org.gba.cooperation.writes.Mutations;
import org.gba.cooperation.writes.NameInput;
import org.gba.cooperation.writes.Payload;
import org.gba.cooperation.writes.UserErrorCode;
import org.gba.cooperation.writes.UserErrorException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The organisation mutations and their domain rules: only coordinators register and
 * archive organisations (a partner updates its own); an organisation's jurisdiction is
 * always its city's; a chain leader has a sector.
 */
@Service
class OrganizationWrites {

	private final Mutations mutations;

	private final ReferenceData referenceData;

	private final Clock clock;

	OrganizationWrites(Mutations mutations, ReferenceData referenceData, Clock clock) {
		this.mutations = mutations;
		this.referenceData = referenceData;
		this.clock = clock;
	}

	Payload<Organization> create(CreateOrganizationInput input) {
		requireCoordinator(LocalizedMessage.of("organization.coordinatorsRegister"));
		return this.mutations.create(input, Organization.class, () -> {
			City city = this.referenceData.requireCity(input.cityId(), "cityId");
			Long sectorId = (input.sectorId() != null)
					? this.referenceData.requireSector(input.sectorId(), "sectorId").getId() : null;
			requireSectorOfChainLeader(input.chainLeader(), sectorId);
			return new Organization(input.names().toText(), input.kind(), city.getId(), city.getJurisdiction(),
					sectorId, input.chainLeader(), NameInput.blankToNull(input.abbreviation()),
					NameInput.blankToNull(input.website()));
		}, (organization) -> {
		}, this::state);
	}

	Payload<Organization> update(UpdateOrganizationInput input) {
		return this.mutations.change(input, Organization.class, input.id(), input.version(), this::state,
				(organization) -> {
					if (input.names() != null) {
						organization.rename(input.names().toText());
					}
					if (input.kind() != null) {
						organization.changeKind(input.kind());
					}
					if (input.cityId() != null) {
						City city = this.referenceData.requireCity(input.cityId(), "cityId");
						organization.moveTo(city.getId(), city.getJurisdiction());
					}
					if (input.sectorId() != null) {
						organization.assignSector(input.sectorId().isEmpty() ? null
								: this.referenceData.requireSector(input.sectorId(), "sectorId").getId());
					}
					if (input.chainLeader() != null) {
						organization.designateChainLeader(input.chainLeader());
					}
					if (input.abbreviation() != null) {
						organization.abbreviate(NameInput.blankToNull(input.abbreviation()));
					}
					if (input.website() != null) {
						organization.changeWebsite(NameInput.blankToNull(input.website()));
					}
					requireSectorOfChainLeader(organization.isChainLeader(), organization.getSectorId());
				});
	}

	Payload<Organization> archive(ArchiveOrganizationInput input) {
		requireCoordinator(LocalizedMessage.of("organization.coordinatorsArchive"));
		return this.mutations.change(input, Organization.class, input.id(), input.version(), this::state,
				(organization) -> organization.archive(this.clock.instant()));
	}

	/**
	 * Registering and archiving organisations is the coordinators' task: which
	 * organisations exist decides who may act for whom. (Anonymous callers get
	 * UNAUTHORIZED from the same exception.)
	 */
	private void requireCoordinator(LocalizedMessage why) {
		if (!this.mutations.writer().has(Role.COORDINATOR)) {
			throw new AccessRefusedException(why);
		}
	}

	/**
	 * A chain-leader enterprise (鏈主企業) leads the chain of one industry: the schema
	 * promises its sector.
	 */
	private static void requireSectorOfChainLeader(boolean chainLeader, @Nullable Long sectorId) {
		if (chainLeader && sectorId == null) {
			throw new UserErrorException(UserErrorCode.REQUIRED,
					LocalizedMessage.of("organization.chainLeaderNeedsSector"), "input", "sectorId");
		}
	}

	/** What the audit trail records of an organisation. */
	private Map<String, Object> state(Organization organization) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("names", organization.getNames());
		state.put("kind", organization.getKind());
		state.put("city", GlobalId.encode("City", organization.getCityId()));
		state.put("jurisdiction", organization.getJurisdiction());
		state.put("sector",
				(organization.getSectorId() != null) ? GlobalId.encode("Sector", organization.getSectorId()) : null);
		state.put("chainLeader", organization.isChainLeader());
		state.put("abbreviation", organization.getAbbreviation());
		state.put("website", organization.getWebsite());
		state.put("archivedAt", organization.getArchivedAt());
		return state;
	}

}
