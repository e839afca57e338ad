package org.gba.cooperation.shared.search;

import java.util.Collection;

import org.gba.cooperation.shared.BaseEntity;

/**
 * Records whose index documents hold data of another record, declared by the module that
 * indexes them: a talent arrangement is found by its person's name, so writing a person
 * re-indexes its arrangements; a joint lab is filtered by its members' jurisdictions, so
 * writing an organisation re-indexes the labs it is a member of.
 */
@FunctionalInterface
public interface SearchDependents {

	/** The records to index again, in the write's transaction, after {@code written}. */
	Collection<?> of(BaseEntity written);

}
