package org.gba.cooperation.shared.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.gba.cooperation.shared.Jurisdiction;
import org.jspecify.annotations.Nullable;

/**
 * The keys a record is counted under by the statistics, indexed in its document's
 * {@link SearchFields#STATISTICS} field: each key is a kind and the values of the
 * record's dimensions, e.g. {@code T|12|OPERATING} (a lab's sector and status). A terms
 * aggregation on that field counts the records of every combination in one pass; the
 * statistics add those counts up to the dimensions asked for. The search engines
 * aggregate one field at a time (no nested terms on both backends), hence one field of
 * combined keys rather than a field per dimension.
 */
public final class StatisticsKeys {

	/**
	 * The record itself, once (a lab's sector and status; a project's sector, year and
	 * lead jurisdiction).
	 */
	public static final String RECORD = "T";

	/** The record in one of its jurisdictions (a lab, once per member jurisdiction). */
	public static final String JURISDICTION = "J";

	/** A pair of jurisdictions the record brings together, first in enum order. */
	public static final String PAIR = "P";

	private static final String SEPARATOR = "|";

	private static final String NONE = "-";

	private StatisticsKeys() {
	}

	/** The key of a kind and values (enums by name, numbers in decimal, null as none). */
	public static String of(String kind, @Nullable Object... values) {
		StringBuilder key = new StringBuilder(kind);
		for (Object value : values) {
			key.append(SEPARATOR);
			key.append((value == null) ? NONE : (value instanceof Enum<?> e) ? e.name() : value.toString());
		}
		return key.toString();
	}

	/** The kind of a key. */
	public static String kind(String key) {
		int end = key.indexOf(SEPARATOR);
		return (end < 0) ? key : key.substring(0, end);
	}

	/** The values of a key, after its kind; null for none. */
	public static List<@Nullable String> values(String key) {
		List<String> parts = Arrays.asList(key.split("\\" + SEPARATOR, -1));
		List<@Nullable String> values = new ArrayList<>(parts.size() - 1);
		for (String part : parts.subList(1, parts.size())) {
			values.add(NONE.equals(part) ? null : part);
		}
		return values;
	}

	/**
	 * The pairs of the jurisdictions, each in enum order (GUANGDONG before HONG_KONG).
	 */
	public static List<List<Jurisdiction>> pairs(List<Jurisdiction> jurisdictions) {
		List<Jurisdiction> sorted = jurisdictions.stream().distinct().sorted().toList();
		List<List<Jurisdiction>> pairs = new ArrayList<>();
		for (int i = 0; i < sorted.size(); i++) {
			for (int j = i + 1; j < sorted.size(); j++) {
				pairs.add(List.of(sorted.get(i), sorted.get(j)));
			}
		}
		return pairs;
	}

}
