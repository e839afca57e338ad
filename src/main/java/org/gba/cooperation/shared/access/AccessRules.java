package org.gba.cooperation.shared.access;

import java.util.Collection;
import java.util.Set;

import org.gba.cooperation.shared.BaseEntity;
import org.gba.cooperation.shared.paging.Filter;
import org.gba.cooperation.shared.search.SearchFilter;
import org.jspecify.annotations.Nullable;

/**
 * What the current caller may see. Every read goes through it: connections, look-ups by
 * ID, {@code node}/{@code nodes}, nested connections and references (through the shared
 * record queries), and protected fields. Implemented once, in the security module.
 */
public interface AccessRules {

	/** The caller of the current request. */
	Caller caller();

	/**
	 * The rows of an entity type the current caller may see, as filter conditions. Every
	 * entity type that is read must have a rule; asking for one without is a programming
	 * error.
	 */
	<T extends BaseEntity> Filter<T> visible(Class<T> entityType);

	/**
	 * The rows of an entity type that the current caller's statistics (grouped counts and
	 * sums) may count: every current record for analysts and coordinators; for everyone
	 * else, partners included, only the records anonymous callers may list, so that no
	 * aggregate reveals a draft or another organisation's private record. Archived
	 * records are counted by no one.
	 */
	<T extends BaseEntity> Filter<T> aggregable(Class<T> entityType);

	/**
	 * {@link #visible} for the search engine: the same rule on the indexed fields of the
	 * entity type's documents (status, archived, the organisations taking part).
	 */
	SearchFilter searchable(Class<? extends BaseEntity> entityType);

	/**
	 * {@link #aggregable} for the search engine, whose aggregations answer the
	 * statistics: the same rule on the indexed status and archived fields.
	 */
	SearchFilter aggregableInIndex(Class<? extends BaseEntity> entityType);

	/**
	 * The rows of an entity type the current caller may see when a record it sees refers
	 * to them (a lab's member organisation, an arrangement's person): as
	 * {@link #visible}, archived records included. Archiving keeps the record for the
	 * record: a lab's member stays its member, and a caller who sees the lab sees which
	 * organisation that was (with its {@code archivedAt}), though it no longer lists or
	 * finds the archived organisation itself.
	 */
	<T extends BaseEntity> Filter<T> referable(Class<T> entityType);

	/**
	 * The rows of an entity type the current caller may change: for a partner those its
	 * organisation takes part in, for a coordinator all, for anyone else none.
	 */
	<T extends BaseEntity> Filter<T> changeable(Class<T> entityType);

	/**
	 * Of these people, those whose contact details (e-mail, phone) the current caller may
	 * read: all for a coordinator; for a partner, the people its organisation hosts
	 * through an ACTIVE, unarchived talent arrangement (employing a person, its
	 * affiliation, is not hosting); none for anyone else.
	 */
	Set<Long> contactDetailsReadable(Collection<Long> personIds);

	/**
	 * Whether the current caller may accept (start) a talent arrangement for a person of
	 * this affiliation, which opens the person's contact details to the host: a
	 * coordinator, or a partner of the person's own organisation. A host's proposal alone
	 * opens nothing.
	 */
	boolean acceptsArrangementsFor(@Nullable Long personAffiliationId);

	/**
	 * Whether the current caller may set exchange rates, which every conversion uses:
	 * coordinators only.
	 */
	boolean maintainsExchangeRates();

}
