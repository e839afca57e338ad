package org.gba.cooperation.people;

import org.gba.cooperation.shared.LocalizedText_;
import org.gba.cooperation.shared.OrderDirection;
import org.gba.cooperation.shared.paging.Ordering;
import org.gba.cooperation.shared.paging.SortKey;
import org.gba.cooperation.shared.paging.SortValueType;

/** The GraphQL input {@code PersonOrder}. */
record PersonOrder(Field field, OrderDirection direction) implements Ordering<Person> {

	/** Most relevant first: the default when the filter has a search text. */
	static final PersonOrder RELEVANCE = new PersonOrder(Field.RELEVANCE, OrderDirection.ASC);

	static final PersonOrder DEFAULT = new PersonOrder(Field.NAME, OrderDirection.ASC);

	enum Field {

		NAME, RELEVANCE

	}

	@Override
	public SortKey<Person> sortKey() {
		return switch (this.field) {
			case NAME -> new SortKey<>("NAME", SortValueType.TEXT, (p) -> p.get(Person_.names).get(LocalizedText_.en),
					(p) -> p.getNames().en());
			case RELEVANCE -> SortKey.relevance();
		};
	}

}
