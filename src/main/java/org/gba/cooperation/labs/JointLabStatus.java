package org.gba.cooperation.labs;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a joint lab stands in its life. Only OPERATING labs and CLOSED ones have been
 * public.
 */
public enum JointLabStatus {

	PLANNED, UNDER_CONSTRUCTION, OPERATING, CLOSED;

	/** The statuses a lab may move to from this one. */
	Set<JointLabStatus> next() {
		return switch (this) {
			case PLANNED -> EnumSet.of(UNDER_CONSTRUCTION, OPERATING, CLOSED);
			case UNDER_CONSTRUCTION -> EnumSet.of(OPERATING, CLOSED);
			case OPERATING -> EnumSet.of(CLOSED);
			case CLOSED -> EnumSet.noneOf(JointLabStatus.class);
		};
	}

}
