package org.gba.cooperation.shared;

/** The direction of an ordering. */
public enum OrderDirection {

	ASC, DESC

}
