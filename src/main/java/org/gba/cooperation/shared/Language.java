package org.gba.cooperation.shared;

/** The languages texts are kept in. */
public enum Language {

	/** Traditional Chinese, as read in Hong Kong and Macao. */
	ZH_HANT,
	/** Simplified Chinese, as read in Guangdong. */
	ZH_HANS,
	/** English. */
	EN,
	/** Portuguese, as read in Macao. */
	PT

}
