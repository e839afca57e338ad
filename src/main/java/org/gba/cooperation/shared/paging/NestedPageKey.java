package org.gba.cooperation.shared.paging;

import org.gba.cooperation.shared.BaseEntity;
import org.jspecify.annotations.Nullable;

/**
 * What a nested connection of one parent asks for. Keys with equal arguments are loaded
 * together, one statement for all their parents.
 */
record NestedPageKey<T extends BaseEntity>(long parentId, @Nullable FilterInput<T> filter, Ordering<T> order,
		PageRequest page) {

	NestedPageKey<T> withoutParent() {
		return new NestedPageKey<>(0, this.filter, this.order, this.page);
	}

}
