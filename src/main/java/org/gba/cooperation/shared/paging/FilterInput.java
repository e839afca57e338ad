package org.gba.cooperation.shared.paging;

/** A connection's {@code filter} input: a GraphQL input record that becomes filter conditions. */
public interface FilterInput<T> {

	/** The conditions; throws {@link org.gba.cooperation.shared.InvalidInputException} for bad values. */
	Filter<T> toFilter();

}
