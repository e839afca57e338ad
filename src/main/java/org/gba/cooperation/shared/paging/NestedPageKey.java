package org.gba.cooperation.shared.paging;

import org.gba.cooperation.shared.BaseEntity;
import org.gba.cooperation.shared.Language;
import org.jspecify.annotations.Nullable;

/**
 * What a nested connection of one parent asks for, in the reader's language (which orders
 * names). Keys with equal arguments are loaded together, one statement for all their
 * parents.
 */
record NestedPageKey<T extends BaseEntity>(long parentId, @Nullable FilterInput<T> filter, Ordering<T> order,
		PageRequest page, Language reader) {

	NestedPageKey<T> withoutParent() {
		return new NestedPageKey<>(0, this.filter, this.order, this.page, this.reader);
	}

}
