package org.gba.cooperation.talent;

import org.gba.cooperation.talent.TalentArrangementInputs.ArchiveTalentArrangementInput;
import org.gba.cooperation.talent.TalentArrangementInputs.CreateTalentArrangementInput;
import org.gba.cooperation.talent.TalentArrangementInputs.EndTalentArrangementInput;
import org.gba.cooperation.talent.TalentArrangementInputs.ExtendTalentArrangementInput;
import org.gba.cooperation.talent.TalentArrangementInputs.StartTalentArrangementInput;
import org.gba.cooperation.talent.TalentArrangementInputs.UpdateTalentArrangementInput;
import org.gba.cooperation.writes.Payload;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/**
 * The talent arrangement mutations (validation of the inputs happens in
 * {@code Mutations}, into user errors).
 */
@Controller
class TalentArrangementMutations {

	private final TalentArrangementWrites writes;

	TalentArrangementMutations(TalentArrangementWrites writes) {
		this.writes = writes;
	}

	@MutationMapping
	Payload<TalentArrangement> createTalentArrangement(@Argument CreateTalentArrangementInput input) {
		return this.writes.create(input);
	}

	@MutationMapping
	Payload<TalentArrangement> updateTalentArrangement(@Argument UpdateTalentArrangementInput input) {
		return this.writes.update(input);
	}

	@MutationMapping
	Payload<TalentArrangement> archiveTalentArrangement(@Argument ArchiveTalentArrangementInput input) {
		return this.writes.archive(input);
	}

	@MutationMapping
	Payload<TalentArrangement> startTalentArrangement(@Argument StartTalentArrangementInput input) {
		return this.writes.start(input);
	}

	@MutationMapping
	Payload<TalentArrangement> extendTalentArrangement(@Argument ExtendTalentArrangementInput input) {
		return this.writes.extend(input);
	}

	@MutationMapping
	Payload<TalentArrangement> endTalentArrangement(@Argument EndTalentArrangementInput input) {
		return this.writes.end(input);
	}

}
