package org.gba.cooperation.projects;

import org.springframework.data.jpa.repository.JpaRepository;

interface InvestmentRepository extends JpaRepository<Investment, Long> {

}
