package org.gba.cooperation.shared.paging;

import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaQuery;

import org.gba.cooperation.shared.BaseEntity;

/**
 * The shape of one grouped aggregate query ({@link VisibleRecords#aggregate}): the joins
 * it needs (as further roots or joins of the query, with their conditions added to
 * {@code where}), its selection (the group keys, then the aggregates) and its
 * {@code GROUP BY}. The records' filter and access rule are already in {@code where}; the
 * query's {@code WHERE} is set after this returns.
 */
@FunctionalInterface
public interface Aggregation<T extends BaseEntity> {

	void define(Conditions<T> where, CriteriaQuery<Tuple> query);

}
