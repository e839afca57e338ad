package org.gba.cooperation.money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.gba.cooperation.shared.CurrencyCode;
import org.gba.cooperation.shared.CurrencyConversions;
import org.gba.cooperation.shared.CurrencyConversions.Conversion;
import org.gba.cooperation.shared.CurrencyConversions.Total;
import org.gba.cooperation.shared.InvalidInputException;
import org.gba.cooperation.shared.Money;
import org.gba.cooperation.support.GraphQlIntegrationTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The conversion rule of {@link CurrencyConversions}, as other modules use it, against
 * the rates of V4 (USD/HKD 7.785 from 2026-01-01 and 7.8125 from 2026-07-01; HKD/MOP
 * 1.031 and HKD/CNY 0.896 from then): exact results, rounded half to even once.
 */
class CurrencyConversionsIT extends GraphQlIntegrationTestSupport {

	private static final LocalDate AUGUST_2026 = LocalDate.of(2026, 8, 1);

	@Autowired
	private CurrencyConversions conversions;

	@Test
	void aDirectRateMultipliesAndStatesTheRateAndItsDate() {
		Conversion conversion = this.conversions.convert(money("1000.00", CurrencyCode.USD), CurrencyCode.HKD,
				AUGUST_2026);

		assertThat(conversion.converted()).isEqualTo(money("7812.50", CurrencyCode.HKD));
		assertThat(conversion.rate()).isEqualByComparingTo("7.8125");
		assertThat(conversion.rateDate()).isEqualTo(LocalDate.of(2026, 7, 1));
		assertThat(conversion.original()).isEqualTo(money("1000.00", CurrencyCode.USD));
	}

	@Test
	void aRateAppliesFromItsEffectiveDateOnlyAndTheEarlierRateBeforeIt() {
		Conversion dayBefore = this.conversions.convert(money("1000.00", CurrencyCode.USD), CurrencyCode.HKD,
				LocalDate.of(2026, 6, 30));
		Conversion sameDay = this.conversions.convert(money("1000.00", CurrencyCode.USD), CurrencyCode.HKD,
				LocalDate.of(2026, 7, 1));

		assertThat(dayBefore.converted().amount()).isEqualTo(new BigDecimal("7785.00"));
		assertThat(dayBefore.rateDate()).isEqualTo(LocalDate.of(2026, 1, 1));
		assertThat(sameDay.converted().amount()).isEqualTo(new BigDecimal("7812.50"));
	}

	@Test
	void anInverseRateDivides() {
		Conversion conversion = this.conversions.convert(money("7812.50", CurrencyCode.HKD), CurrencyCode.USD,
				AUGUST_2026);

		assertThat(conversion.converted()).isEqualTo(money("1000.00", CurrencyCode.USD));
		assertThat(conversion.rate()).isEqualByComparingTo("0.128");
	}

	@Test
	void aPairWithoutARateGoesThroughHongKongDollarsExactly() {
		// 1000 / 0.896 * 1.031 = 1150.6696428571...; the later leg's date is stated.
		Conversion conversion = this.conversions.convert(money("1000.00", CurrencyCode.CNY), CurrencyCode.MOP,
				AUGUST_2026);

		assertThat(conversion.converted()).isEqualTo(money("1150.67", CurrencyCode.MOP));
		assertThat(conversion.rate()).isEqualTo(new BigDecimal("1.1506696429"));
		assertThat(conversion.rateDate()).isEqualTo(LocalDate.of(2026, 7, 1));
	}

	@Test
	void twoPeggedLegsMultiply() {
		// 1000 * 7.8125 * 1.031 = 8054.6875
		assertThat(
				this.conversions.convert(money("1000.00", CurrencyCode.USD), CurrencyCode.MOP, AUGUST_2026).converted())
			.isEqualTo(money("8054.69", CurrencyCode.MOP));
	}

	@Test
	void halvesRoundToTheEvenCent() {
		// 0.08 * 7.8125 = 0.625 and 0.24 * 7.8125 = 1.875
		assertThat(this.conversions.convert(money("0.08", CurrencyCode.USD), CurrencyCode.HKD, AUGUST_2026)
			.converted()
			.amount()).isEqualTo(new BigDecimal("0.62"));
		assertThat(this.conversions.convert(money("0.24", CurrencyCode.USD), CurrencyCode.HKD, AUGUST_2026)
			.converted()
			.amount()).isEqualTo(new BigDecimal("1.88"));
	}

	@Test
	void anAmountInTheTargetCurrencyIsUnchangedAtRateOne() {
		Conversion conversion = this.conversions.convert(money("12.34", CurrencyCode.CNY), CurrencyCode.CNY,
				AUGUST_2026);

		assertThat(conversion.converted()).isEqualTo(money("12.34", CurrencyCode.CNY));
		assertThat(conversion.rate()).isEqualByComparingTo("1");
	}

	@Test
	void aSumConvertsEachCurrencysExactSumAndRoundsOnce() {
		// 0.16 USD = 1.25 HKD exactly; each 0.08 USD alone would round to 0.62.
		Total sameCurrency = this.conversions.sum(
				List.of(money("0.08", CurrencyCode.USD), money("0.08", CurrencyCode.USD)), CurrencyCode.HKD,
				AUGUST_2026);
		// 0.625 + 0.01 / 0.896 = 0.6361607...: 0.64, where the rounded parts 0.62 + 0.01
		// make 0.63.
		Total twoCurrencies = this.conversions.sum(
				List.of(money("0.08", CurrencyCode.USD), money("0.01", CurrencyCode.CNY)), CurrencyCode.HKD,
				AUGUST_2026);

		assertThat(sameCurrency.total()).isEqualTo(money("1.25", CurrencyCode.HKD));
		assertThat(twoCurrencies.total()).isEqualTo(money("0.64", CurrencyCode.HKD));
		assertThat(twoCurrencies.parts()).extracting((part) -> part.converted().amount())
			.containsExactly(new BigDecimal("0.01"), new BigDecimal("0.62"));
	}

	@Test
	void aSumOfNothingIsZero() {
		assertThat(this.conversions.sum(List.of(), CurrencyCode.MOP, AUGUST_2026).total())
			.isEqualTo(money("0.00", CurrencyCode.MOP));
	}

	@Test
	void aDateBeforeEveryRateIsACleanInputError() {
		assertThatThrownBy(() -> this.conversions.convert(money("1.00", CurrencyCode.USD), CurrencyCode.CNY,
				LocalDate.of(2024, 12, 31)))
			.isInstanceOf(InvalidInputException.class)
			.hasMessage("No exchange rate from USD to CNY is known on 2024-12-31 (neither directly, inversely nor "
					+ "through HKD)");
	}

	private static Money money(String amount, CurrencyCode currency) {
		return new Money(new BigDecimal(amount), currency);
	}

}
