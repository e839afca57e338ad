package org.gba.cooperation.money;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import org.gba.cooperation.shared.CurrencyCode;
import org.gba.cooperation.shared.CurrencyConversions.Conversion;
import org.gba.cooperation.shared.CurrencyConversions.Total;
import org.gba.cooperation.shared.InContext;
import org.gba.cooperation.shared.Money;
import org.gba.cooperation.shared.MoneyTotals;
import org.gba.cooperation.shared.MoneyTotals.Outcome;
import org.gba.cooperation.shared.NodeLoader;
import org.gba.cooperation.shared.paging.VisibleRecords;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * The fields of {@code Money} that convert, {@code MoneyTotal}, and the
 * {@code exchangeRates} query. Conversions of many amounts (a page of deals in the
 * {@code @inContext} currency) load the rates once per batch, through the
 * {@value #CONVERSIONS} data loader.
 */
@Controller
class MoneyController {

	static final String CONVERSIONS = "Money.conversion";

	private final ExchangeRates rates;

	private final Clock clock;

	MoneyController(ExchangeRates rates, Clock clock, BatchLoaderRegistry registry) {
		this.rates = rates;
		this.clock = clock;
		registry.<ConversionKey, Outcome<Conversion>>forName(CONVERSIONS)
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> convertAll(keys)));
	}

	@QueryMapping
	List<ExchangeRate> exchangeRates(@Argument @Nullable LocalDate on) {
		return this.rates.effectiveOn(MoneyTotals.date(on, this.clock));
	}

	@SchemaMapping(typeName = "ExchangeRate", field = "rate")
	BigDecimal exchangeRateValue(ExchangeRate rate) {
		return plain(rate.getRate());
	}

	@SchemaMapping(typeName = "Money", field = "amount")
	CompletableFuture<BigDecimal> amount(Money money, @Argument("in") @Nullable CurrencyCode in,
			@Argument @Nullable LocalDate on, DataFetchingEnvironment env) {
		CurrencyCode target = (in != null) ? in : displayCurrency(money, env);
		if (target == money.currency()) {
			return CompletableFuture.completedFuture(money.amount());
		}
		return convert(env, money, target, MoneyTotals.date(on, this.clock))
			.thenApply((conversion) -> conversion.converted().amount());
	}

	@SchemaMapping(typeName = "Money", field = "currency")
	CurrencyCode currency(Money money, DataFetchingEnvironment env) {
		return displayCurrency(money, env);
	}

	@SchemaMapping(typeName = "Money", field = "originalAmount")
	BigDecimal originalAmount(Money money) {
		return money.amount();
	}

	@SchemaMapping(typeName = "Money", field = "originalCurrency")
	CurrencyCode originalCurrency(Money money) {
		return money.currency();
	}

	@SchemaMapping(typeName = "Money", field = "convertedTo")
	CompletableFuture<MoneyConversion> convertedTo(Money money, @Argument CurrencyCode currency,
			@Argument @Nullable LocalDate on, DataFetchingEnvironment env) {
		LocalDate date = MoneyTotals.date(on, this.clock);
		return convert(env, money, currency, date).thenApply((conversion) -> MoneyConversion.of(conversion, date));
	}

	@SchemaMapping(typeName = "MoneyTotal", field = "amount")
	BigDecimal totalAmount(Total total) {
		return total.total().amount();
	}

	@SchemaMapping(typeName = "MoneyTotal", field = "currency")
	CurrencyCode totalCurrency(Total total) {
		return total.total().currency();
	}

	@SchemaMapping(typeName = "MoneyTotal", field = "parts")
	List<MoneyConversion> parts(Total total) {
		return total.parts().stream().map((part) -> MoneyConversion.of(part, total.on())).toList();
	}

	@Bean
	static NodeLoader<ExchangeRate> exchangeRateNodeLoader(VisibleRecords records) {
		return NodeLoader.of("ExchangeRate", (ids) -> records.findAll(ExchangeRate.class, ids));
	}

	/** The currency a Money's {@code amount} is in when asked without {@code in}. */
	private static CurrencyCode displayCurrency(Money money, DataFetchingEnvironment env) {
		CurrencyCode context = InContext.of(env.getGraphQlContext()).currency();
		return (context != null) ? context : money.currency();
	}

	private static CompletableFuture<Conversion> convert(DataFetchingEnvironment env, Money money, CurrencyCode target,
			LocalDate on) {
		DataLoader<ConversionKey, Outcome<Conversion>> loader = env.getDataLoader(CONVERSIONS);
		if (loader == null) {
			throw new IllegalStateException("No data loader " + CONVERSIONS);
		}
		return loader.load(new ConversionKey(money, target, on)).thenApply(Outcome::get);
	}

	/** All the conversions of a batch, at the rates read once. */
	private Map<ConversionKey, Outcome<Conversion>> convertAll(Set<ConversionKey> keys) {
		LocalDate latest = keys.stream().map(ConversionKey::on).max(Comparator.naturalOrder()).orElseThrow();
		RateTable table = this.rates.ratesUpTo(latest);
		Map<ConversionKey, Outcome<Conversion>> conversions = new HashMap<>();
		for (ConversionKey key : keys) {
			conversions.put(key, Outcome.of(() -> table.convert(key.money(), key.target(), key.on())));
		}
		return conversions;
	}

	/** A rate as sent to clients: without the trailing zeros of its column. */
	static BigDecimal plain(BigDecimal rate) {
		BigDecimal stripped = rate.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

	private record ConversionKey(Money money, CurrencyCode target, LocalDate on) {
	}

}
