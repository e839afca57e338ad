package org.gba.cooperation.projects;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.gba.cooperation.organizations.Organization;
import org.gba.cooperation.shared.BaseEntity;
import org.gba.cooperation.shared.jpa.ChildRows;
import org.gba.cooperation.shared.search.SearchDependents;
import org.springframework.stereotype.Component;

/**
 * A project's search document holds its participants' jurisdictions: writing an
 * organisation indexes the projects it participates in again.
 */
@Component
class CrossBorderProjectSearch implements SearchDependents {

	private final ChildRows children;

	private final EntityManager entityManager;

	CrossBorderProjectSearch(ChildRows children, EntityManager entityManager) {
		this.children = children;
		this.entityManager = entityManager;
	}

	@Override
	public List<?> of(BaseEntity written) {
		return (written instanceof Organization) ? SearchDependents.linkedThrough(this.children, this.entityManager,
				ProjectParticipant.class, ProjectParticipant_.organizationId, written, ProjectParticipant::getProjectId,
				CrossBorderProject.class) : List.of();
	}

}
