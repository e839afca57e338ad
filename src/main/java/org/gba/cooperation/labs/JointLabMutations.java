package org.gba.cooperation.labs;

import org.gba.cooperation.labs.JointLabInputs.AddJointLabMemberInput;
import org.gba.cooperation.labs.JointLabInputs.ArchiveJointLabInput;
import org.gba.cooperation.labs.JointLabInputs.ChangeJointLabStatusInput;
import org.gba.cooperation.labs.JointLabInputs.CreateJointLabInput;
import org.gba.cooperation.labs.JointLabInputs.RemoveJointLabMemberInput;
import org.gba.cooperation.labs.JointLabInputs.UpdateJointLabInput;
import org.gba.cooperation.writes.Payload;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/**
 * The joint lab mutations (validation of the inputs happens in {@code Mutations}, into
 * user errors).
 */
@Controller
class JointLabMutations {

	private final JointLabWrites writes;

	JointLabMutations(JointLabWrites writes) {
		this.writes = writes;
	}

	@MutationMapping
	Payload<JointLab> createJointLab(@Argument CreateJointLabInput input) {
		return this.writes.create(input);
	}

	@MutationMapping
	Payload<JointLab> updateJointLab(@Argument UpdateJointLabInput input) {
		return this.writes.update(input);
	}

	@MutationMapping
	Payload<JointLab> archiveJointLab(@Argument ArchiveJointLabInput input) {
		return this.writes.archive(input);
	}

	@MutationMapping
	Payload<JointLab> addJointLabMember(@Argument AddJointLabMemberInput input) {
		return this.writes.addMember(input);
	}

	@MutationMapping
	Payload<JointLab> removeJointLabMember(@Argument RemoveJointLabMemberInput input) {
		return this.writes.removeMember(input);
	}

	@MutationMapping
	Payload<JointLab> changeJointLabStatus(@Argument ChangeJointLabStatusInput input) {
		return this.writes.changeStatus(input);
	}

}
