package org.gba.cooperation.shared;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * Converts amounts between currencies at the exchange rates kept in the database, each
 * effective from its date. Results are rounded to two decimals, half to even (banker's
 * rounding).
 * <p>
 * A conversion from A to B on a date uses, of the rates of the pair effective on that
 * date (the latest on or before it), the direct one (A to B) or the inverse one (B to A,
 * divided by): whichever took effect later, the direct one when both took effect the same
 * day. When the pair has neither, it goes through the pivot, HKD (A to HKD, then HKD to
 * B, each leg chosen the same way), to which the other currencies of the Bay Area are
 * pegged or quoted. Arithmetic is exact: rates are multiplied and divided as fractions
 * and the result is rounded once, at the end.
 */
public interface CurrencyConversions {

	/**
	 * Converts an amount at the rate effective on the given date (the latest rate whose
	 * effective date is on or before it). Converting to the amount's own currency returns
	 * it unchanged at rate 1.
	 * @throws InvalidInputException when no rate is known for that pair on that date
	 */
	Conversion convert(Money money, CurrencyCode target, LocalDate on);

	/**
	 * Sums amounts in any currencies in one currency: the exact amounts are summed per
	 * currency, each sum is converted at full precision, the results are added and
	 * rounded half to even to two decimals, once. An empty collection sums to zero.
	 * @throws InvalidInputException when no rate is known for one of the currencies on
	 * that date
	 */
	Total sum(Collection<Money> amounts, CurrencyCode target, LocalDate on);

	/**
	 * The rates effective on or before the given date, read at once (one query), for many
	 * conversions and sums in memory: what batch loaders use, so that converting a page
	 * of amounts is not one query per amount.
	 */
	Rates ratesUpTo(LocalDate latest);

	/**
	 * A snapshot of the exchange rates: conversions and sums as above, without querying.
	 */
	interface Rates {

		/**
		 * As {@link CurrencyConversions#convert}, for a date no later than that of the
		 * snapshot.
		 * @throws InvalidInputException when no rate is known for that pair on that date
		 */
		Conversion convert(Money money, CurrencyCode target, LocalDate on);

		/**
		 * As {@link CurrencyConversions#sum}, for a date no later than that of the
		 * snapshot.
		 * @throws InvalidInputException when no rate is known for one of the currencies
		 * on that date
		 */
		Total sum(Collection<Money> amounts, CurrencyCode target, LocalDate on);

	}

	/**
	 * One conversion, stating what was used.
	 *
	 * @param original the amount converted
	 * @param converted the result, rounded half to even to two decimals
	 * @param rate the units of the target currency for one unit of the original's
	 * currency
	 * @param rateDate the effective date of the rate used
	 */
	record Conversion(Money original, Money converted, BigDecimal rate, LocalDate rateDate) {
	}

	/**
	 * A sum in one currency of amounts in several.
	 *
	 * @param total the sum, rounded half to even to two decimals, once
	 * @param on the date whose rates were used
	 * @param parts per original currency (in currency order), its exact sum converted,
	 * each rounded on its own: what the total is made of (the rounded parts need not add
	 * up to the total to the cent)
	 */
	record Total(Money total, LocalDate on, List<Conversion> parts) {
	}

}
