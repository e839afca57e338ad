package org.gba.cooperation.labs;

import org.gba.cooperation.shared.Language;
import org.gba.cooperation.shared.OrderDirection;
import org.gba.cooperation.shared.paging.Ordering;
import org.gba.cooperation.shared.paging.SortKey;
import org.gba.cooperation.shared.paging.SortValueType;

/** The GraphQL input {@code JointLabOrder}. */
record JointLabOrder(Field field, OrderDirection direction) implements Ordering<JointLab> {

	/** Most relevant first: the default when the filter has a search text. */
	static final JointLabOrder RELEVANCE = new JointLabOrder(Field.RELEVANCE, OrderDirection.ASC);

	static final JointLabOrder DEFAULT = new JointLabOrder(Field.NAME, OrderDirection.ASC);

	enum Field {

		NAME, START_DATE, RELEVANCE

	}

	@Override
	public SortKey<JointLab> sortKey(Language reader) {
		return switch (this.field) {
			case NAME -> SortKey.names(reader, (l) -> l.get(JointLab_.nameSortKeys), JointLab::getNameSortKeys);
			case START_DATE -> new SortKey<>("START_DATE", SortValueType.DATE, (l) -> l.get(JointLab_.startDate),
					JointLab::getStartDate);
			case RELEVANCE -> SortKey.relevance();
		};
	}

}
