package org.gba.cooperation.people;

import org.gba.cooperation.shared.Language;
import org.gba.cooperation.shared.OrderDirection;
import org.gba.cooperation.shared.paging.Ordering;
import org.gba.cooperation.shared.paging.SortKey;

/** The GraphQL input {@code PersonOrder}. */
record PersonOrder(Field field, OrderDirection direction) implements Ordering<Person> {

	/** Most relevant first: the default when the filter has a search text. */
	static final PersonOrder RELEVANCE = new PersonOrder(Field.RELEVANCE, OrderDirection.ASC);

	static final PersonOrder DEFAULT = new PersonOrder(Field.NAME, OrderDirection.ASC);

	enum Field {

		NAME, RELEVANCE

	}

	@Override
	public SortKey<Person> sortKey(Language reader) {
		return switch (this.field) {
			case NAME -> SortKey.names(reader, (p) -> p.get(Person_.nameSortKeys), Person::getNameSortKeys);
			case RELEVANCE -> SortKey.relevance();
		};
	}

}
