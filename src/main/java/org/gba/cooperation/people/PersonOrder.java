package org.gba.cooperation.people;

import org.gba.cooperation.shared.Language;
import org.gba.cooperation.shared.OrderDirection;
import org.gba.cooperation.shared.paging.Ordering;
import org.gba.cooperation.shared.paging.SortKey;

/** The GraphQL input {@code PersonOrder}. */
record PersonOrder(Field field, OrderDirection direction) implements Ordering<Person> {

	static final PersonOrder DEFAULT = new PersonOrder(Field.NAME, OrderDirection.ASC);

	enum Field {

		NAME

	}

	@Override
	public SortKey<Person> sortKey(Language reader) {
		return switch (this.field) {
			case NAME -> SortKey.names(reader, (p) -> p.get(Person_.nameSortKeys), Person::getNameSortKeys);
		};
	}

}
