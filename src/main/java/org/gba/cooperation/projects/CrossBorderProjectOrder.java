package org.gba.cooperation.projects;

import org.gba.cooperation.shared.Language;
import org.gba.cooperation.shared.OrderDirection;
import org.gba.cooperation.shared.paging.Ordering;
import org.gba.cooperation.shared.paging.SortKey;
import org.gba.cooperation.shared.paging.SortValueType;

/** The GraphQL input {@code CrossBorderProjectOrder}. */
record CrossBorderProjectOrder(Field field, OrderDirection direction) implements Ordering<CrossBorderProject> {

	static final CrossBorderProjectOrder DEFAULT = new CrossBorderProjectOrder(Field.NAME, OrderDirection.ASC);

	enum Field {

		NAME, START_DATE

	}

	@Override
	public SortKey<CrossBorderProject> sortKey(Language reader) {
		return switch (this.field) {
			case NAME -> SortKey.names(reader, (p) -> p.get(CrossBorderProject_.nameSortKeys),
					CrossBorderProject::getNameSortKeys);
			case START_DATE -> new SortKey<>("START_DATE", SortValueType.DATE,
					(p) -> p.get(CrossBorderProject_.startDate), CrossBorderProject::getStartDate);
		};
	}

}
