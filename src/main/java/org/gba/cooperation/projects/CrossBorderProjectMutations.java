package org.gba.cooperation.projects;

import org.gba.cooperation.projects.CrossBorderProjectInputs.AddMilestoneInput;
import org.gba.cooperation.projects.CrossBorderProjectInputs.AddProjectParticipantInput;
import org.gba.cooperation.projects.CrossBorderProjectInputs.ArchiveCrossBorderProjectInput;
import org.gba.cooperation.projects.CrossBorderProjectInputs.ChangeProjectStatusInput;
import org.gba.cooperation.projects.CrossBorderProjectInputs.CompleteMilestoneInput;
import org.gba.cooperation.projects.CrossBorderProjectInputs.CreateCrossBorderProjectInput;
import org.gba.cooperation.projects.CrossBorderProjectInputs.RecordInvestmentInput;
import org.gba.cooperation.projects.CrossBorderProjectInputs.UpdateCrossBorderProjectInput;
import org.gba.cooperation.writes.Payload;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/**
 * The cross-border project mutations (validation of the inputs happens in
 * {@code Mutations}, into user errors).
 */
@Controller
class CrossBorderProjectMutations {

	private final CrossBorderProjectWrites writes;

	CrossBorderProjectMutations(CrossBorderProjectWrites writes) {
		this.writes = writes;
	}

	@MutationMapping
	Payload<CrossBorderProject> createCrossBorderProject(@Argument CreateCrossBorderProjectInput input) {
		return this.writes.create(input);
	}

	@MutationMapping
	Payload<CrossBorderProject> updateCrossBorderProject(@Argument UpdateCrossBorderProjectInput input) {
		return this.writes.update(input);
	}

	@MutationMapping
	Payload<CrossBorderProject> archiveCrossBorderProject(@Argument ArchiveCrossBorderProjectInput input) {
		return this.writes.archive(input);
	}

	@MutationMapping
	Payload<CrossBorderProject> addProjectParticipant(@Argument AddProjectParticipantInput input) {
		return this.writes.addParticipant(input);
	}

	@MutationMapping
	Payload<CrossBorderProject> recordInvestment(@Argument RecordInvestmentInput input) {
		return this.writes.recordInvestment(input);
	}

	@MutationMapping
	Payload<CrossBorderProject> addMilestone(@Argument AddMilestoneInput input) {
		return this.writes.addMilestone(input);
	}

	@MutationMapping
	Payload<CrossBorderProject> completeMilestone(@Argument CompleteMilestoneInput input) {
		return this.writes.completeMilestone(input);
	}

	@MutationMapping
	Payload<CrossBorderProject> changeProjectStatus(@Argument ChangeProjectStatusInput input) {
		return this.writes.changeStatus(input);
	}

}
