package org.gba.cooperation.shared.paging;

import org.gba.cooperation.shared.BaseEntity;

/**
 * A connection's {@code filter} input: a GraphQL input record that becomes filter
 * conditions.
 */
public interface FilterInput<T extends BaseEntity> {

	/**
	 * The conditions; throws {@link org.gba.cooperation.shared.InvalidInputException} for
	 * bad values.
	 */
	Filter<T> toFilter();

}
