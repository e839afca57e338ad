package org.gba.cooperation.shared.paging;

import org.gba.cooperation.shared.Language;
import org.gba.cooperation.shared.OrderDirection;

/**
 * A connection's {@code orderBy} input: a sort column and a direction (the ID breaks
 * ties).
 */
public interface Ordering<T> {

	/**
	 * The column to sort by for a reader of this language (the request's): names sort in
	 * the reader's collation ({@link SortKey#names}); other columns do not depend on it.
	 */
	SortKey<T> sortKey(Language reader);

	OrderDirection direction();

}
