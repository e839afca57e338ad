package org.gba.cooperation.events;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface EventRegistrationRepository extends JpaRepository<EventRegistration, Long> {

	List<EventRegistration> findByEventIdOrderById(long eventId);

	/**
	 * An organisation's registration for an event, held or withdrawn (there is at most
	 * one).
	 */
	Optional<EventRegistration> findByEventIdAndOrganizationId(long eventId, long organizationId);

	long countByEventIdAndStatus(long eventId, RegistrationStatus status);

}
