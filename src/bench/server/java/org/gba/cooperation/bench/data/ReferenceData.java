package org.gba.cooperation.bench.data;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.gba.cooperation.bench.data.Vocabulary.Term;

/**
 * The migrations' reference data the generators draw from: the cities, with where records
 * are, and the sectors (by index, in ID order).
 *
 * @param cities the cities in ID order
 * @param sectors the sectors' names in ID order
 * @param sectorIds the sectors' IDs, by the same index
 */
record ReferenceData(List<Place> cities, List<Term> sectors, List<Long> sectorIds) {

	/** The jurisdictions, by the index the generators use. */
	static final String[] JURISDICTIONS = { "GUANGDONG", "HONG_KONG", "MACAO" };

	/** Where records are: Shenzhen and Guangzhou first (by city code; others weigh 1). */
	private static final Map<String, Integer> CITY_WEIGHTS = Map.ofEntries(Map.entry("SHENZHEN", 28),
			Map.entry("GUANGZHOU", 24), Map.entry("HONG_KONG", 12), Map.entry("MACAO", 5), Map.entry("DONGGUAN", 6),
			Map.entry("FOSHAN", 6), Map.entry("ZHUHAI", 5), Map.entry("HUIZHOU", 3), Map.entry("ZHONGSHAN", 3),
			Map.entry("JIANGMEN", 2), Map.entry("ZHAOQING", 2), Map.entry("SHANTOU", 2));

	/** A city of the reference data. */
	record Place(long id, String code, int jurisdiction, Term name) {
	}

	static ReferenceData read(Connection connection) throws SQLException {
		List<Place> cities = new ArrayList<>();
		List<Term> sectors = new ArrayList<>();
		List<Long> sectorIds = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(
						"SELECT id, code, jurisdiction, name_zh_hant, name_zh_hans, name_en FROM city ORDER BY id")) {
			while (rows.next()) {
				cities.add(new Place(rows.getLong(1), rows.getString(2),
						Arrays.asList(JURISDICTIONS).indexOf(rows.getString(3)),
						new Term(rows.getString(4), rows.getString(5), rows.getString(6))));
			}
		}
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement
					.executeQuery("SELECT id, name_zh_hant, name_zh_hans, name_en FROM sector ORDER BY id")) {
			while (rows.next()) {
				sectorIds.add(rows.getLong(1));
				sectors.add(new Term(rows.getString(2), rows.getString(3), rows.getString(4)));
			}
		}
		if (cities.isEmpty() || sectors.isEmpty()) {
			throw new IllegalStateException("No cities or sectors: run the migrations (V2 reference data) first");
		}
		return new ReferenceData(cities, sectors, sectorIds);
	}

	/** Draws cities by their weight. */
	Picker cityPicker() {
		return Picker.weighted(this.cities.stream().mapToDouble(ReferenceData::cityWeight).toArray());
	}

	/** Draws the cities of one jurisdiction by their weight. */
	Picker cityPickerIn(int jurisdiction) {
		return Picker.weighted(this.cities.stream()
			.mapToDouble((city) -> (city.jurisdiction() == jurisdiction) ? cityWeight(city) : 0)
			.toArray());
	}

	private static double cityWeight(Place city) {
		return CITY_WEIGHTS.getOrDefault(city.code(), 1);
	}

}
