package org.gba.cooperation.shared.access;

/** The roles a token's {@code roles} claim may carry. */
public enum Role {

	/**
	 * A partner organisation's user: sees and (later) changes what its organisation takes
	 * part in.
	 */
	PARTNER,
	/** An analyst: reads everything except people's contact details; never writes. */
	ANALYST,
	/** A Guangdong coordinator, the API's operator: everything. */
	COORDINATOR

}
