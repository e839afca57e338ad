package org.gba.cooperation.shared.paging;

import java.util.function.Function;

import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Root;

import org.gba.cooperation.shared.BaseEntity;
import org.gba.cooperation.shared.BaseEntity_;
import org.gba.cooperation.shared.Language;
import org.gba.cooperation.shared.NameSortKeys;

/**
 * A column a connection can be ordered by, with how to read it from a query root and from
 * a loaded entity. The ID is always added as tiebreak, so every ordering is total and
 * stable.
 *
 * @param <T> the entity type
 * @param name the name written into cursors, e.g. {@code NAME}
 * @param type the column's type
 * @param path where the column is in a criteria query
 * @param value the column's value in a loaded entity
 */
public record SortKey<T>(String name, SortValueType type, Function<Root<T>, Path<? extends Comparable<?>>> path,
		Function<T, Comparable<?>> value) {

	/** The name of {@link #relevance()}. */
	public static final String RELEVANCE = "RELEVANCE";

	/**
	 * Relevance to the connection's {@code search} text, most relevant first (ascending),
	 * answered by the search engine; without a search text every record is as relevant as
	 * any other, and the order is the ID's.
	 */
	public static <T extends BaseEntity> SortKey<T> relevance() {
		return new SortKey<>(RELEVANCE, SortValueType.NUMBER, (root) -> root.get(BaseEntity_.id), BaseEntity::getId);
	}

	/**
	 * The search index's field of this key: the key's name in lower camel case
	 * ({@code START_DATE}: {@code startDate}, {@code NAME_ZH_HANS}: {@code nameZhHans}).
	 */
	String indexField() {
		StringBuilder field = new StringBuilder();
		boolean upper = false;
		for (char c : this.name.toCharArray()) {
			if (c == '_') {
				upper = true;
			}
			else {
				field.append(upper ? c : Character.toLowerCase(c));
				upper = false;
			}
		}
		return field.toString();
	}

	/**
	 * Names as a reader of this language sorts them: the stored key of that language
	 * ({@link NameSortKeys}), on the database and in the search index. Its name, written
	 * into cursors, names the language ({@code NAME_ZH_HANS}, in the index
	 * {@code nameZhHans}), so that a cursor made in one language is refused in another,
	 * where the same row sits elsewhere.
	 * @param reader the request's language
	 * @param keys where the entity's keys are in a criteria query
	 * @param value the keys of a loaded entity
	 */
	public static <T> SortKey<T> names(Language reader, Function<Root<T>, Path<NameSortKeys>> keys,
			Function<T, NameSortKeys> value) {
		return new SortKey<>("NAME_" + reader.name(), SortValueType.TEXT,
				(root) -> keys.apply(root).get(NameSortKeys.attribute(reader)), (row) -> value.apply(row).in(reader));
	}

}
