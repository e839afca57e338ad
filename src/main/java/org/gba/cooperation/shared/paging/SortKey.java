package org.gba.cooperation.shared.paging;

import java.util.function.Function;

import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Root;

import org.gba.cooperation.shared.BaseEntity;
import org.gba.cooperation.shared.BaseEntity_;

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
	 * The search index's field of this key: {@code name} for {@code NAME}, the key's name
	 * in lower camel case otherwise ({@code START_DATE}: {@code startDate}).
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

}
