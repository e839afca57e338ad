package org.gba.cooperation.talent;

import java.util.EnumSet;
import java.util.Set;

/** Where a talent arrangement stands; {@link #next()} says where it may go. */
public enum TalentArrangementStatus {

	PROPOSED, ACTIVE, ENDED, CANCELLED;

	/**
	 * The statuses an arrangement may move to from this one: it is cancelled, if at all,
	 * before it starts.
	 */
	Set<TalentArrangementStatus> next() {
		return switch (this) {
			case PROPOSED -> EnumSet.of(ACTIVE, CANCELLED);
			case ACTIVE -> EnumSet.of(ENDED);
			case ENDED, CANCELLED -> EnumSet.noneOf(TalentArrangementStatus.class);
		};
	}

}
