package org.gba.cooperation.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.gba.cooperation.shared.CurrencyCode;
import org.gba.cooperation.shared.CurrencyConversions;
import org.gba.cooperation.shared.Money;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Sums of money in one currency, from exact per-currency sums: each per-currency sum is converted at
 * full precision (sum × rate, the rate effective on {@code ratesOn}), the results added, and the total
 * rounded once, half to even, to two decimals. Each currency's rate is read once per statistics field,
 * however many buckets there are, and only when a converted sum is asked for.
 */
public final class Sums {

	private final CurrencyCode currency;

	private final LocalDate ratesOn;

	private final ObjectProvider<CurrencyConversions> conversions;

	/** The units of {@link #currency} for one unit of each currency met so far. */
	private final Map<CurrencyCode, BigDecimal> rates = new EnumMap<>(CurrencyCode.class);

	Sums(CurrencyCode currency, LocalDate ratesOn, ObjectProvider<CurrencyConversions> conversions) {
		this.currency = currency;
		this.ratesOn = ratesOn;
		this.conversions = conversions;
		this.rates.put(currency, BigDecimal.ONE);
	}

	/** The total of these exact per-currency sums, in this currency. */
	Money total(Map<CurrencyCode, BigDecimal> byCurrency) {
		BigDecimal total = BigDecimal.ZERO;
		for (Map.Entry<CurrencyCode, BigDecimal> sum : byCurrency.entrySet()) {
			total = total.add(sum.getValue().multiply(rate(sum.getKey())));
		}
		return new Money(total.setScale(2, RoundingMode.HALF_EVEN), this.currency);
	}

	private synchronized BigDecimal rate(CurrencyCode from) {
		return this.rates.computeIfAbsent(from,
				(code) -> this.conversions.getObject().convert(new Money(BigDecimal.ONE, code), this.currency, this.ratesOn).rate());
	}

	/** The per-currency sums as amounts of money, in the order CNY, HKD, MOP, USD. */
	static List<Money> each(EnumMap<CurrencyCode, BigDecimal> byCurrency) {
		return byCurrency.entrySet()
			.stream()
			.map((sum) -> new Money(sum.getValue().setScale(2, RoundingMode.UNNECESSARY), sum.getKey()))
			.toList();
	}

}
