package org.gba.cooperation.money;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.gba.cooperation.shared.CurrencyCode;
import org.gba.cooperation.writes.MutationInput;
import org.jspecify.annotations.Nullable;

/**
 * The GraphQL inputs of the exchange-rate mutations; the rate's digits are those of its
 * column, DECIMAL(19,10).
 */
final class ExchangeRateInputs {

	private ExchangeRateInputs() {
	}

	record SetExchangeRateInput(@NotNull CurrencyCode base, @NotNull CurrencyCode quote,
			@NotNull @Positive @Digits(integer = 9, fraction = ExchangeRate.SCALE) BigDecimal rate,
			@NotNull LocalDate effectiveDate, @Nullable String idempotencyKey) implements MutationInput {
	}

}
