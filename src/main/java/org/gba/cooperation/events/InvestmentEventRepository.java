package org.gba.cooperation.events;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface InvestmentEventRepository extends JpaRepository<InvestmentEvent, Long> {

	@Query("""
			select o from EventOrganizer o
			where o.eventId in :eventIds
			order by o.eventId, o.id""")
	List<EventOrganizer> findOrganizers(Collection<Long> eventIds);

	@Query("""
			select r from EventRegistration r
			where r.eventId in :eventIds
			order by r.eventId, r.registeredAt, r.id""")
	List<EventRegistration> findRegistrations(Collection<Long> eventIds);

	@Query("""
			select r.eventId as eventId, count(r) as registrations
			from EventRegistration r
			where r.eventId in :eventIds and r.status = org.gba.cooperation.events.RegistrationStatus.REGISTERED
			group by r.eventId""")
	List<RegistrationCount> countRegistrations(Collection<Long> eventIds);

	@Query("""
			select d from Deal d
			where d.eventId in :eventIds
			order by d.eventId, d.signedOn, d.id""")
	List<Deal> findDeals(Collection<Long> eventIds);

	@Query("""
			select t from EventTargetSector t
			where t.eventId in :eventIds
			order by t.eventId, t.sectorId""")
	List<EventTargetSector> findTargetSectors(Collection<Long> eventIds);

	interface RegistrationCount {

		Long getEventId();

		Long getRegistrations();

	}

}
