package org.gba.cooperation.shared;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;

import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import org.gba.cooperation.shared.CurrencyConversions.Rates;
import org.gba.cooperation.shared.CurrencyConversions.Total;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import reactor.core.publisher.Mono;

/**
 * Amounts in one currency as GraphQL fields: which currency and date a field answers for
 * (its arguments, else the request's {@code @inContext} currency and today in the Bay
 * Area), and sums of the amounts of many parents (a page of projects, each with its
 * investments) loaded and converted in one batch: one query for the amounts, one for the
 * rates, whatever the number of parents.
 */
public final class MoneyTotals {

	private MoneyTotals() {
	}

	/**
	 * The currency a field answers in: its argument, else the request's
	 * {@code @inContext} currency.
	 * @throws InvalidInputException when neither names one
	 */
	public static CurrencyCode currency(@Nullable CurrencyCode argument, DataFetchingEnvironment env) {
		CurrencyCode currency = (argument != null) ? argument : InContext.of(env.getGraphQlContext()).currency();
		if (currency == null) {
			throw new InvalidInputException(LocalizedMessage.of("money.currencyNeeded", env.getField().getName()));
		}
		return currency;
	}

	/**
	 * The date whose rates a field uses: its argument, else today in the Bay Area (the
	 * application's clock).
	 */
	public static LocalDate date(@Nullable LocalDate argument, Clock clock) {
		return (argument != null) ? argument : LocalDate.now(clock);
	}

	/**
	 * Registers the data loader of a sum field.
	 * @param name the loader's name, by convention {@code Parent.field}
	 * @param amounts the amounts of each of many parents, read at once
	 */
	public static <K> void register(BatchLoaderRegistry registry, String name, CurrencyConversions conversions,
			Function<Collection<K>, Map<K, List<Money>>> amounts) {
		registry.<Key<K>, Outcome<Total>>forName(name)
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> sums(keys, conversions, amounts)));
	}

	/**
	 * The sum of one parent's amounts in a currency on a date, through the field's data
	 * loader. A missing rate fails this field only.
	 */
	public static <K> CompletableFuture<Total> load(DataFetchingEnvironment env, String name, K parent,
			CurrencyCode currency, LocalDate on) {
		DataLoader<Key<K>, Outcome<Total>> loader = env.getDataLoader(name);
		if (loader == null) {
			throw new IllegalStateException("No data loader " + name);
		}
		return loader.load(new Key<>(parent, currency, on)).thenApply(Outcome::get);
	}

	private static <K> Map<Key<K>, Outcome<Total>> sums(Set<Key<K>> keys, CurrencyConversions conversions,
			Function<Collection<K>, Map<K, List<Money>>> amounts) {
		Set<K> parents = new HashSet<>();
		keys.forEach((key) -> parents.add(key.parent()));
		Map<K, List<Money>> byParent = amounts.apply(parents);
		LocalDate latest = keys.stream().map(Key::on).max(Comparator.naturalOrder()).orElseThrow();
		Rates rates = conversions.ratesUpTo(latest);
		Map<Key<K>, Outcome<Total>> sums = new HashMap<>();
		for (Key<K> key : keys) {
			sums.put(key, Outcome
				.of(() -> rates.sum(byParent.getOrDefault(key.parent(), List.of()), key.currency(), key.on())));
		}
		return sums;
	}

	/** What one sum field asks for. */
	record Key<K>(K parent, CurrencyCode currency, LocalDate on) {
	}

	/**
	 * The result of one key of a batch, or the message of the input error that stopped it
	 * (no rate known): the error is raised for that field alone, not for the whole batch.
	 */
	public record Outcome<V>(@Nullable V value, @Nullable LocalizedMessage error) {

		/** Runs the computation, keeping an input error as the outcome. */
		public static <V> Outcome<V> of(Supplier<V> computation) {
			try {
				return new Outcome<>(computation.get(), null);
			}
			catch (InvalidInputException ex) {
				return new Outcome<>(null, ex.localizedMessage());
			}
		}

		/**
		 * The value; an {@link InvalidInputException} with the message when there is
		 * none.
		 */
		public V get() {
			if (this.value == null) {
				throw new InvalidInputException((this.error != null) ? this.error : LocalizedMessage.literal("?"));
			}
			return this.value;
		}

	}

}
