package org.gba.cooperation.reference;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SectorRepository extends JpaRepository<Sector, Long> {

	List<Sector> findAllByOrderByIdAsc();

}
