package org.gba.cooperation.shared;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Converts amounts between currencies at the exchange rates kept in the database, each effective from
 * its date. Results are rounded to two decimals, half to even (banker's rounding).
 */
public interface CurrencyConversions {

	/**
	 * Converts an amount at the rate effective on the given date (the latest rate whose effective date is
	 * on or before it). Converting to the amount's own currency returns it unchanged at rate 1.
	 * @throws InvalidInputException when no rate is known for that pair on that date
	 */
	Conversion convert(Money money, CurrencyCode target, LocalDate on);

	/**
	 * One conversion, stating what was used.
	 *
	 * @param original the amount converted
	 * @param converted the result, rounded half to even to two decimals
	 * @param rate the units of the target currency for one unit of the original's currency
	 * @param rateDate the effective date of the rate used
	 */
	record Conversion(Money original, Money converted, BigDecimal rate, LocalDate rateDate) {
	}

}
