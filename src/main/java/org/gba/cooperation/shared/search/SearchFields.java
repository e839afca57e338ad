package org.gba.cooperation.shared.search;

import org.gba.cooperation.shared.Language;
import org.gba.cooperation.shared.NameSortKeys;

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

	/**
	 * The field {@code orderBy: NAME} sorts by for a reader of the language: the names'
	 * sort key of that language ({@link NameSortKeys}), named as {@code SortKey.names}
	 * names its key ({@code NAME_ZH_HANS}: {@code nameZhHans}).
	 */
	public static String name(Language reader) {
		return switch (reader) {
			case ZH_HANT -> "nameZhHant";
			case ZH_HANS -> "nameZhHans";
			case EN -> "nameEn";
			case PT -> "namePt";
		};
	}

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

	/**
	 * The keys a record is counted under by the statistics ({@link StatisticsKeys}),
	 * aggregable: one per combination of the values of its dimensions.
	 */
	public static final String STATISTICS = "statistics";

	private SearchFields() {
	}

}
