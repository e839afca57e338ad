package org.gba.cooperation.labs;

import org.gba.cooperation.shared.LocalizedText_;
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
	public SortKey<JointLab> sortKey() {
		return switch (this.field) {
			case NAME -> new SortKey<>("NAME", SortValueType.TEXT, (l) -> l.get(JointLab_.names).get(LocalizedText_.en),
					(l) -> l.getNames().en());
			case START_DATE -> new SortKey<>("START_DATE", SortValueType.DATE, (l) -> l.get(JointLab_.startDate),
					JointLab::getStartDate);
			case RELEVANCE -> SortKey.relevance();
		};
	}

}
