package org.gba.cooperation.shared.paging;

import org.gba.cooperation.shared.BaseEntity;

/**
 * The conditions of a connection's {@code filter} argument, as criteria on the entity's
 * root.
 */
@FunctionalInterface
public interface Filter<T extends BaseEntity> {

	/** Adds this filter's conditions for one query. */
	void apply(Conditions<T> conditions);

	/** A filter that lets everything through. */
	static <T extends BaseEntity> Filter<T> none() {
		return (conditions) -> {
		};
	}

	/** Both this filter's conditions and the other's. */
	default Filter<T> and(Filter<T> other) {
		return (conditions) -> {
			apply(conditions);
			other.apply(conditions);
		};
	}

}
