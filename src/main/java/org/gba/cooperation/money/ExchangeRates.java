package org.gba.cooperation.money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;

import org.gba.cooperation.shared.CurrencyCode;
import org.gba.cooperation.shared.CurrencyConversions;
import org.gba.cooperation.shared.Money;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The conversions and sums of every module, at the rates of the {@code exchange_rate} table (the rule
 * is {@link RateTable}'s). Each call reads the rates it needs in one query; batch loaders take a
 * {@link #ratesUpTo snapshot} once for many amounts.
 */
@Service
@Transactional(readOnly = true)
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

	@Override
	public RateTable ratesUpTo(LocalDate latest) {
		return new RateTable(latest, this.rates.findByEffectiveDateLessThanEqual(latest));
	}

}
