package org.gba.cooperation.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.gba.cooperation.shared.CurrencyCode;
import org.gba.cooperation.shared.CurrencyConversions;
import org.gba.cooperation.shared.Money;
import org.gba.cooperation.statistics.Buckets.Amounts;
import org.jspecify.annotations.Nullable;

/**
 * Sums of money in one currency, from the exact per-currency sums the database computed:
 * each per-currency sum is converted at full precision at the rates effective on
 * {@code ratesOn}, the results added, and the total rounded once, half to even, to two
 * decimals (the rule of {@link CurrencyConversions#sum}). The rates are read once per
 * statistics field, in one query, and only when a converted sum is asked for.
 */
public final class Sums {

	private final CurrencyCode currency;

	private final LocalDate ratesOn;

	private final CurrencyConversions conversions;

	private CurrencyConversions.@Nullable Rates rates;

	Sums(CurrencyCode currency, LocalDate ratesOn, CurrencyConversions conversions) {
		this.currency = currency;
		this.ratesOn = ratesOn;
		this.conversions = conversions;
	}

	/** The total of these exact per-currency sums, in this currency. */
	Money total(EnumMap<CurrencyCode, BigDecimal> byCurrency) {
		return rates().sum(each(byCurrency), this.currency, this.ratesOn).total();
	}

	/**
	 * Checks, before any bucket is answered, that every currency of these sums can be
	 * converted, so that a missing rate is one error of the statistic rather than one per
	 * bucket.
	 * @throws org.gba.cooperation.shared.InvalidInputException when a rate is missing
	 */
	void checkConvertible(Collection<Amounts> amounts) {
		Set<CurrencyCode> met = EnumSet.noneOf(CurrencyCode.class);
		amounts.forEach((bucket) -> met.addAll(bucket.byCurrency().keySet()));
		for (CurrencyCode from : met) {
			rates().convert(new Money(BigDecimal.ONE, from), this.currency, this.ratesOn);
		}
	}

	private synchronized CurrencyConversions.Rates rates() {
		if (this.rates == null) {
			this.rates = this.conversions.ratesUpTo(this.ratesOn);
		}
		return this.rates;
	}

	/** The per-currency sums as amounts of money, in the order CNY, HKD, MOP, USD. */
	static List<Money> each(EnumMap<CurrencyCode, BigDecimal> byCurrency) {
		return byCurrency.entrySet()
			.stream()
			.map((sum) -> new Money(sum.getValue().setScale(2, RoundingMode.UNNECESSARY), sum.getKey()))
			.toList();
	}

}
