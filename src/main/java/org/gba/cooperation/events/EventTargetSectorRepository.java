package org.gba.cooperation.events;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface EventTargetSectorRepository extends JpaRepository<EventTargetSector, Long> {

	List<EventTargetSector> findByEventIdOrderBySectorId(long eventId);

}
