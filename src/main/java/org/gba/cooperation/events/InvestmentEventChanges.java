package org.gba.cooperation.events;

import org.gba.cooperation.live.LiveEvent;

/** The changes of investment events that subscribers are told about, once committed. */
final class InvestmentEventChanges {

	private InvestmentEventChanges() {
	}

	/** An event was published (DRAFT → PUBLISHED). */
	record Published(long eventId) implements LiveEvent {
	}

	/** A deal was recorded at an event. */
	record DealSigned(long dealId, long eventId) implements LiveEvent {
	}

	/** An organisation registered for an event, registered again, or withdrew. */
	record RegistrationChanged(long registrationId, long eventId) implements LiveEvent {
	}

}
