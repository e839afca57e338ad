package org.gba.cooperation.talent;

import org.gba.cooperation.shared.Language;
import org.gba.cooperation.shared.OrderDirection;
import org.gba.cooperation.shared.paging.Ordering;
import org.gba.cooperation.shared.paging.SortKey;
import org.gba.cooperation.shared.paging.SortValueType;

/** The GraphQL input {@code TalentArrangementOrder}. */
record TalentArrangementOrder(Field field, OrderDirection direction) implements Ordering<TalentArrangement> {

	/** Most relevant first: the default when the filter has a search text. */
	static final TalentArrangementOrder RELEVANCE = new TalentArrangementOrder(Field.RELEVANCE, OrderDirection.ASC);

	static final TalentArrangementOrder DEFAULT = new TalentArrangementOrder(Field.START_DATE, OrderDirection.ASC);

	enum Field {

		START_DATE, RELEVANCE

	}

	@Override
	public SortKey<TalentArrangement> sortKey(Language reader) {
		return switch (this.field) {
			case START_DATE -> new SortKey<>("START_DATE", SortValueType.DATE,
					(t) -> t.get(TalentArrangement_.startDate), TalentArrangement::getStartDate);
			case RELEVANCE -> SortKey.relevance();
		};
	}

}
