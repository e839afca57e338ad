package org.gba.cooperation.money;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.gba.cooperation.shared.CurrencyCode;

/**
 * A currency held within a band of another: {@code low} to {@code high} units of the
 * pegged currency per unit of the anchor, bounds included. A rate of the pair in either
 * direction must respect it.
 */
record CurrencyPeg(CurrencyCode anchor, CurrencyCode pegged, BigDecimal low, BigDecimal high) {

	/**
	 * The pegs of the Bay Area's currencies: the Hong Kong dollar's Linked Exchange Rate
	 * System (the HKMA's convertibility undertakings at 7.75 and 7.85 HKD per USD); the
	 * pataca's peg at 1.03 MOP per HKD, accepted within half a percent (1.025 to 1.035:
	 * the market has stayed within about 1.027 to 1.033); and what the two make of MOP
	 * per USD (7.75 × 1.025 to 7.85 × 1.035).
	 */
	static final List<CurrencyPeg> BAY_AREA = List.of(
			new CurrencyPeg(CurrencyCode.USD, CurrencyCode.HKD, new BigDecimal("7.75"), new BigDecimal("7.85")),
			new CurrencyPeg(CurrencyCode.HKD, CurrencyCode.MOP, new BigDecimal("1.025"), new BigDecimal("1.035")),
			new CurrencyPeg(CurrencyCode.USD, CurrencyCode.MOP, new BigDecimal("7.94375"), new BigDecimal("8.12475")));

	/** The peg a rate of this pair (one base worth {@code rate} quote) breaks, if any. */
	static Optional<CurrencyPeg> brokenBy(CurrencyCode base, CurrencyCode quote, BigDecimal rate) {
		return BAY_AREA.stream().filter((peg) -> !peg.allows(base, quote, rate)).findFirst();
	}

	/** Whether the rate respects this peg; rates of other pairs always do. */
	boolean allows(CurrencyCode base, CurrencyCode quote, BigDecimal rate) {
		if (base == this.anchor && quote == this.pegged) {
			return rate.compareTo(this.low) >= 0 && rate.compareTo(this.high) <= 0;
		}
		if (base == this.pegged && quote == this.anchor) {
			// The inverse quote: 1 / rate within the band, compared without dividing.
			return this.low.multiply(rate).compareTo(BigDecimal.ONE) <= 0
					&& this.high.multiply(rate).compareTo(BigDecimal.ONE) >= 0;
		}
		return true;
	}

}
