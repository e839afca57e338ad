package org.gba.cooperation.organizations;

import java.util.Collection;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.gba.cooperation.shared.Jurisdiction;
import org.gba.cooperation.shared.paging.Conditions;

/**
 * Filter conditions on the organisations a record involves through a link entity (lab members,
 * project participants, event organisers and registrations). Every link entity names its
 * organisation {@code organizationId}; {@code parentAttribute} names the record it links.
 */
public final class Involvement {

	private Involvement() {
	}

	/** The record has a link row naming this organisation. */
	public static Predicate of(Conditions<?> where, Class<?> linkType, String parentAttribute, long organizationId) {
		return of(where, linkType, parentAttribute, where.builder().literal(organizationId));
	}

	/** The record has a link row naming the organisation with this ID (a column when paging many parents). */
	public static Predicate of(Conditions<?> where, Class<?> linkType, String parentAttribute,
			Expression<Long> organizationId) {
		CriteriaBuilder cb = where.builder();
		Subquery<Long> link = where.subquery(Long.class);
		Root<?> l = link.from(linkType);
		link.select(l.get("id"))
			.where(cb.equal(l.get(parentAttribute), where.root().get("id")),
					cb.equal(l.get("organizationId"), organizationId));
		return cb.exists(link);
	}

	/** The record has a link row naming an organisation of one of these jurisdictions. */
	public static Predicate fromJurisdictions(Conditions<?> where, Class<?> linkType, String parentAttribute,
			Collection<Jurisdiction> jurisdictions) {
		CriteriaBuilder cb = where.builder();
		if (jurisdictions.isEmpty()) {
			return cb.disjunction();
		}
		Subquery<Long> link = where.subquery(Long.class);
		Root<?> l = link.from(linkType);
		Root<Organization> o = link.from(Organization.class);
		link.select(l.get("id"))
			.where(cb.equal(l.get(parentAttribute), where.root().get("id")), cb.equal(o.get("id"), l.get("organizationId")),
					o.get("jurisdiction").in(jurisdictions));
		return cb.exists(link);
	}

}
