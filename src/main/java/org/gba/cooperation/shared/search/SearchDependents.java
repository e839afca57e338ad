package org.gba.cooperation.shared.search;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.metamodel.SingularAttribute;

import org.gba.cooperation.shared.BaseEntity;
import org.gba.cooperation.shared.jpa.ChildRows;

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

	/**
	 * The records named by the link rows (e.g. lab members) whose {@code column} is the
	 * written record's ID, each once, as references that the indexing loads in batches.
	 */
	static <L> List<?> linkedThrough(ChildRows children, EntityManager entityManager, Class<L> link,
			SingularAttribute<? super L, Long> column, BaseEntity written, Function<L, Long> record,
			Class<?> recordType) {
		return children.of(link, column, List.of(written.getId()), List.of())
			.stream()
			.map(record)
			.distinct()
			.map((id) -> entityManager.getReference(recordType, id))
			.toList();
	}

}
