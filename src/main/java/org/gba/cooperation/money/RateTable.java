package org.gba.cooperation.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.gba.cooperation.shared.CurrencyCode;
import org.gba.cooperation.shared.CurrencyConversions.Conversion;
import org.gba.cooperation.shared.CurrencyConversions.Rates;
import org.gba.cooperation.shared.CurrencyConversions.Total;
import org.gba.cooperation.shared.InvalidInputException;
import org.gba.cooperation.shared.LocalizedMessage;
import org.gba.cooperation.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * The exchange rates effective up to a date, in memory, and the one conversion rule (see
 * {@link org.gba.cooperation.shared.CurrencyConversions}): direct or inverse rate of the
 * pair, whichever took effect later (direct on a tie), else through {@link #PIVOT}. A
 * rate is kept as an exact fraction (numerator over denominator), so that inverse and
 * pivot conversions lose nothing until the single rounding at the end.
 */
final class RateTable implements Rates {

	/** The currency conversions go through when a pair has no rate of its own. */
	static final CurrencyCode PIVOT = CurrencyCode.HKD;

	/** Decimals of an amount of money. */
	static final int AMOUNT_SCALE = 2;

	/**
	 * Decimals of a rate as stated in a conversion (the conversion itself uses the exact
	 * fraction).
	 */
	static final int STATED_RATE_SCALE = 10;

	private final LocalDate latest;

	/** Per pair (base, quote), its rates by effective date. */
	private final Map<CurrencyCode, Map<CurrencyCode, NavigableMap<LocalDate, BigDecimal>>> rates = new EnumMap<>(
			CurrencyCode.class);

	RateTable(LocalDate latest, Collection<ExchangeRate> rows) {
		this.latest = latest;
		for (ExchangeRate row : rows) {
			if (!row.getEffectiveDate().isAfter(latest)) {
				this.rates.computeIfAbsent(row.getBase(), (base) -> new EnumMap<>(CurrencyCode.class))
					.computeIfAbsent(row.getQuote(), (quote) -> new TreeMap<>())
					.put(row.getEffectiveDate(), row.getRate());
			}
		}
	}

	@Override
	public Conversion convert(Money money, CurrencyCode target, LocalDate on) {
		Ratio ratio = ratio(money.currency(), target, on);
		return new Conversion(money, new Money(ratio.applyTo(money.amount()), target), ratio.stated(), ratio.date());
	}

	@Override
	public Total sum(Collection<Money> amounts, CurrencyCode target, LocalDate on) {
		Map<CurrencyCode, BigDecimal> sums = new EnumMap<>(CurrencyCode.class);
		for (Money money : amounts) {
			sums.merge(money.currency(), money.amount(), BigDecimal::add);
		}
		// Exact: the sum of the fractions sum * numerator / denominator, over their
		// common denominator.
		BigDecimal numerator = BigDecimal.ZERO;
		BigDecimal denominator = BigDecimal.ONE;
		List<Conversion> parts = new ArrayList<>();
		for (Map.Entry<CurrencyCode, BigDecimal> sum : sums.entrySet()) {
			Ratio ratio = ratio(sum.getKey(), target, on);
			BigDecimal part = sum.getValue().multiply(ratio.numerator());
			numerator = numerator.multiply(ratio.denominator()).add(part.multiply(denominator));
			denominator = denominator.multiply(ratio.denominator());
			Money original = new Money(sum.getValue(), sum.getKey());
			parts.add(new Conversion(original, new Money(ratio.applyTo(sum.getValue()), target), ratio.stated(),
					ratio.date()));
		}
		BigDecimal total = numerator.divide(denominator, AMOUNT_SCALE, RoundingMode.HALF_EVEN);
		return new Total(new Money(total, target), on, List.copyOf(parts));
	}

	/** The rate from one currency to another on a date, by the rule above. */
	Ratio ratio(CurrencyCode from, CurrencyCode to, LocalDate on) {
		if (on.isAfter(this.latest)) {
			throw new IllegalArgumentException("These rates end on " + this.latest + ", not " + on);
		}
		if (from == to) {
			return new Ratio(BigDecimal.ONE, BigDecimal.ONE, on);
		}
		Ratio leg = leg(from, to, on);
		if (leg != null) {
			return leg;
		}
		if (from != PIVOT && to != PIVOT) {
			Ratio toPivot = leg(from, PIVOT, on);
			Ratio fromPivot = leg(PIVOT, to, on);
			if (toPivot != null && fromPivot != null) {
				LocalDate date = toPivot.date().isAfter(fromPivot.date()) ? toPivot.date() : fromPivot.date();
				return new Ratio(toPivot.numerator().multiply(fromPivot.numerator()),
						toPivot.denominator().multiply(fromPivot.denominator()), date);
			}
		}
		throw new InvalidInputException(LocalizedMessage.of("money.noRate", from, to, on, PIVOT));
	}

	/**
	 * The direct or the inverse rate of the pair, whichever took effect later; null when
	 * neither is known.
	 */
	private @Nullable Ratio leg(CurrencyCode from, CurrencyCode to, LocalDate on) {
		Map.Entry<LocalDate, BigDecimal> direct = effective(from, to, on);
		Map.Entry<LocalDate, BigDecimal> inverse = effective(to, from, on);
		if (direct != null && (inverse == null || !inverse.getKey().isAfter(direct.getKey()))) {
			return new Ratio(direct.getValue(), BigDecimal.ONE, direct.getKey());
		}
		if (inverse != null) {
			return new Ratio(BigDecimal.ONE, inverse.getValue(), inverse.getKey());
		}
		return null;
	}

	private Map.@Nullable Entry<LocalDate, BigDecimal> effective(CurrencyCode base, CurrencyCode quote, LocalDate on) {
		NavigableMap<LocalDate, BigDecimal> history = this.rates.getOrDefault(base, Map.of()).get(quote);
		return (history != null) ? history.floorEntry(on) : null;
	}

	/**
	 * Units of the target currency for one unit of the original's, as the exact fraction
	 * {@code numerator / denominator}, effective since {@code date}.
	 */
	record Ratio(BigDecimal numerator, BigDecimal denominator, LocalDate date) {

		/**
		 * The amount converted, rounded half to even to two decimals (the division is
		 * correctly rounded).
		 */
		BigDecimal applyTo(BigDecimal amount) {
			return amount.multiply(this.numerator).divide(this.denominator, AMOUNT_SCALE, RoundingMode.HALF_EVEN);
		}

		/**
		 * The rate as stated to clients: ten decimals at most, trailing zeros dropped.
		 */
		BigDecimal stated() {
			BigDecimal rate = this.numerator.divide(this.denominator, STATED_RATE_SCALE, RoundingMode.HALF_EVEN)
				.stripTrailingZeros();
			return (rate.scale() < 0) ? rate.setScale(0) : rate;
		}

	}

}
