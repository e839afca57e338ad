package org.gba.cooperation.events;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface EventOrganizerRepository extends JpaRepository<EventOrganizer, Long> {

	List<EventOrganizer> findByEventIdOrderById(long eventId);

}
