package org.gba.cooperation.shared.paging;

import jakarta.persistence.Tuple;

import org.gba.cooperation.shared.BaseEntity;
import org.hibernate.query.criteria.HibernateCriteriaBuilder;
import org.hibernate.query.criteria.JpaCriteriaQuery;
import org.hibernate.query.criteria.JpaDerivedRoot;
import org.hibernate.query.criteria.JpaSubQuery;

/**
 * A two-level aggregate ({@link VisibleRecords#aggregateOverRecords}): one row per
 * record, then an aggregate over those rows, in one statement.
 */
public interface RecordAggregation<T extends BaseEntity> {

	/**
	 * The inner query: its selections (each with an alias) and its grouping, one group
	 * per record. The record's filter and access rules are already in {@code where}; add
	 * joins and conditions to it.
	 */
	void perRecord(Conditions<T> where, JpaSubQuery<Tuple> records);

	/**
	 * The outer query over the inner one's rows ({@code row.get(alias)}): its selections
	 * and grouping.
	 */
	void overRecords(JpaDerivedRoot<Tuple> row, JpaCriteriaQuery<Tuple> query, HibernateCriteriaBuilder builder);

}
