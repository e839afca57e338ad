package org.gba.cooperation.labs;

/** Where a joint lab stands in its life. Only OPERATING labs and CLOSED ones have been public. */
public enum JointLabStatus {
	PLANNED, UNDER_CONSTRUCTION, OPERATING, CLOSED
}
