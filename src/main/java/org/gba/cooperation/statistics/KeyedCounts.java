package org.gba.cooperation.statistics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;

import org.gba.cooperation.shared.search.StatisticsKeys;
import org.jspecify.annotations.Nullable;

/**
 * Adds up what the engine counted per key
 * ({@link org.gba.cooperation.shared.search.StatisticsKeys}: every combination of a
 * record's dimensions) to the buckets of the dimensions asked for: the values of the
 * dimensions not grouped by become null, and the keys that then agree are merged.
 */
final class KeyedCounts {

	private KeyedCounts() {
	}

	/**
	 * The buckets of the keys of one kind: {@code grouped[i]} says whether the i-th value
	 * of the key is a dimension grouped by; the bucket's key holds the grouped values (as
	 * strings) and null for the others.
	 */
	static <V> Map<List<@Nullable String>, V> rollUp(Map<String, V> byKey, String kind, boolean[] grouped,
			BinaryOperator<V> merge) {
		Map<List<@Nullable String>, V> buckets = new HashMap<>();
		byKey.forEach((key, value) -> {
			if (!kind.equals(StatisticsKeys.kind(key))) {
				return;
			}
			List<@Nullable String> values = new ArrayList<>(StatisticsKeys.values(key));
			for (int i = 0; i < grouped.length; i++) {
				if (!grouped[i]) {
					values.set(i, null);
				}
			}
			buckets.merge(values, value, merge);
		});
		return buckets;
	}

	static boolean[] grouped(boolean... dimensions) {
		return Arrays.copyOf(dimensions, dimensions.length);
	}

	static @Nullable Long id(@Nullable String value) {
		return (value != null) ? Long.valueOf(value) : null;
	}

	static @Nullable Integer integer(@Nullable String value) {
		return (value != null) ? Integer.valueOf(value) : null;
	}

	static <E extends Enum<E>> @Nullable E constant(Class<E> type, @Nullable String value) {
		return (value != null) ? Enum.valueOf(type, value) : null;
	}

}
