package org.gba.cooperation.shared;

import java.util.Collection;
import java.util.List;

/**
 * Loads the objects of one GraphQL type by database ID, for {@code node(id:)} and
 * {@code nodes(ids:)}. Each module registers one bean per type it owns.
 */
public interface NodeLoader<T> {

	/** The GraphQL type name, as encoded in its global IDs. */
	String typeName();

	/** The objects with these IDs that exist; missing ones are simply absent. */
	List<T> loadAll(Collection<Long> ids);

	/** The database ID of a loaded object, to put results back in the order asked. */
	long idOf(T node);

	static <T extends BaseEntity> NodeLoader<T> of(String typeName,
			java.util.function.Function<Collection<Long>, List<T>> finder) {
		return new NodeLoader<>() {
			@Override
			public String typeName() {
				return typeName;
			}

			@Override
			public List<T> loadAll(Collection<Long> ids) {
				return finder.apply(ids);
			}

			@Override
			public long idOf(T node) {
				return node.getId();
			}
		};
	}

}
