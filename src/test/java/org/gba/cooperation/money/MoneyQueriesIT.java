package org.gba.cooperation.money;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gba.cooperation.support.GraphQlIntegrationTestSupport;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gba.cooperation.support.GlobalIds.globalId;

/**
 * Money read in any currency, against the demo data and the rates of V4 (on 2026-08-01:
 * 7.8125 HKD per USD, 1.031 MOP and 0.896 CNY per HKD). The 2024 Overseas Chinese
 * conference (event 7) signed deals of 100,000,000.00 HKD, 60,000,000.00 MOP,
 * 1,500,000,000.00 and 30,000,000.00 USD; project 40 has investments of 800,000,000.00
 * CNY, 50,000,000.00 MOP and 25,000,000.00 USD.
 */
class MoneyQueriesIT extends GraphQlIntegrationTestSupport {

	private static final String AUGUST_2026 = "2026-08-01";

	private static final String OVERSEAS_CHINESE_CONFERENCE = globalId("InvestmentEvent", 7);

	private static final String PROJECT_40 = globalId("CrossBorderProject", 40);

	@Autowired
	private Clock clock;

	@Test
	void everyoneReadsTheRatesInEffectOnADate() {
		List<Map<String, Object>> rates = this.anonymous.documentName("money/exchangeRates")
			.variable("on", AUGUST_2026)
			.execute()
			.path("exchangeRates")
			.entityList(OBJECT)
			.get();

		assertThat(rates)
			.extracting((rate) -> rate.get("base") + "/" + rate.get("quote") + " " + rate.get("rate") + " since "
					+ rate.get("effectiveDate"))
			.containsExactly("HKD/CNY 0.896 since 2026-07-01", "HKD/MOP 1.031 since 2026-01-01",
					"USD/HKD 7.8125 since 2026-07-01");
	}

	@Test
	void aRateIsANodeAnyoneCanFetchAgainByItsId() {
		String id = this.anonymous.documentName("money/exchangeRates")
			.variable("on", AUGUST_2026)
			.execute()
			.path("exchangeRates[0].id")
			.entity(String.class)
			.get();

		this.anonymous.documentName("api/node")
			.variable("id", id)
			.execute()
			.path("node.__typename")
			.entity(String.class)
			.isEqualTo("ExchangeRate");
	}

	@Test
	void beforeTheFirstRateThereAreNone() {
		this.anonymous.documentName("money/exchangeRates")
			.variable("on", "2024-12-31")
			.execute()
			.path("exchangeRates")
			.entityList(Object.class)
			.hasSize(0);
	}

	@Test
	void anAmountReadInAnotherCurrencyStatesTheRateAndItsDate() {
		Map<String, Object> usdDeal = dealIn("USD", "1500000000.00", eventDeals("HKD", AUGUST_2026));

		assertThat(usdDeal).containsEntry("amount", "1500000000.00")
			.containsEntry("currency", "USD")
			.containsEntry("inHkd", "11718750000.00");
		assertThat(conversionOf(usdDeal)).containsEntry("amount", "11718750000.00")
			.containsEntry("currency", "HKD")
			.containsEntry("originalAmount", "1500000000.00")
			.containsEntry("originalCurrency", "USD")
			.containsEntry("rate", "7.8125")
			.containsEntry("rateDate", "2026-07-01")
			.containsEntry("on", AUGUST_2026);
	}

	@Test
	void anInverseConversionDividesAndRoundsHalfEven() {
		// 60,000,000 / 1.031 = 58,195,926.2851...
		Map<String, Object> mopDeal = dealIn("MOP", "60000000.00", eventDeals("HKD", AUGUST_2026));

		assertThat(conversionOf(mopDeal)).containsEntry("amount", "58195926.29")
			.containsEntry("rate", "0.9699321048")
			.containsEntry("rateDate", "2026-01-01");
	}

	@Test
	void anAmountInTheAskedCurrencyIsUnchangedAtRateOne() {
		Map<String, Object> hkdDeal = dealIn("HKD", "100000000.00", eventDeals("HKD", AUGUST_2026));

		assertThat(conversionOf(hkdDeal)).containsEntry("amount", "100000000.00").containsEntry("rate", "1");
	}

	@Test
	void theDealsOfAnEventSumPerCurrencyThenConvertAndRoundOnce() {
		GraphQlTester.Response response = eventDeals("HKD", AUGUST_2026);

		Map<String, Object> total = response.path("investmentEvent.dealTotal").entity(OBJECT).get();
		assertThat(total).containsEntry("amount", "12111320926.29")
			.containsEntry("currency", "HKD")
			.containsEntry("on", AUGUST_2026);
		assertThat(list(total, "parts"))
			.extracting((part) -> part.get("originalAmount") + " " + part.get("originalCurrency") + " = "
					+ part.get("amount") + " at " + part.get("rate"))
			.containsExactly("100000000.00 HKD = 100000000.00 at 1", "60000000.00 MOP = 58195926.29 at 0.9699321048",
					"1530000000.00 USD = 11953125000.00 at 7.8125");
	}

	@Test
	void theInvestmentsOfAProjectSumThroughThePivotInTheRequestedCurrency() {
		// 800,000,000 / 0.896 * 1.031 + 50,000,000 + 25,000,000 * 7.8125 * 1.031 =
		// 1,171,902,901.7857...
		projectTotal(PROJECT_40, "MOP", AUGUST_2026).path("crossBorderProject.investmentTotal.amount")
			.entity(String.class)
			.isEqualTo("1171902901.79");
		// 500,000,000 / 0.896 / 7.8125 + 200,000,000 / 7.8125 + 80,000,000 / 1.031 /
		// 7.8125
		projectTotal(globalId("CrossBorderProject", 39), "USD", AUGUST_2026)
			.path("crossBorderProject.investmentTotal.amount")
			.entity(String.class)
			.isEqualTo("106960676.18");
	}

	@Test
	void aSumUsesTheRatesInEffectOnItsDate() {
		assertThat(projectTotal(PROJECT_40, "MOP", "2026-03-01").path("crossBorderProject.investmentTotal.amount")
			.entity(String.class)
			.get()).isEqualTo("1163047755.53");
		assertThat(projectTotal(PROJECT_40, "MOP", "2025-08-01").path("crossBorderProject.investmentTotal.amount")
			.entity(String.class)
			.get()).isEqualTo("1154630917.58");
	}

	@Test
	void withoutADateConversionsUseTodaysRates() {
		String today = LocalDate.now(this.clock).toString();

		Map<String, Object> usdDeal = this.graphQl.documentName("money/today")
			.variable("id", OVERSEAS_CHINESE_CONFERENCE)
			.execute()
			.path("investmentEvent.deals[2].amount")
			.entity(OBJECT)
			.get();

		Map<String, Object> conversion = conversionOf(usdDeal);
		assertThat(conversion).containsEntry("on", today);
		assertThat(usdDeal.get("inHkd")).isEqualTo(conversion.get("amount"));
		assertThat((String) conversion.get("rateDate")).isLessThanOrEqualTo(today);
	}

	@Test
	void aTotalWithoutACurrencyIsABadRequestOfThatFieldOnly() {
		GraphQlTester.Response response = projectTotal(PROJECT_40, null, AUGUST_2026);

		response.errors().satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
			assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
			assertThat(error.getMessage()).isEqualTo("Name the currency of investmentTotal: give its currency "
					+ "argument, or @inContext(currency:) on the operation");
			assertThat(error.getPath()).isEqualTo("crossBorderProject.investmentTotal");
		}));
		response.path("crossBorderProject.investmentTotals").entityList(Object.class).hasSize(3);
	}

	@Test
	void aConversionWithoutAKnownRateIsABadRequestNamingThePairAndDate() {
		GraphQlTester.Response response = projectTotal(PROJECT_40, "HKD", "2024-06-30");

		response.errors().satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
			assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
			assertThat(error.getMessage()).isEqualTo("No exchange rate from CNY to HKD is known on 2024-06-30 "
					+ "(neither directly, inversely nor through HKD)");
		}));
		// The per-currency sums, which need no rate, are still answered.
		response.path("crossBorderProject.investmentTotal").valueIsNull();
		response.path("crossBorderProject.investmentTotals[0].amount").entity(String.class).isEqualTo("800000000.00");
	}

	@Test
	void theContextCurrencyIsTheDefaultOfAmountsAndTotalsAndCurrencySaysSo() {
		GraphQlTester.Response response = this.graphQl.documentName("money/projectTotalInMop")
			.variable("id", PROJECT_40)
			.variable("on", AUGUST_2026)
			.execute();

		// 800,000,000 CNY / 0.896 * 1.031 = 920,535,714.2857...; 25,000,000 USD * 7.8125
		// * 1.031 = 201,367,187.5
		assertThat(response.path("crossBorderProject.investmentTotals").entityList(OBJECT).get())
			.extracting((money) -> money.get("originalAmount") + " " + money.get("originalCurrency") + " reads "
					+ money.get("amount") + " " + money.get("currency"))
			.containsExactly("800000000.00 CNY reads 920535714.29 MOP", "50000000.00 MOP reads 50000000.00 MOP",
					"25000000.00 USD reads 201367187.50 MOP");
		response.path("crossBorderProject.investmentTotal.amount").entity(String.class).isEqualTo("1171902901.79");
		response.path("crossBorderProject.investmentTotal.currency").entity(String.class).isEqualTo("MOP");
	}

	@Test
	void anExplicitCurrencyWinsOverTheContextCurrency() {
		GraphQlTester.Response response = this.graphQl.documentName("money/eventDealsInMop")
			.variable("id", OVERSEAS_CHINESE_CONFERENCE)
			.variable("currency", "HKD")
			.variable("on", AUGUST_2026)
			.execute();

		response.path("investmentEvent.dealTotal.amount").entity(String.class).isEqualTo("12111320926.29");
		Map<String, Object> usdDeal = response.path("investmentEvent.deals[2].amount").entity(OBJECT).get();
		// 1,500,000,000 * 7.8125 * 1.031 = 12,082,031,250
		assertThat(usdDeal).containsEntry("amount", "12082031250.00")
			.containsEntry("currency", "MOP")
			.containsEntry("originalCurrency", "USD")
			.containsEntry("inHkd", "11718750000.00");
	}

	@Test
	void aPageOfTotalsAndConversionsCostsTheSameStatementsForTenAndForAll() {
		long projectsForTen = statementsFor("money/projectTotals", 10, "crossBorderProjects", 10);
		long projectsForAll = statementsFor("money/projectTotals", 100, "crossBorderProjects", 40);
		long eventsForTen = statementsFor("money/eventTotals", 10, "investmentEvents", 10);
		long eventsForAll = statementsFor("money/eventTotals", 100, "investmentEvents", 18);

		assertThat(projectsForAll).isLessThanOrEqualTo(projectsForTen);
		assertThat(eventsForAll).isLessThanOrEqualTo(eventsForTen);
		// page + count, investments, sums, rates for the totals, rates for the amounts
		assertThat(projectsForTen).isLessThanOrEqualTo(6);
		assertThat(eventsForTen).isLessThanOrEqualTo(6);
	}

	private long statementsFor(String document, int first, String connection, int expectedNodes) {
		this.statements.reset();
		this.graphQl.documentName(document)
			.variable("first", first)
			.variable("on", AUGUST_2026)
			.execute()
			.errors()
			.verify()
			.path(connection + ".nodes")
			.entityList(Object.class)
			.hasSize(expectedNodes);
		return this.statements.count();
	}

	private GraphQlTester.Response eventDeals(@Nullable String currency, String on) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("id", OVERSEAS_CHINESE_CONFERENCE);
		variables.put("currency", currency);
		variables.put("on", on);
		GraphQlTester.Request<?> request = this.graphQl.documentName("money/eventDeals");
		variables.forEach(request::variable);
		return request.execute();
	}

	private GraphQlTester.Response projectTotal(String id, @Nullable String currency, String on) {
		GraphQlTester.Request<?> request = this.graphQl.documentName("money/projectTotal")
			.variable("id", id)
			.variable("on", on);
		if (currency != null) {
			request.variable("currency", currency);
		}
		return request.execute();
	}

	private static Map<String, Object> dealIn(String currency, String amount, GraphQlTester.Response response) {
		return response.path("investmentEvent.deals[*].amount")
			.entityList(OBJECT)
			.get()
			.stream()
			.filter((money) -> currency.equals(money.get("originalCurrency"))
					&& amount.equals(money.get("originalAmount")))
			.findFirst()
			.orElseThrow();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> conversionOf(Map<String, Object> money) {
		return (Map<String, Object>) money.get("convertedTo");
	}

}
