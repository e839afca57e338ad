package org.gba.cooperation.shared.jpa;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The values of an {@code IN} list as criteria queries bind them: one parameter per
 * value, their number padded to the next power of two (the last value repeated, which the
 * list's meaning ignores).
 * <p>
 * Why not one list parameter: Hibernate never keeps the plan of a query with a
 * multi-valued parameter, and translated each batch load's query to SQL again (a quarter
 * of a batch load's CPU in the benchmark's profile). With single-valued parameters and
 * {@code hibernate.criteria.plan_cache_enabled}, a query of the same shape and the same
 * number of values reuses its plan; the padding keeps that number to a few shapes per
 * query, for Hibernate's plan cache and the driver's statement cache alike.
 */
public final class InLists {

	private InLists() {
	}

	/**
	 * The values, padded to the next power of two by repeating the last; at least one
	 * value is expected.
	 */
	public static <T> List<T> padded(Collection<T> values) {
		List<T> list = new ArrayList<>(values);
		if (list.isEmpty()) {
			return list;
		}
		int size = Integer.highestOneBit(list.size());
		if (size < list.size()) {
			size <<= 1;
		}
		T last = list.get(list.size() - 1);
		while (list.size() < size) {
			list.add(last);
		}
		return list;
	}

}
