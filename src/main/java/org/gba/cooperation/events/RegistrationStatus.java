package org.gba.cooperation.events;

/** Whether a registration holds. */
public enum RegistrationStatus {

	REGISTERED, WITHDRAWN

}
