package org.gba.cooperation.events;

import java.math.BigDecimal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.gba.cooperation.shared.CurrencyCode;
import org.gba.cooperation.shared.Money;

/**
 * The GraphQL input {@code MoneyInput}: a positive amount with at most two decimals (and at most 17
 * digits before the point, so that it fits DECIMAL(19,2)), in a supported currency.
 */
record MoneyInput(@NotNull @Positive @Digits(integer = 17, fraction = 2) BigDecimal amount,
		@NotNull CurrencyCode currency) {

	Money toMoney() {
		return new Money(this.amount.setScale(2), this.currency);
	}

}
