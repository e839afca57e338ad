package org.gba.cooperation.projects;

import java.util.EnumSet;
import java.util.Set;

/** Where a project stands; {@link #next()} says where it may go. */
public enum CrossBorderProjectStatus {

	PROPOSED, APPROVED, IN_PROGRESS, COMPLETED, SUSPENDED, CANCELLED;

	/** The statuses a project may move to from this one. */
	Set<CrossBorderProjectStatus> next() {
		return switch (this) {
			case PROPOSED -> EnumSet.of(APPROVED, CANCELLED);
			case APPROVED -> EnumSet.of(IN_PROGRESS, CANCELLED);
			case IN_PROGRESS -> EnumSet.of(SUSPENDED, COMPLETED, CANCELLED);
			case SUSPENDED -> EnumSet.of(IN_PROGRESS, CANCELLED);
			case COMPLETED, CANCELLED -> EnumSet.noneOf(CrossBorderProjectStatus.class);
		};
	}

	/**
	 * Whether a project in this status works across borders: participants from two
	 * jurisdictions at least.
	 */
	boolean crossesBorders() {
		return this != PROPOSED && this != CANCELLED;
	}

}
