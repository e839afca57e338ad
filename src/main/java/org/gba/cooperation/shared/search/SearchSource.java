package org.gba.cooperation.shared.search;

import java.util.List;

/**
 * A kind of record that {@code search:} finds, declared as a bean by the module that owns
 * it: the table and the text columns to index.
 *
 * @param kind the record's type name, as in its global IDs (e.g. {@code JointLab})
 * @param table its table
 * @param columns its searchable text columns (e.g. {@code name_zh_hant}, ...,
 * {@code abbreviation})
 */
public record SearchSource(String kind, String table, List<String> columns) {

	/**
	 * The four columns of a localised text, e.g. {@code name_zh_hant},
	 * {@code name_zh_hans}, {@code name_en}, {@code name_pt}.
	 */
	public static List<String> localized(String field) {
		return List.of(field + "_zh_hant", field + "_zh_hans", field + "_en", field + "_pt");
	}

	String selectAll() {
		return "SELECT id, " + String.join(", ", this.columns) + " FROM " + this.table;
	}

	String selectOne() {
		return selectAll() + " WHERE id = ?";
	}

}
