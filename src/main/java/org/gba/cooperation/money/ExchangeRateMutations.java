package org.gba.cooperation.money;

import org.gba.cooperation.money.ExchangeRateInputs.SetExchangeRateInput;
import org.gba.cooperation.writes.Payload;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/**
 * The exchange-rate mutations (validation of the inputs happens in {@code Mutations},
 * into user errors).
 */
@Controller
class ExchangeRateMutations {

	private final ExchangeRateWrites writes;

	ExchangeRateMutations(ExchangeRateWrites writes) {
		this.writes = writes;
	}

	@MutationMapping
	Payload<ExchangeRate> setExchangeRate(@Argument SetExchangeRateInput input) {
		return this.writes.set(input);
	}

}
