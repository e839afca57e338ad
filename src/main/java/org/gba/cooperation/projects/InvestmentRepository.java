package org.gba.cooperation.projects;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface InvestmentRepository extends JpaRepository<Investment, Long> {

	List<Investment> findByProjectIdOrderById(long projectId);

}
