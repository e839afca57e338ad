package org.gba.cooperation.writes;

import java.math.BigDecimal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.gba.cooperation.shared.CurrencyCode;
import org.gba.cooperation.shared.Money;

/**
 * The GraphQL input {@code MoneyInput}: a positive amount with at most two decimals, in a
 * supported currency.
 */
public record MoneyInput(@NotNull @Positive @Digits(integer = 17, fraction = 2) BigDecimal amount,
		@NotNull CurrencyCode currency) {

	public Money toMoney() {
		return new Money(this.amount.setScale(2), this.currency);
	}

}
