package org.gba.cooperation.organizations;

import org.gba.cooperation.shared.LocalizedText_;
import org.gba.cooperation.shared.OrderDirection;
import org.gba.cooperation.shared.paging.Ordering;
import org.gba.cooperation.shared.paging.SortKey;
import org.gba.cooperation.shared.paging.SortValueType;

/** The GraphQL input {@code OrganizationOrder}. */
record OrganizationOrder(Field field, OrderDirection direction) implements Ordering<Organization> {

	/** Most relevant first: the default when the filter has a search text. */
	static final OrganizationOrder RELEVANCE = new OrganizationOrder(Field.RELEVANCE, OrderDirection.ASC);

	static final OrganizationOrder DEFAULT = new OrganizationOrder(Field.NAME, OrderDirection.ASC);

	enum Field {

		NAME, RELEVANCE

	}

	@Override
	public SortKey<Organization> sortKey() {
		return switch (this.field) {
			case NAME -> new SortKey<>("NAME", SortValueType.TEXT,
					(o) -> o.get(Organization_.names).get(LocalizedText_.en), (o) -> o.getNames().en());
			case RELEVANCE -> SortKey.relevance();
		};
	}

}
