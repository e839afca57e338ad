package org.gba.cooperation.events;

/** Where an event stands. */
public enum InvestmentEventStatus {
	DRAFT, PUBLISHED, CANCELLED, COMPLETED
}
