package org.gba.cooperation.events;

import org.gba.cooperation.shared.Language;
import org.gba.cooperation.shared.OrderDirection;
import org.gba.cooperation.shared.paging.Ordering;
import org.gba.cooperation.shared.paging.SortKey;
import org.gba.cooperation.shared.paging.SortValueType;

/** The GraphQL input {@code InvestmentEventOrder}. */
record InvestmentEventOrder(Field field, OrderDirection direction) implements Ordering<InvestmentEvent> {

	/** Most relevant first: the default when the filter has a search text. */
	static final InvestmentEventOrder RELEVANCE = new InvestmentEventOrder(Field.RELEVANCE, OrderDirection.ASC);

	static final InvestmentEventOrder DEFAULT = new InvestmentEventOrder(Field.STARTS_ON, OrderDirection.ASC);

	enum Field {

		NAME, STARTS_ON, RELEVANCE

	}

	@Override
	public SortKey<InvestmentEvent> sortKey(Language reader) {
		return switch (this.field) {
			case NAME ->
				SortKey.names(reader, (e) -> e.get(InvestmentEvent_.nameSortKeys), InvestmentEvent::getNameSortKeys);
			case STARTS_ON -> new SortKey<>("STARTS_ON", SortValueType.DATE, (e) -> e.get(InvestmentEvent_.startsOn),
					InvestmentEvent::getStartsOn);
			case RELEVANCE -> SortKey.relevance();
		};
	}

}
