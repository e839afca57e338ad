package org.gba.cooperation.events;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.gba.cooperation.shared.Money;
import org.gba.cooperation.shared.jpa.ReadOnlyQueries;
import org.gba.cooperation.shared.paging.VisibleRecords;
import org.springframework.stereotype.Service;

/**
 * The public API of this module: events by ID, in batches and in pages, with organisers,
 * registrations, deals and target sectors, each loaded for many events in one statement.
 */
@Service
@ReadOnlyQueries
public class InvestmentEvents {

	private final InvestmentEventRepository events;

	private final VisibleRecords records;

	InvestmentEvents(InvestmentEventRepository events, VisibleRecords records) {
		this.events = events;
		this.records = records;
	}

	public Optional<InvestmentEvent> findById(long id) {
		return this.records.findById(InvestmentEvent.class, id);
	}

	public List<InvestmentEvent> findAll(Collection<Long> ids) {
		return this.records.findAll(InvestmentEvent.class, ids);
	}

	public Map<Long, InvestmentEvent> byId(Collection<Long> ids) {
		return this.records.mapById(InvestmentEvent.class, ids);
	}

	List<Deal> findDeals(Collection<Long> ids) {
		return this.records.findAll(Deal.class, ids);
	}

	/** Organisers per event, host first (the role enum's declared order). */
	Map<Long, List<EventOrganizer>> organizersByEvent(Collection<Long> eventIds) {
		return this.events.findOrganizers(eventIds)
			.stream()
			.sorted(Comparator.comparing(EventOrganizer::getEventId)
				.thenComparing(EventOrganizer::getRole)
				.thenComparing(EventOrganizer::getId))
			.collect(Collectors.groupingBy(EventOrganizer::getEventId));
	}

	Map<Long, List<EventRegistration>> registrationsByEvent(Collection<Long> eventIds) {
		return this.events.findRegistrations(eventIds)
			.stream()
			.collect(Collectors.groupingBy(EventRegistration::getEventId));
	}

	Map<Long, Integer> registrationCountByEvent(Collection<Long> eventIds) {
		return this.events.countRegistrations(eventIds)
			.stream()
			.collect(Collectors.toMap(InvestmentEventRepository.RegistrationCount::getEventId,
					(row) -> Math.toIntExact(row.getRegistrations())));
	}

	Map<Long, List<Deal>> dealsByEvent(Collection<Long> eventIds) {
		return this.events.findDeals(eventIds).stream().collect(Collectors.groupingBy(Deal::getEventId));
	}

	/** Per event, the amounts of its deals. */
	Map<Long, List<Money>> dealAmountsByEvent(Collection<Long> eventIds) {
		return this.events.findDeals(eventIds)
			.stream()
			.collect(Collectors.groupingBy(Deal::getEventId, Collectors.mapping(Deal::getAmount, Collectors.toList())));
	}

	Map<Long, List<Long>> targetSectorIdsByEvent(Collection<Long> eventIds) {
		return this.events.findTargetSectors(eventIds)
			.stream()
			.collect(Collectors.groupingBy(EventTargetSector::getEventId,
					Collectors.mapping(EventTargetSector::getSectorId, Collectors.toList())));
	}

}
