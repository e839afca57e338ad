package org.gba.cooperation.labs;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.gba.cooperation.organizations.Organization;
import org.gba.cooperation.shared.BaseEntity;
import org.gba.cooperation.shared.jpa.ChildRows;
import org.gba.cooperation.shared.search.SearchDependents;
import org.springframework.stereotype.Component;

/**
 * A lab's search document holds its members' jurisdictions: writing an organisation
 * indexes the labs it is a member of again.
 */
@Component
class JointLabSearch implements SearchDependents {

	private final ChildRows children;

	private final EntityManager entityManager;

	JointLabSearch(ChildRows children, EntityManager entityManager) {
		this.children = children;
		this.entityManager = entityManager;
	}

	@Override
	public List<?> of(BaseEntity written) {
		return (written instanceof Organization)
				? SearchDependents.linkedThrough(this.children, this.entityManager, JointLabMember.class,
						JointLabMember_.organizationId, written, JointLabMember::getJointLabId, JointLab.class)
				: List.of();
	}

}
