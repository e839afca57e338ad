package org.gba.cooperation.support;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The moves of a status machine (an enum whose {@code next()} says where each status may
 * go), read whole, so that a test states the machine as a table and its properties once
 * for every status.
 */
public final class Transitions {

	private Transitions() {
	}

	/** Where each status may go, by status. */
	public static <E extends Enum<E>> Map<E, Set<E>> table(Class<E> statuses, Function<E, Set<E>> next) {
		Map<E, Set<E>> table = new EnumMap<>(statuses);
		for (E status : statuses.getEnumConstants()) {
			table.put(status, next.apply(status));
		}
		return table;
	}

	/** The statuses reached from this one by any number of moves, itself included. */
	public static <E extends Enum<E>> Set<E> reachableFrom(E first, Function<E, Set<E>> next) {
		Set<E> reached = EnumSet.of(first);
		Deque<E> pending = new ArrayDeque<>(reached);
		while (!pending.isEmpty()) {
			for (E status : next.apply(pending.pop())) {
				if (reached.add(status)) {
					pending.push(status);
				}
			}
		}
		return reached;
	}

}
