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
		if (!(written instanceof Organization organization)) {
			return List.of();
		}
		return this.children
			.of(ProjectParticipant.class, ProjectParticipant_.organizationId, List.of(organization.getId()), List.of())
			.stream()
			.map((participant) -> this.entityManager.getReference(CrossBorderProject.class, participant.getProjectId()))
			.distinct()
			.toList();
	}

}
