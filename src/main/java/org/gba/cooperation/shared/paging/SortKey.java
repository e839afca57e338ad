package org.gba.cooperation.shared.paging;

import java.util.function.Function;

import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Root;

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

	/**
	 * Names as a reader of this language sorts them: the stored key of that language
	 * ({@link NameSortKeys}). Its name, written into cursors, names the language
	 * ({@code NAME(ZH_HANS)}), so that a cursor made in one language is refused in
	 * another, where the same row sits elsewhere.
	 * @param reader the request's language
	 * @param keys where the entity's keys are in a criteria query
	 * @param value the keys of a loaded entity
	 */
	public static <T> SortKey<T> names(Language reader, Function<Root<T>, Path<NameSortKeys>> keys,
			Function<T, NameSortKeys> value) {
		return new SortKey<>("NAME(" + reader.name() + ")", SortValueType.TEXT,
				(root) -> keys.apply(root).get(NameSortKeys.attribute(reader)), (row) -> value.apply(row).in(reader));
	}

}
