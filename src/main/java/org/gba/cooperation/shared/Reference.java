package org.gba.cooperation.shared;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import graphql.TrivialDataFetcher;
import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * A field that names another record by its ID, resolved through the batch loader of the
 * record's type ({@code DataLoader<Long, T>}, which the module owning the type registers
 * under the type's class name): a member's organisation, a lab's host city. Null when the
 * record names none.
 * <p>
 * Why a data fetcher of its own rather than an annotated controller method: Spring for
 * GraphQL builds a handler-method object, resolves its arguments and wraps the call for
 * context propagation on every invocation of a controller method, about two hundred times
 * per partner dashboard; that was 3 % of the dashboard's CPU and its largest allocation
 * site (BENCHMARKS.md, "The GraphQL path's CPU"). Handing a key to a batch does no I/O,
 * so the fetcher is marked trivial, as a property is: the per-field wrappers (the
 * time-out, observations, context propagation) pass it by, while the batch load it joins
 * is still observed, bounded by the statement time-out and run with the request's
 * context.
 *
 * @param <S> the type of the record that names the other
 * @param <T> the type of the record named
 */
public final class Reference<S, T> implements TrivialDataFetcher<@Nullable CompletableFuture<T>> {

	private final String loaderName;

	private final Function<S, @Nullable Long> id;

	private Reference(Class<T> type, Function<S, @Nullable Long> id) {
		this.loaderName = type.getName();
		this.id = id;
	}

	/** The field {@code name}: the record of {@code type} whose ID {@code id} reads. */
	public static <S, T> Field field(String name, Class<T> type, Function<S, @Nullable Long> id) {
		return new Field(name, new Reference<S, T>(type, id));
	}

	/** Wires these fields of the GraphQL type {@code typeName}. */
	public static RuntimeWiringConfigurer fields(String typeName, Field... fields) {
		return (wiring) -> wiring.type(typeName, (type) -> {
			for (Field field : fields) {
				type.dataFetcher(field.name(), field.reference());
			}
			return type;
		});
	}

	/** A field of a GraphQL type and the reference that resolves it. */
	public record Field(String name, Reference<?, ?> reference) {
	}

	@Override
	public @Nullable CompletableFuture<T> get(DataFetchingEnvironment environment) {
		S source = environment.getSource();
		Long key = (source != null) ? this.id.apply(source) : null;
		if (key == null) {
			return null;
		}
		DataLoader<Long, T> loader = environment.getDataLoader(this.loaderName);
		if (loader == null) {
			throw new IllegalStateException("No DataLoader<Long, " + this.loaderName + "> is registered");
		}
		return loader.load(key);
	}

}
