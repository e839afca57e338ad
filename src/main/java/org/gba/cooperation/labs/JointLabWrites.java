package org.gba.cooperation.labs;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gba.cooperation.labs.JointLabInputs.AddJointLabMemberInput;
import org.gba.cooperation.labs.JointLabInputs.ArchiveJointLabInput;
import org.gba.cooperation.labs.JointLabInputs.ChangeJointLabStatusInput;
import org.gba.cooperation.labs.JointLabInputs.CreateJointLabInput;
import org.gba.cooperation.labs.JointLabInputs.RemoveJointLabMemberInput;
import org.gba.cooperation.labs.JointLabInputs.UpdateJointLabInput;
import org.gba.cooperation.organizations.Organization;
import org.gba.cooperation.organizations.Organizations;
import org.gba.cooperation.reference.ReferenceData;
import org.gba.cooperation.shared.GlobalId;
import org.gba.cooperation.shared.Jurisdiction;
import org.gba.cooperation.shared.LocalizedMessage;
import org.gba.cooperation.writes.Mutations;
import org.gba.cooperation.writes.Payload;
import org.gba.cooperation.writes.TextInput;
import org.gba.cooperation.writes.UserErrorCode;
import org.gba.cooperation.writes.UserErrorException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The joint lab mutations and their domain rules: a lab has one lead, and becomes
 * OPERATING only with members from at least two jurisdictions; statuses move along
 * {@link JointLabStatus#next()}.
 */
@Service
class JointLabWrites {

	private final Mutations mutations;

	private final JointLabs jointLabs;

	private final JointLabMemberRepository members;

	private final ReferenceData referenceData;

	private final Organizations organizations;

	private final Clock clock;

	/** Tells subscribers of status changes, once the transaction commits. */
	private final ApplicationEventPublisher changes;

	JointLabWrites(Mutations mutations, JointLabs jointLabs, JointLabMemberRepository members,
			ReferenceData referenceData, Organizations organizations, Clock clock, ApplicationEventPublisher changes) {
		this.changes = changes;
		this.mutations = mutations;
		this.jointLabs = jointLabs;
		this.members = members;
		this.referenceData = referenceData;
		this.organizations = organizations;
		this.clock = clock;
	}

	Payload<JointLab> create(CreateJointLabInput input) {
		return this.mutations.create(input, JointLab.class,
				() -> new JointLab(input.names().toText(), TextInput.toText(input.descriptions()),
						this.referenceData.requireSector(input.sectorId(), "sectorId").getId(),
						this.referenceData.requireCity(input.hostCityId(), "hostCityId").getId(), input.startDate()),
				(lab) -> {
					Long lead = this.organizations.actingFor(this.mutations.writer(), input.leadOrganizationId(),
							"leadOrganizationId");
					if (lead != null) {
						this.members.save(new JointLabMember(lab.getId(), lead, JointLabMemberRole.LEAD, today()));
					}
				}, this::state);
	}

	Payload<JointLab> update(UpdateJointLabInput input) {
		return this.mutations.change(input, JointLab.class, input.id(), input.version(), this::state, (lab) -> {
			if (input.names() != null) {
				lab.rename(input.names().toText());
			}
			if (input.descriptions() != null) {
				lab.describe(input.descriptions().toText());
			}
			if (input.sectorId() != null) {
				lab.assignSector(this.referenceData.requireSector(input.sectorId(), "sectorId").getId());
			}
			if (input.hostCityId() != null) {
				lab.moveTo(this.referenceData.requireCity(input.hostCityId(), "hostCityId").getId());
			}
			LocalDate start = (input.startDate() != null) ? input.startDate() : lab.getStartDate();
			LocalDate end = (input.endDate() != null) ? input.endDate() : lab.getEndDate();
			if (end != null && end.isBefore(start)) {
				throw new UserErrorException(UserErrorCode.DATES_OUT_OF_ORDER,
						LocalizedMessage.of("dates.endBeforeStart", end, start), "input", "endDate");
			}
			lab.schedule(start, end);
		});
	}

	Payload<JointLab> archive(ArchiveJointLabInput input) {
		return this.mutations.change(input, JointLab.class, input.id(), input.version(), this::state,
				(lab) -> lab.archive(this.clock.instant()));
	}

	Payload<JointLab> addMember(AddJointLabMemberInput input) {
		return this.mutations.change(input, JointLab.class, input.id(), input.version(), this::state, (lab) -> {
			long organizationId = this.organizations.require(input.organizationId(), "organizationId").getId();
			List<JointLabMember> current = this.members.findByJointLabIdOrderById(lab.getId());
			if (current.stream().anyMatch((member) -> member.getOrganizationId() == organizationId)) {
				throw new UserErrorException(UserErrorCode.ALREADY_EXISTS, LocalizedMessage.of("lab.alreadyMember"),
						"input", "organizationId");
			}
			if (input.role() == JointLabMemberRole.LEAD
					&& current.stream().anyMatch((member) -> member.getRole() == JointLabMemberRole.LEAD)) {
				throw new UserErrorException(UserErrorCode.ALREADY_EXISTS, LocalizedMessage.of("lab.alreadyHasLead"),
						"input", "role");
			}
			LocalDate joinedOn = (input.joinedOn() != null) ? input.joinedOn() : today();
			this.members.save(new JointLabMember(lab.getId(), organizationId, input.role(), joinedOn));
		});
	}

	Payload<JointLab> removeMember(RemoveJointLabMemberInput input) {
		return this.mutations.change(input, JointLab.class, input.id(), input.version(), this::state, (lab) -> {
			long organizationId = GlobalId.decode(input.organizationId(), "Organization");
			JointLabMember member = this.members.findByJointLabIdOrderById(lab.getId())
				.stream()
				.filter((candidate) -> candidate.getOrganizationId() == organizationId)
				.findFirst()
				.orElseThrow(() -> new UserErrorException(UserErrorCode.NOT_FOUND, LocalizedMessage.of("lab.notMember"),
						"input", "organizationId"));
			if (member.getRole() == JointLabMemberRole.LEAD) {
				throw new UserErrorException(UserErrorCode.NEEDS_A_LEAD, LocalizedMessage.of("lab.leadCannotLeave"),
						"input", "organizationId");
			}
			this.members.delete(member);
			this.members.flush();
			if (lab.getStatus() == JointLabStatus.OPERATING) {
				requireTwoJurisdictions(lab, "organizationId");
			}
		});
	}

	Payload<JointLab> changeStatus(ChangeJointLabStatusInput input) {
		return this.mutations.change(input, JointLab.class, input.id(), input.version(), this::state, (lab) -> {
			if (!lab.getStatus().next().contains(input.status())) {
				throw new UserErrorException(UserErrorCode.INVALID_TRANSITION, LocalizedMessage
					.of("lab.invalidTransition", lab.getStatus(), input.status(), lab.getStatus().next()), "input",
						"status");
			}
			if (input.status() == JointLabStatus.OPERATING) {
				requireTwoJurisdictions(lab, "status");
			}
			if (input.status() == JointLabStatus.CLOSED && lab.getEndDate() == null) {
				lab.schedule(lab.getStartDate(), today());
			}
			lab.changeStatus(input.status());
			this.changes.publishEvent(new JointLabStatusChanged(lab.getId()));
		});
	}

	/**
	 * A Guangdong-Hong Kong-Macao lab works across borders: members from two
	 * jurisdictions at least.
	 */
	private void requireTwoJurisdictions(JointLab lab, String field) {
		List<Jurisdiction> jurisdictions = this.jointLabs.memberJurisdictionsByLab(List.of(lab.getId()))
			.getOrDefault(lab.getId(), List.of());
		if (jurisdictions.size() < 2) {
			throw new UserErrorException(UserErrorCode.NEEDS_TWO_JURISDICTIONS,
					LocalizedMessage.of("lab.needsTwoJurisdictions", jurisdictions), "input", field);
		}
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** What the audit trail records of a lab. */
	private Map<String, Object> state(JointLab lab) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("names", lab.getNames());
		state.put("descriptions", lab.getDescriptions());
		state.put("sector", GlobalId.encode("Sector", lab.getSectorId()));
		state.put("hostCity", GlobalId.encode("City", lab.getHostCityId()));
		state.put("status", lab.getStatus());
		state.put("startDate", lab.getStartDate());
		state.put("endDate", lab.getEndDate());
		state.put("archivedAt", lab.getArchivedAt());
		state.put("members", this.members.findByJointLabIdOrderById(lab.getId())
			.stream()
			.map((member) -> GlobalId.encode("Organization", member.getOrganizationId()) + " " + member.getRole())
			.toList());
		return state;
	}

}
