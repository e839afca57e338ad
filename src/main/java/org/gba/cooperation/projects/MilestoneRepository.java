package org.gba.cooperation.projects;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface MilestoneRepository extends JpaRepository<Milestone, Long> {

	List<Milestone> findByProjectIdOrderById(long projectId);

	Optional<Milestone> findByIdAndProjectId(long id, long projectId);

}
