package org.gba.cooperation.shared;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * An inclusive range of dates, either bound optional (the GraphQL input
 * {@code DateRange}).
 */
public record DateRange(@Nullable LocalDate from, @Nullable LocalDate to) {

	public DateRange {
		if (from != null && to != null && from.isAfter(to)) {
			throw new InvalidInputException(LocalizedMessage.of("dateRange.outOfOrder", from, to));
		}
	}

}
