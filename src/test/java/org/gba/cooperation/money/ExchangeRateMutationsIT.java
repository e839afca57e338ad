package org.gba.cooperation.money;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gba.cooperation.support.WriteIntegrationTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gba.cooperation.support.GlobalIds.globalId;

/**
 * {@code setExchangeRate}: coordinators set the rate of a pair from a date on, which
 * conversions then use from that date only; the pegs of HKD to USD and MOP to HKD hold;
 * nobody else sets rates. Each test uses a pair or a date of its own, so that none sees
 * another's rates.
 */
class ExchangeRateMutationsIT extends WriteIntegrationTestSupport {

	private static final String SET = "setExchangeRate";

	/** Project 2 has investments of 3,200,000,000.00 CNY and 80,000,000.00 HKD. */
	private static final String PROJECT_2 = globalId("CrossBorderProject", 2);

	@Test
	void aRateSetForAFutureDateIsNotUsedBeforeItAndUsedFromIt() {
		LocalDate takesEffect = today().plusDays(10);

		succeeded(set(this.graphQl, rate("HKD", "CNY", "0.9", takesEffect)), SET, "exchangeRate");

		// 3,200,000,000 + 80,000,000 * 0.896 (the V4 rate) the day before; * 0.9 from the
		// day.
		assertThat(cnyTotalOfProject2(takesEffect.minusDays(1))).isEqualTo("3271680000.00");
		assertThat(cnyTotalOfProject2(today())).isEqualTo("3271680000.00");
		assertThat(cnyTotalOfProject2(takesEffect)).isEqualTo("3272000000.00");
		assertThat(cnyTotalOfProject2(takesEffect.plusDays(30))).isEqualTo("3272000000.00");
		assertThat(ratesOn(takesEffect)).contains("HKD/CNY 0.9 since " + takesEffect);
		assertThat(ratesOn(takesEffect.minusDays(1))).contains("HKD/CNY 0.896 since 2026-07-01");
	}

	@Test
	void aNewRateIsAnsweredAndAudited() {
		Map<String, Object> rate = succeeded(set(this.graphQl, rate("USD", "CNY", "7.1234567891", "2026-02-02")), SET,
				"exchangeRate");

		assertThat(rate).containsEntry("base", "USD")
			.containsEntry("quote", "CNY")
			.containsEntry("rate", "7.1234567891")
			.containsEntry("effectiveDate", "2026-02-02")
			.containsEntry("version", 0);
		Map<String, Object> entry = latestAuditEntry("writes/auditTrail", rate.get("id"));
		assertThat(entry).containsEntry("action", SET);
		assertThat(changesByField(entry)).containsEntry("rate", values(null, "7.1234567891"))
			.containsEntry("effectiveDate", values(null, "2026-02-02"));
	}

	@Test
	void settingThePairAndDateAgainCorrectsTheRate() {
		Map<String, Object> first = succeeded(set(this.graphQl, rate("USD", "CNY", "7.10", "2026-03-03")), SET,
				"exchangeRate");

		Map<String, Object> corrected = succeeded(set(this.graphQl, rate("USD", "CNY", "7.20", "2026-03-03")), SET,
				"exchangeRate");

		assertThat(corrected).containsEntry("id", first.get("id"))
			.containsEntry("rate", "7.2")
			.containsEntry("version", 1);
		assertThat(changesByField(latestAuditEntry("writes/auditTrail", first.get("id")))).containsOnlyKeys("rate")
			.containsEntry("rate", values("7.1", "7.2"));
	}

	@Test
	void aHongKongDollarRateOutsideTheLinkedExchangeRateBandIsRefusedInEitherDirection() {
		assertPegRefused(rate("USD", "HKD", "7.8501", "2026-04-01"));
		assertPegRefused(rate("USD", "HKD", "7.7499", "2026-04-01"));
		// 1 / 0.1273 = 7.855... HKD per USD
		assertPegRefused(rate("HKD", "USD", "0.1273", "2026-04-01"));

		assertThat(ratesOn(LocalDate.of(2026, 4, 1))).contains("USD/HKD 7.785 since 2026-01-01")
			.noneMatch((rate) -> rate.startsWith("HKD/USD"));
	}

	@Test
	void theBandsEdgesAreAccepted() {
		succeeded(set(this.graphQl, rate("USD", "HKD", "7.85", "2026-04-02")), SET, "exchangeRate");
		succeeded(set(this.graphQl, rate("USD", "HKD", "7.75", "2026-04-03")), SET, "exchangeRate");
	}

	@Test
	void aPatacaRateAwayFromItsPegIsRefused() {
		assertPegRefused(rate("HKD", "MOP", "1.04", "2026-05-01"));
		// 1 / 0.98 = 1.0204 MOP per HKD
		assertPegRefused(rate("MOP", "HKD", "0.98", "2026-05-01"));
		// 7.80 * 1.03 = 8.034 would do; 8.20 MOP per USD breaks both pegs taken together
		assertPegRefused(rate("USD", "MOP", "8.20", "2026-05-01"));

		succeeded(set(this.graphQl, rate("HKD", "MOP", "1.032", "2026-05-02")), SET, "exchangeRate");
	}

	@Test
	void onlyCoordinatorsSetRates() {
		Map<String, Object> input = rate("USD", "CNY", "7.0", "2026-06-06");

		assertRefused(set(partnerOf(globalId("Organization", 1)), input), "FORBIDDEN");
		assertRefused(set(analyst(), input), "FORBIDDEN");
		assertRefused(set(this.anonymous, input), "UNAUTHORIZED");
		assertThat(ratesOn(LocalDate.of(2026, 6, 6))).noneMatch((rate) -> rate.endsWith("since 2026-06-06"));
	}

	@Test
	void aRateBetweenACurrencyAndItselfIsRefused() {
		assertOnlyUserError(set(this.graphQl, rate("CNY", "CNY", "1", "2026-06-07")), SET, "exchangeRate",
				"INVALID_VALUE", "input", "quote");
	}

	@Test
	void aRateMustBePositiveWithAtMostTenDecimals() {
		assertOnlyUserError(set(this.graphQl, rate("USD", "CNY", "0", "2026-06-08")), SET, "exchangeRate",
				"AMOUNT_NOT_POSITIVE", "input", "rate");
		assertOnlyUserError(set(this.graphQl, rate("USD", "CNY", "-7.1", "2026-06-08")), SET, "exchangeRate",
				"AMOUNT_NOT_POSITIVE", "input", "rate");
		set(this.graphQl, rate("USD", "CNY", "7.12345678901", "2026-06-08")).errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getMessage()).contains("Decimal")));
	}

	@Test
	void aRetryWithTheSameKeyReturnsTheFirstResultAndADifferentInputIsRefused() {
		Map<String, Object> input = rate("USD", "CNY", "7.05", "2026-06-09");
		input.put("idempotencyKey", "money-retry-1");

		Map<String, Object> first = succeeded(set(this.graphQl, input), SET, "exchangeRate");
		Map<String, Object> retry = succeeded(set(this.graphQl, input), SET, "exchangeRate");
		Map<String, Object> other = rate("USD", "CNY", "7.06", "2026-06-09");
		other.put("idempotencyKey", "money-retry-1");

		assertThat(retry).isEqualTo(first);
		assertOnlyUserError(set(this.graphQl, other), SET, "exchangeRate", "IDEMPOTENCY_KEY_REUSED", "input",
				"idempotencyKey");
		assertThat(ratesOn(LocalDate.of(2026, 6, 9))).contains("USD/CNY 7.05 since 2026-06-09");
	}

	@Test
	void aPegRefusalIsToldInTheCallersLanguage() {
		HttpGraphQlTester inHongKong = this.graphQl.mutate().header("Accept-Language", "zh-HK").build();

		Map<String, Object> error = assertOnlyUserError(set(inHongKong, rate("USD", "HKD", "7.90", "2026-04-02")), SET,
				"exchangeRate", "OUTSIDE_CURRENCY_PEG", "input", "rate");

		assertThat((String) error.get("message")).isEqualTo("1 USD = 7.90 HKD 超出聯繫匯率範圍：每 USD 須為 7.75 至 7.85 HKD");
	}

	private void assertPegRefused(Map<String, Object> input) {
		Map<String, Object> error = assertOnlyUserError(set(this.graphQl, input), SET, "exchangeRate",
				"OUTSIDE_CURRENCY_PEG", "input", "rate");
		assertThat((String) error.get("message")).startsWith("1 " + input.get("base") + " = " + input.get("rate"))
			.contains("breaks the peg of");
	}

	private static GraphQlTester.Response set(HttpGraphQlTester client, Map<String, Object> input) {
		return execute(client, "money/setExchangeRate", input);
	}

	private static Map<String, Object> rate(String base, String quote, String rate, Object effectiveDate) {
		Map<String, Object> input = new HashMap<>();
		input.put("base", base);
		input.put("quote", quote);
		input.put("rate", rate);
		input.put("effectiveDate", effectiveDate.toString());
		return input;
	}

	private String cnyTotalOfProject2(LocalDate on) {
		return this.graphQl.documentName("money/projectTotal")
			.variable("id", PROJECT_2)
			.variable("currency", "CNY")
			.variable("on", on.toString())
			.execute()
			.path("crossBorderProject.investmentTotal.amount")
			.entity(String.class)
			.get();
	}

	private List<String> ratesOn(LocalDate on) {
		return this.anonymous.documentName("money/exchangeRates")
			.variable("on", on.toString())
			.execute()
			.path("exchangeRates")
			.entityList(OBJECT)
			.get()
			.stream()
			.map((rate) -> rate.get("base") + "/" + rate.get("quote") + " " + rate.get("rate") + " since "
					+ rate.get("effectiveDate"))
			.toList();
	}

}
