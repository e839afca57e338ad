package org.gba.cooperation.shared.search;

/**
 * The names of the index fields that the search code of every module relies on. Each
 * module's filter names its own fields (e.g. {@code status}, {@code startDate}) next to
 * the entity's mapping.
 */
public final class SearchFields {

	/** A record's searchable texts, analysed ({@link SearchAnalysis}). */
	public static final String TEXT = "text";

	/** Its searchable texts whole, in normal form: an exact match ranks first. */
	public static final String EXACT = "exact";

	/** The name that {@code orderBy: NAME} sorts by. */
	public static final String NAME = "name";

	/** The record's database ID, for the tiebreak of every order and keyset cursors. */
	public static final String ROW_ID = "rowId";

	/** Whether the record is archived. */
	public static final String ARCHIVED = "archived";

	/** A record's status (enum name). */
	public static final String STATUS = "status";

	/**
	 * The organisations that take part in a record, as the access rules count them
	 * (members, organisers and registrants, participants, host and employer).
	 */
	public static final String ORGANIZATIONS = "organizations";

	private SearchFields() {
	}

}
