package org.gba.cooperation.statistics;

/** The dimensions each statistic may be grouped by (GraphQL enums of the same names). */
final class Dimensions {

	private Dimensions() {
	}

	/** The GraphQL enum {@code JointLabDimension}. */
	enum JointLabDimension {

		JURISDICTION, SECTOR, STATUS

	}

	/** The GraphQL enum {@code ProjectDimension}. */
	enum ProjectDimension {

		SECTOR, YEAR, LEAD_JURISDICTION

	}

	/** The GraphQL enum {@code EventDimension}. */
	enum EventDimension {

		YEAR, MONTH, CITY

	}

	/** The GraphQL enum {@code TalentArrangementDimension}. */
	enum TalentArrangementDimension {

		MODE, CATEGORY, HOME_JURISDICTION, HOST_JURISDICTION

	}

	/** The GraphQL enum {@code CrossBorderPairDimension}. */
	enum CrossBorderPairDimension {

		RECORD_TYPE, SECTOR

	}

}
