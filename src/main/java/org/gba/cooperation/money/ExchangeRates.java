package org.gba.cooperation.money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gba.cooperation.shared.CurrencyCode;
import org.gba.cooperation.shared.CurrencyConversions;
import org.gba.cooperation.shared.Money;
import org.gba.cooperation.shared.jpa.ReadOnlyQueries;
import org.springframework.stereotype.Service;

/**
 * The conversions and sums of every module, at the rates of the {@code exchange_rate}
 * table (the rule is {@link RateTable}'s). Each call reads the rates it needs in one
 * query; batch loaders take a {@link #ratesUpTo snapshot} once for many amounts.
 */
@Service
@ReadOnlyQueries
class ExchangeRates implements CurrencyConversions {

	private final ExchangeRateRepository rates;

	ExchangeRates(ExchangeRateRepository rates) {
		this.rates = rates;
	}

	@Override
	public Conversion convert(Money money, CurrencyCode target, LocalDate on) {
		if (money.currency() == target) {
			return new Conversion(money, money, BigDecimal.ONE, on);
		}
		return ratesUpTo(on).convert(money, target, on);
	}

	@Override
	public Total sum(Collection<Money> amounts, CurrencyCode target, LocalDate on) {
		return ratesUpTo(on).sum(amounts, target, on);
	}

	/**
	 * For each pair with a rate on the date, the latest rate on or before it, by base
	 * then quote currency.
	 */
	List<ExchangeRate> effectiveOn(LocalDate on) {
		Map<List<CurrencyCode>, ExchangeRate> latest = new HashMap<>();
		for (ExchangeRate rate : this.rates.findByEffectiveDateLessThanEqual(on)) {
			latest.merge(List.of(rate.getBase(), rate.getQuote()), rate,
					(a, b) -> a.getEffectiveDate().isAfter(b.getEffectiveDate()) ? a : b);
		}
		return latest.values()
			.stream()
			.sorted(Comparator.comparing(ExchangeRate::getBase).thenComparing(ExchangeRate::getQuote))
			.toList();
	}

	/** The rate of a pair taking effect on a date, if one was set. */
	Optional<ExchangeRate> find(CurrencyCode base, CurrencyCode quote, LocalDate effectiveDate) {
		return this.rates.findByBaseAndQuoteAndEffectiveDate(base, quote, effectiveDate);
	}

	@Override
	public RateTable ratesUpTo(LocalDate latest) {
		return new RateTable(latest, this.rates.findByEffectiveDateLessThanEqual(latest));
	}

}
