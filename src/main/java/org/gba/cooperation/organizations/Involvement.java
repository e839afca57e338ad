package org.gba.cooperation.organizations;

import java.util.Collection;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import jakarta.persistence.metamodel.SingularAttribute;

import org.gba.cooperation.shared.BaseEntity;
import org.gba.cooperation.shared.BaseEntity_;
import org.gba.cooperation.shared.Jurisdiction;
import org.gba.cooperation.shared.paging.Conditions;

/**
 * Criteria on the organisations a record involves through a link entity (lab members,
 * project participants, event organisers and registrations), for the queries of other
 * modules: they name the link entity's two columns, {@code record} (e.g.
 * {@code JointLabMember_.jointLabId}) and {@code organization}
 * ({@code JointLabMember_.organizationId}), and never the organisation entity.
 */
public final class Involvement {

	private Involvement() {
	}

	/** The record has a link row naming this organisation. */
	public static <L extends BaseEntity> Predicate of(Conditions<?> where, SingularAttribute<L, Long> record,
			SingularAttribute<L, Long> organization, long organizationId) {
		return of(where, record, organization, where.builder().literal(organizationId));
	}

	/**
	 * The record has a link row naming the organisation with this ID (a column when
	 * paging many parents).
	 */
	public static <L extends BaseEntity> Predicate of(Conditions<?> where, SingularAttribute<L, Long> record,
			SingularAttribute<L, Long> organization, Expression<Long> organizationId) {
		CriteriaBuilder cb = where.builder();
		Subquery<Long> link = where.subquery(Long.class);
		Root<L> l = link.from(record.getDeclaringType().getJavaType());
		link.select(l.get(BaseEntity_.id))
			.where(cb.equal(l.get(record), where.root().get(BaseEntity_.id)),
					cb.equal(l.get(organization), organizationId));
		return cb.exists(link);
	}

	/** The record has a link row naming an organisation of one of these jurisdictions. */
	public static <L extends BaseEntity> Predicate fromJurisdictions(Conditions<?> where,
			SingularAttribute<L, Long> record, SingularAttribute<L, Long> organization,
			Collection<Jurisdiction> jurisdictions) {
		CriteriaBuilder cb = where.builder();
		if (jurisdictions.isEmpty()) {
			return cb.disjunction();
		}
		Subquery<Long> link = where.subquery(Long.class);
		Root<L> l = link.from(record.getDeclaringType().getJavaType());
		Root<Organization> o = link.from(Organization.class);
		link.select(l.get(BaseEntity_.id))
			.where(cb.equal(l.get(record), where.root().get(BaseEntity_.id)),
					cb.equal(o.get(Organization_.id), l.get(organization)),
					o.get(Organization_.jurisdiction).in(jurisdictions));
		return cb.exists(link);
	}

	/**
	 * The jurisdiction (its enum name) of the organisation whose ID is in the column
	 * {@code organizationIdColumn} of the statement's row: a scalar sub-query, for
	 * another module's plain-SQL batch loads to select their records' jurisdictions in
	 * one statement without naming the organisation table themselves.
	 */
	public static String jurisdictionSql(String organizationIdColumn) {
		return "(select o.jurisdiction from organization o where o.id = " + organizationIdColumn + ")";
	}

}
