package org.gba.cooperation.talent;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.gba.cooperation.organizations.Organization;
import org.gba.cooperation.people.Person;
import org.gba.cooperation.shared.BaseEntity;
import org.gba.cooperation.shared.jpa.ChildRows;
import org.gba.cooperation.shared.search.SearchDependents;
import org.springframework.stereotype.Component;

/**
 * An arrangement's search document holds its person's names, home jurisdiction and
 * employer, and its host's jurisdiction and sector: writing a person or an organisation
 * indexes their arrangements again.
 */
@Component
class TalentSearchDependents implements SearchDependents {

	private final ChildRows children;

	private final EntityManager entityManager;

	TalentSearchDependents(ChildRows children, EntityManager entityManager) {
		this.children = children;
		this.entityManager = entityManager;
	}

	@Override
	public List<?> of(BaseEntity written) {
		if (written instanceof Person person) {
			return this.children.of(TalentArrangement.class, TalentArrangement_.personId, List.of(person.getId()),
					List.of());
		}
		if (written instanceof Organization organization) {
			return this.children.of(TalentArrangement.class, TalentArrangement_.hostOrganizationId,
					List.of(organization.getId()), List.of());
		}
		return List.of();
	}

}
