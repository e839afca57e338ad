package org.gba.cooperation.projects;

import java.util.List;

import org.gba.cooperation.shared.Jurisdiction;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProjectParticipantRepository extends JpaRepository<ProjectParticipant, Long> {

	List<ProjectParticipant> findByProjectIdOrderById(long projectId);

	/** The jurisdictions a project's participants come from, each once. */
	@Query("""
			select distinct o.jurisdiction
			from ProjectParticipant p join org.gba.cooperation.organizations.Organization o on o.id = p.organizationId
			where p.projectId = :projectId""")
	List<Jurisdiction> findJurisdictions(long projectId);

}
