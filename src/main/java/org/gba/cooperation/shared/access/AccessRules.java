package org.gba.cooperation.shared.access;

import java.util.Collection;
import java.util.Set;

import org.gba.cooperation.shared.paging.Filter;

/**
 * What the current caller may see. Every read goes through it: connections, look-ups by ID,
 * {@code node}/{@code nodes}, nested connections and references (through the shared record
 * queries), and protected fields. Implemented once, in the security module.
 */
public interface AccessRules {

	/** The caller of the current request. */
	Caller caller();

	/**
	 * The rows of an entity type the current caller may see, as filter conditions. Every entity type
	 * that is read must have a rule; asking for one without is a programming error.
	 */
	<T> Filter<T> visible(Class<T> entityType);

	/**
	 * The rows of an entity type that the current caller's statistics (grouped counts and sums) may
	 * count: every current record for analysts and coordinators; for everyone else, partners included,
	 * only the records anonymous callers may list, so that no aggregate reveals a draft or another
	 * organisation's private record. Archived records are counted by no one.
	 */
	<T> Filter<T> aggregable(Class<T> entityType);

	/**
	 * The rows of an entity type the current caller may see when a record it sees refers to them (a
	 * lab's member organisation, an arrangement's person): as {@link #visible}, archived records
	 * included. Archiving keeps the record for the record: a lab's member stays its member, and a
	 * caller who sees the lab sees which organisation that was (with its {@code archivedAt}), though it
	 * no longer lists or finds the archived organisation itself.
	 */
	<T> Filter<T> referable(Class<T> entityType);

	/**
	 * The rows of an entity type the current caller may change: for a partner those its
	 * organisation takes part in, for a coordinator all, for anyone else none.
	 */
	<T> Filter<T> changeable(Class<T> entityType);

	/** Of these people, those whose contact details (e-mail, phone) the current caller may read. */
	Set<Long> contactDetailsReadable(Collection<Long> personIds);

	/** Whether the current caller may set exchange rates, which every conversion uses: coordinators only. */
	boolean maintainsExchangeRates();

}
