package org.gba.cooperation.events;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface DealRepository extends JpaRepository<Deal, Long> {

	List<Deal> findByEventIdOrderById(long eventId);

}
