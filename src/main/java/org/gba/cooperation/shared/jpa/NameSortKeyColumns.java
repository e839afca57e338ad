package org.gba.cooperation.shared.jpa;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.gba.cooperation.shared.LocalizedText;
import org.gba.cooperation.shared.NameSortKeys;

/**
 * The names' sort keys ({@link NameSortKeys}) of rows written with SQL rather than
 * through their entity, which makes them itself: made from the rows' names (columns
 * {@code name_zh_hant}, {@code _zh_hans}, {@code _en}, {@code _pt}) into
 * {@code name_sort_zh_hant}..., a batch of rows at a time, in the caller's transaction.
 * For the migration that adds the keys, and the demo data.
 */
public final class NameSortKeyColumns {

	/** The tables whose rows have sort keys beside their names. */
	public static final List<String> TABLES = List.of("organization", "person", "joint_lab", "cross_border_project",
			"investment_event");

	/** Rows read, and written in one JDBC batch, at a time. */
	private static final int BATCH = 1000;

	private NameSortKeyColumns() {
	}

	/**
	 * Makes the sort keys of every row of the table from its names, in batches of rows in
	 * ID order; answers how many rows it made them for.
	 */
	public static long fill(Connection connection, String table) throws SQLException {
		String select = "SELECT id, name_zh_hant, name_zh_hans, name_en, name_pt FROM " + table
				+ " WHERE id > ? ORDER BY id LIMIT " + BATCH;
		String update = "UPDATE " + table + " SET name_sort_zh_hant = ?, name_sort_zh_hans = ?, name_sort_en = ?, "
				+ "name_sort_pt = ? WHERE id = ?";
		long rows = 0;
		long after = 0;
		try (PreparedStatement read = connection.prepareStatement(select);
				PreparedStatement write = connection.prepareStatement(update)) {
			while (true) {
				int batch = 0;
				read.setLong(1, after);
				try (ResultSet names = read.executeQuery()) {
					while (names.next()) {
						after = names.getLong(1);
						NameSortKeys keys = NameSortKeys.of(new LocalizedText(names.getString(2), names.getString(3),
								names.getString(4), names.getString(5)));
						write.setString(1, keys.zhHant());
						write.setString(2, keys.zhHans());
						write.setString(3, keys.en());
						write.setString(4, keys.pt());
						write.setLong(5, after);
						write.addBatch();
						batch++;
					}
				}
				if (batch == 0) {
					return rows;
				}
				write.executeBatch();
				rows += batch;
			}
		}
	}

}
