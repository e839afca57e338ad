package org.gba.cooperation.shared.paging;

/**
 * The types of the columns connections can be ordered by; each must be NOT NULL in the
 * database.
 */
public enum SortValueType {

	TEXT, DATE, NUMBER

}
