package org.gba.cooperation.organizations;

import org.gba.cooperation.shared.Language;
import org.gba.cooperation.shared.OrderDirection;
import org.gba.cooperation.shared.paging.Ordering;
import org.gba.cooperation.shared.paging.SortKey;

/** The GraphQL input {@code OrganizationOrder}. */
record OrganizationOrder(Field field, OrderDirection direction) implements Ordering<Organization> {

	/** Most relevant first: the default when the filter has a search text. */
	static final OrganizationOrder RELEVANCE = new OrganizationOrder(Field.RELEVANCE, OrderDirection.ASC);

	static final OrganizationOrder DEFAULT = new OrganizationOrder(Field.NAME, OrderDirection.ASC);

	enum Field {

		NAME, RELEVANCE

	}

	@Override
	public SortKey<Organization> sortKey(Language reader) {
		return switch (this.field) {
			case NAME -> SortKey.names(reader, (o) -> o.get(Organization_.nameSortKeys), Organization::getNameSortKeys);
			case RELEVANCE -> SortKey.relevance();
		};
	}

}
