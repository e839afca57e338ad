package org.gba.cooperation.reference;

/** The part of the province or the Bay Area a city lies in. */
public enum Region {

	PEARL_RIVER_DELTA, EAST_GUANGDONG, WEST_GUANGDONG, NORTH_GUANGDONG, HONG_KONG, MACAO

}
