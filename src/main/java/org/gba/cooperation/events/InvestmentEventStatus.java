package org.gba.cooperation.events;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an event stands. Drafts are not public: only organisers, registrants, analysts
 * and coordinators see them.
 */
public enum InvestmentEventStatus {

	DRAFT, PUBLISHED, CANCELLED, COMPLETED;

	/**
	 * The statuses an event may move to from this one: published from draft, then held or
	 * called off.
	 */
	Set<InvestmentEventStatus> next() {
		return switch (this) {
			case DRAFT -> EnumSet.of(PUBLISHED, CANCELLED);
			case PUBLISHED -> EnumSet.of(CANCELLED, COMPLETED);
			case CANCELLED, COMPLETED -> EnumSet.noneOf(InvestmentEventStatus.class);
		};
	}

}
