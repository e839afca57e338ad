package org.gba.cooperation.events;

import org.gba.cooperation.events.InvestmentEventInputs.ArchiveInvestmentEventInput;
import org.gba.cooperation.events.InvestmentEventInputs.CancelInvestmentEventInput;
import org.gba.cooperation.events.InvestmentEventInputs.CompleteInvestmentEventInput;
import org.gba.cooperation.events.InvestmentEventInputs.CreateInvestmentEventInput;
import org.gba.cooperation.events.InvestmentEventInputs.PublishInvestmentEventInput;
import org.gba.cooperation.events.InvestmentEventInputs.RecordDealInput;
import org.gba.cooperation.events.InvestmentEventInputs.RegisterForInvestmentEventInput;
import org.gba.cooperation.events.InvestmentEventInputs.UpdateInvestmentEventInput;
import org.gba.cooperation.events.InvestmentEventInputs.WithdrawRegistrationInput;
import org.gba.cooperation.writes.Payload;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/**
 * The investment event mutations (validation of the inputs happens in {@code Mutations},
 * into user errors).
 */
@Controller
class InvestmentEventMutations {

	private final InvestmentEventWrites writes;

	InvestmentEventMutations(InvestmentEventWrites writes) {
		this.writes = writes;
	}

	@MutationMapping
	Payload<InvestmentEvent> createInvestmentEvent(@Argument CreateInvestmentEventInput input) {
		return this.writes.create(input);
	}

	@MutationMapping
	Payload<InvestmentEvent> updateInvestmentEvent(@Argument UpdateInvestmentEventInput input) {
		return this.writes.update(input);
	}

	@MutationMapping
	Payload<InvestmentEvent> archiveInvestmentEvent(@Argument ArchiveInvestmentEventInput input) {
		return this.writes.archive(input);
	}

	@MutationMapping
	Payload<InvestmentEvent> publishInvestmentEvent(@Argument PublishInvestmentEventInput input) {
		return this.writes.publish(input);
	}

	@MutationMapping
	Payload<InvestmentEvent> cancelInvestmentEvent(@Argument CancelInvestmentEventInput input) {
		return this.writes.cancel(input);
	}

	@MutationMapping
	Payload<InvestmentEvent> completeInvestmentEvent(@Argument CompleteInvestmentEventInput input) {
		return this.writes.complete(input);
	}

	@MutationMapping
	Payload<InvestmentEvent> registerForInvestmentEvent(@Argument RegisterForInvestmentEventInput input) {
		return this.writes.register(input);
	}

	@MutationMapping
	Payload<InvestmentEvent> withdrawRegistration(@Argument WithdrawRegistrationInput input) {
		return this.writes.withdraw(input);
	}

	@MutationMapping
	Payload<InvestmentEvent> recordDeal(@Argument RecordDealInput input) {
		return this.writes.recordDeal(input);
	}

}
