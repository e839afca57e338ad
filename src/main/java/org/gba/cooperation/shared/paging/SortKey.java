package org.gba.cooperation.shared.paging;

import java.util.function.Function;

import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Root;

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
}
