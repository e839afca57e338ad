package org.gba.cooperation.projects;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProjectParticipantRepository extends JpaRepository<ProjectParticipant, Long> {

	List<ProjectParticipant> findByProjectIdOrderById(long projectId);

}
