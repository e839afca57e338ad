package org.gba.cooperation.reference;

/** How sectors are grouped in Guangdong's manufacturing policy. */
public enum SectorGroup {

	COOPERATION_SECTOR, FRONTIER_FIELD, FUTURE_CLUSTER

}
