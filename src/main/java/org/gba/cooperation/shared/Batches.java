package org.gba.cooperation.shared;

import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * Helpers for {@code @BatchMapping} methods: one load for all parents, results handed
 * back per parent.
 */
public final class Batches {

	private Batches() {
	}

	/**
	 * Loads the values of all parents with one call of {@code loader} (keyed by parent
	 * ID) and maps each parent to its value, or to {@code missing} where the loader has
	 * none (a parent left out of the result resolves to null).
	 */
	public static <P extends BaseEntity, V> Map<P, V> byParent(List<P> parents,
			Function<Collection<Long>, Map<Long, V>> loader, @Nullable V missing) {
		Map<Long, V> values = loader.apply(parents.stream().map(BaseEntity::getId).distinct().toList());
		Map<P, V> result = new IdentityHashMap<>();
		for (P parent : parents) {
			V value = values.getOrDefault(parent.getId(), missing);
			if (value != null) {
				result.put(parent, value);
			}
		}
		return result;
	}

}
