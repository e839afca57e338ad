package org.gba.cooperation.shared;

/** The three jurisdictions of the Greater Bay Area, in their canonical order. */
public enum Jurisdiction {

	GUANGDONG, HONG_KONG, MACAO

}
