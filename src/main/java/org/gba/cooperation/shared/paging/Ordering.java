package org.gba.cooperation.shared.paging;

import org.gba.cooperation.shared.OrderDirection;

/**
 * A connection's {@code orderBy} input: a sort column and a direction (the ID breaks
 * ties).
 */
public interface Ordering<T> {

	SortKey<T> sortKey();

	OrderDirection direction();

}
