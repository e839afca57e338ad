package org.gba.cooperation.shared.paging;

import org.jspecify.annotations.Nullable;

/** Relay's page information. */
public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, @Nullable String startCursor,
		@Nullable String endCursor) {
}
