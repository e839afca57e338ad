package org.gba.cooperation.support;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Small list helpers of the tests. */
public final class Lists {

	private Lists() {
	}

	/**
	 * A copy of this list in reverse order: what a descending order should give for an
	 * ascending one.
	 */
	public static <T> List<T> reversed(List<T> list) {
		List<T> reversed = new ArrayList<>(list);
		Collections.reverse(reversed);
		return reversed;
	}

}
