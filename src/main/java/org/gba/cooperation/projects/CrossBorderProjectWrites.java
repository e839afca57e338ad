package org.gba.cooperation.projects;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gba.cooperation.organizations.Organizations;
import org.gba.cooperation.projects.CrossBorderProjectInputs.AddMilestoneInput;
import org.gba.cooperation.projects.CrossBorderProjectInputs.AddProjectParticipantInput;
import org.gba.cooperation.projects.CrossBorderProjectInputs.ArchiveCrossBorderProjectInput;
import org.gba.cooperation.projects.CrossBorderProjectInputs.ChangeProjectStatusInput;
import org.gba.cooperation.projects.CrossBorderProjectInputs.CompleteMilestoneInput;
import org.gba.cooperation.projects.CrossBorderProjectInputs.CreateCrossBorderProjectInput;
import org.gba.cooperation.projects.CrossBorderProjectInputs.RecordInvestmentInput;
import org.gba.cooperation.projects.CrossBorderProjectInputs.UpdateCrossBorderProjectInput;
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
 * The cross-border project mutations and their domain rules: a project has one lead and
 * each organisation takes part once; it is approved (and goes on) only with participants
 * from at least two jurisdictions; statuses move along
 * {@link CrossBorderProjectStatus#next()}; a milestone is completed once. Participants,
 * investments and milestones change through their project, whose version moves on with
 * each of them.
 */
@Service
class CrossBorderProjectWrites {

	private final Mutations mutations;

	private final ProjectParticipantRepository participants;

	private final CrossBorderProjects projects;

	private final InvestmentRepository investments;

	private final MilestoneRepository milestones;

	private final ReferenceData referenceData;

	private final Organizations organizations;

	private final Clock clock;

	/** Tells subscribers of status changes, once the transaction commits. */
	private final ApplicationEventPublisher changes;

	CrossBorderProjectWrites(Mutations mutations, ProjectParticipantRepository participants,
			CrossBorderProjects projects, InvestmentRepository investments, MilestoneRepository milestones,
			ReferenceData referenceData, Organizations organizations, Clock clock, ApplicationEventPublisher changes) {
		this.changes = changes;
		this.mutations = mutations;
		this.participants = participants;
		this.projects = projects;
		this.investments = investments;
		this.milestones = milestones;
		this.referenceData = referenceData;
		this.organizations = organizations;
		this.clock = clock;
	}

	Payload<CrossBorderProject> create(CreateCrossBorderProjectInput input) {
		return this.mutations.create(input, CrossBorderProject.class,
				() -> new CrossBorderProject(input.names().toText(), TextInput.toText(input.descriptions()),
						this.referenceData.requireSector(input.sectorId(), "sectorId").getId(),
						this.referenceData.requireCity(input.cityId(), "cityId").getId(), input.startDate()),
				(project) -> {
					Long lead = this.organizations.actingFor(this.mutations.writer(), input.leadOrganizationId(),
							"leadOrganizationId");
					if (lead != null) {
						this.participants
							.save(new ProjectParticipant(project.getId(), lead, ParticipantRole.LEAD, today()));
					}
				}, this::state);
	}

	Payload<CrossBorderProject> update(UpdateCrossBorderProjectInput input) {
		return this.mutations.change(input, CrossBorderProject.class, input.id(), input.version(), this::state,
				(project) -> {
					if (input.names() != null) {
						project.rename(input.names().toText());
					}
					if (input.descriptions() != null) {
						project.describe(input.descriptions().toText());
					}
					if (input.sectorId() != null) {
						project.assignSector(this.referenceData.requireSector(input.sectorId(), "sectorId").getId());
					}
					if (input.cityId() != null) {
						project.moveTo(this.referenceData.requireCity(input.cityId(), "cityId").getId());
					}
					LocalDate start = (input.startDate() != null) ? input.startDate() : project.getStartDate();
					LocalDate end = (input.endDate() != null) ? input.endDate() : project.getEndDate();
					if (end != null && end.isBefore(start)) {
						throw new UserErrorException(UserErrorCode.DATES_OUT_OF_ORDER,
								LocalizedMessage.of("dates.endBeforeStart", end, start), "input",
								(input.endDate() != null) ? "endDate" : "startDate");
					}
					project.schedule(start, end);
				});
	}

	Payload<CrossBorderProject> archive(ArchiveCrossBorderProjectInput input) {
		return this.mutations.change(input, CrossBorderProject.class, input.id(), input.version(), this::state,
				(project) -> project.archive(this.clock.instant()));
	}

	Payload<CrossBorderProject> addParticipant(AddProjectParticipantInput input) {
		return this.mutations.change(input, CrossBorderProject.class, input.id(), input.version(), this::state,
				(project) -> {
					long organizationId = this.organizations.require(input.organizationId(), "organizationId").getId();
					List<ProjectParticipant> current = this.participants.findByProjectIdOrderById(project.getId());
					if (current.stream().anyMatch((participant) -> participant.getOrganizationId() == organizationId)) {
						throw new UserErrorException(UserErrorCode.ALREADY_EXISTS,
								LocalizedMessage.of("project.alreadyParticipant"), "input", "organizationId");
					}
					if (input.role() == ParticipantRole.LEAD && current.stream()
						.anyMatch((participant) -> participant.getRole() == ParticipantRole.LEAD)) {
						throw new UserErrorException(UserErrorCode.ALREADY_EXISTS,
								LocalizedMessage.of("project.alreadyHasLead"), "input", "role");
					}
					LocalDate joinedOn = (input.joinedOn() != null) ? input.joinedOn() : today();
					this.participants
						.save(new ProjectParticipant(project.getId(), organizationId, input.role(), joinedOn));
				});
	}

	Payload<CrossBorderProject> recordInvestment(RecordInvestmentInput input) {
		return this.mutations.change(input, CrossBorderProject.class, input.id(), input.version(), this::state,
				(project) -> {
					Long investorId = (input.investorId() != null)
							? this.organizations.require(input.investorId(), "investorId").getId() : null;
					LocalDate committedOn = (input.committedOn() != null) ? input.committedOn() : today();
					this.investments.save(new Investment(project.getId(), investorId, input.kind(),
							input.amount().toMoney(), committedOn));
				});
	}

	Payload<CrossBorderProject> addMilestone(AddMilestoneInput input) {
		return this.mutations.change(input, CrossBorderProject.class, input.id(), input.version(), this::state,
				(project) -> this.milestones
					.save(new Milestone(project.getId(), input.titles().toText(), input.dueOn())));
	}

	/**
	 * Completes an open milestone. Completing it again is refused as INVALID_TRANSITION
	 * (open → completed happens once; nothing new would be created, so ALREADY_EXISTS
	 * would mislead).
	 */
	Payload<CrossBorderProject> completeMilestone(CompleteMilestoneInput input) {
		return this.mutations.change(input, CrossBorderProject.class, input.id(), input.version(), this::state,
				(project) -> {
					long milestoneId = GlobalId.decode(input.milestoneId(), "Milestone");
					Milestone milestone = this.milestones.findByIdAndProjectId(milestoneId, project.getId())
						.orElseThrow(() -> new UserErrorException(UserErrorCode.NOT_FOUND,
								LocalizedMessage.of("project.noSuchMilestone", input.milestoneId()), "input",
								"milestoneId"));
					if (milestone.isCompleted()) {
						throw new UserErrorException(UserErrorCode.INVALID_TRANSITION,
								LocalizedMessage.of("project.milestoneCompleted", milestone.getCompletedOn()), "input",
								"milestoneId");
					}
					milestone.complete((input.completedOn() != null) ? input.completedOn() : today());
				});
	}

	Payload<CrossBorderProject> changeStatus(ChangeProjectStatusInput input) {
		return this.mutations.change(input, CrossBorderProject.class, input.id(), input.version(), this::state,
				(project) -> {
					if (!project.getStatus().next().contains(input.status())) {
						throw new UserErrorException(
								UserErrorCode.INVALID_TRANSITION, LocalizedMessage.of("project.invalidTransition",
										project.getStatus(), input.status(), project.getStatus().next()),
								"input", "status");
					}
					if (input.status().crossesBorders()) {
						requireTwoJurisdictions(project, input.status());
					}
					if (input.status() == CrossBorderProjectStatus.COMPLETED && project.getEndDate() == null) {
						project.schedule(project.getStartDate(), today());
					}
					project.changeStatus(input.status());
					this.changes.publishEvent(new ProjectStatusChanged(project.getId()));
				});
	}

	/**
	 * A Guangdong-Hong Kong-Macao project works across borders: participants from two
	 * jurisdictions at least.
	 */
	private void requireTwoJurisdictions(CrossBorderProject project, CrossBorderProjectStatus status) {
		List<Jurisdiction> jurisdictions = this.projects.participantJurisdictions(project.getId());
		if (jurisdictions.size() < 2) {
			throw new UserErrorException(UserErrorCode.NEEDS_TWO_JURISDICTIONS,
					LocalizedMessage.of("project.needsTwoJurisdictions", status, jurisdictions), "input", "status");
		}
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/**
	 * What the audit trail records of a project, its participants, investments and
	 * milestones included.
	 */
	private Map<String, Object> state(CrossBorderProject project) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("names", project.getNames());
		state.put("descriptions", project.getDescriptions());
		state.put("sector", GlobalId.encode("Sector", project.getSectorId()));
		state.put("city", GlobalId.encode("City", project.getCityId()));
		state.put("status", project.getStatus());
		state.put("startDate", project.getStartDate());
		state.put("endDate", project.getEndDate());
		state.put("archivedAt", project.getArchivedAt());
		state.put("participants",
				this.participants.findByProjectIdOrderById(project.getId())
					.stream()
					.map((participant) -> GlobalId.encode("Organization", participant.getOrganizationId()) + " "
							+ participant.getRole())
					.toList());
		state.put("investments",
				this.investments.findByProjectIdOrderById(project.getId())
					.stream()
					.map(CrossBorderProjectWrites::describe)
					.toList());
		state.put("milestones",
				this.milestones.findByProjectIdOrderById(project.getId())
					.stream()
					.map(CrossBorderProjectWrites::describe)
					.toList());
		return state;
	}

	private static String describe(Investment investment) {
		return GlobalId.encode("Investment", investment.getId()) + " " + investment.getKind() + " "
				+ investment.getAmount().amount().toPlainString() + " " + investment.getAmount().currency() + " on "
				+ investment.getCommittedOn() + ((investment.getInvestorId() != null)
						? " by " + GlobalId.encode("Organization", investment.getInvestorId()) : "");
	}

	private static String describe(Milestone milestone) {
		return GlobalId.encode("Milestone", milestone.getId()) + " due " + milestone.getDueOn()
				+ ((milestone.getCompletedOn() != null) ? " completed " + milestone.getCompletedOn() : "");
	}

}
