package org.gba.cooperation.money;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.gba.cooperation.shared.CurrencyCode;
import org.gba.cooperation.shared.CurrencyConversions.Conversion;

/**
 * The GraphQL type {@code MoneyConversion}: a conversion as flat values, so that no
 * {@code @inContext} currency converts its amounts again.
 */
public record MoneyConversion(BigDecimal amount, CurrencyCode currency, BigDecimal originalAmount,
		CurrencyCode originalCurrency, BigDecimal rate, LocalDate rateDate, LocalDate on) {

	static MoneyConversion of(Conversion conversion, LocalDate on) {
		return new MoneyConversion(conversion.converted().amount(), conversion.converted().currency(),
				conversion.original().amount(), conversion.original().currency(), conversion.rate(),
				conversion.rateDate(), on);
	}

}
