package org.gba.cooperation.money;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.gba.cooperation.money.ExchangeRateInputs.SetExchangeRateInput;
import org.gba.cooperation.shared.GlobalId;
import org.gba.cooperation.shared.LocalizedMessage;
import org.gba.cooperation.shared.access.AccessRefusedException;
import org.gba.cooperation.shared.access.AccessRules;
import org.gba.cooperation.writes.Mutations;
import org.gba.cooperation.writes.Payload;
import org.gba.cooperation.writes.UserErrorCode;
import org.gba.cooperation.writes.UserErrorException;
import org.springframework.stereotype.Service;

/**
 * Setting exchange rates: coordinators only; a rate of a pair and date already set is
 * corrected (and audited as a change), otherwise a new one is added; no rate may break a
 * currency peg.
 */
@Service
class ExchangeRateWrites {

	private final Mutations mutations;

	private final ExchangeRates rates;

	private final AccessRules accessRules;

	ExchangeRateWrites(Mutations mutations, ExchangeRates rates, AccessRules accessRules) {
		this.mutations = mutations;
		this.rates = rates;
		this.accessRules = accessRules;
	}

	Payload<ExchangeRate> set(SetExchangeRateInput input) {
		if (!this.accessRules.maintainsExchangeRates()) {
			// Anonymous callers get UNAUTHORIZED from the same exception.
			throw new AccessRefusedException(LocalizedMessage.of("money.coordinatorsOnly"));
		}
		Optional<ExchangeRate> existing = this.rates.find(input.base(), input.quote(), input.effectiveDate());
		if (existing.isPresent()) {
			ExchangeRate rate = existing.get();
			return this.mutations.change(input, ExchangeRate.class, GlobalId.encode("ExchangeRate", rate.getId()),
					rate.getVersion(), this::state, (corrected) -> corrected.correct(checked(input)));
		}
		return this.mutations.create(input, ExchangeRate.class,
				() -> new ExchangeRate(input.base(), input.quote(), checked(input), input.effectiveDate()), (rate) -> {
				}, this::state);
	}

	/** The input's rate at the column's scale, once the pair and the pegs allow it. */
	private static BigDecimal checked(SetExchangeRateInput input) {
		if (input.base() == input.quote()) {
			throw new UserErrorException(UserErrorCode.INVALID_VALUE,
					LocalizedMessage.of("money.sameCurrency", input.base()), "input", "quote");
		}
		CurrencyPeg.brokenBy(input.base(), input.quote(), input.rate()).ifPresent((peg) -> {
			throw new UserErrorException(UserErrorCode.OUTSIDE_CURRENCY_PEG,
					LocalizedMessage.of("money.outsidePeg", input.base(), input.rate().toPlainString(), input.quote(),
							peg.low().toPlainString(), peg.high().toPlainString(), peg.pegged(), peg.anchor()),
					"input", "rate");
		});
		return input.rate().setScale(ExchangeRate.SCALE);
	}

	/** What the audit trail records of a rate. */
	private Map<String, Object> state(ExchangeRate rate) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("base", rate.getBase());
		state.put("quote", rate.getQuote());
		state.put("rate", MoneyController.plain(rate.getRate()).toPlainString());
		state.put("effectiveDate", rate.getEffectiveDate());
		return state;
	}

}
