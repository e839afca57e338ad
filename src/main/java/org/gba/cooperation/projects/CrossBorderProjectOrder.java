package org.gba.cooperation.projects;

import org.gba.cooperation.shared.Language;
import org.gba.cooperation.shared.OrderDirection;
import org.gba.cooperation.shared.paging.Ordering;
import org.gba.cooperation.shared.paging.SortKey;
import org.gba.cooperation.shared.paging.SortValueType;

/** The GraphQL input {@code CrossBorderProjectOrder}. */
record CrossBorderProjectOrder(Field field, OrderDirection direction) implements Ordering<CrossBorderProject> {

	/** Most relevant first: the default when the filter has a search text. */
	static final CrossBorderProjectOrder RELEVANCE = new CrossBorderProjectOrder(Field.RELEVANCE, OrderDirection.ASC);

	static final CrossBorderProjectOrder DEFAULT = new CrossBorderProjectOrder(Field.NAME, OrderDirection.ASC);

	enum Field {

		NAME, START_DATE, RELEVANCE

	}

	@Override
	public SortKey<CrossBorderProject> sortKey(Language reader) {
		return switch (this.field) {
			case NAME -> SortKey.names(reader, (p) -> p.get(CrossBorderProject_.nameSortKeys),
					CrossBorderProject::getNameSortKeys);
			case START_DATE -> new SortKey<>("START_DATE", SortValueType.DATE,
					(p) -> p.get(CrossBorderProject_.startDate), CrossBorderProject::getStartDate);
			case RELEVANCE -> SortKey.relevance();
		};
	}

}
