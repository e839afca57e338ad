package org.gba.cooperation.events;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.gba.cooperation.shared.BaseEntity_;
import org.gba.cooperation.shared.Money;
import org.gba.cooperation.shared.jpa.ChildRows;
import org.gba.cooperation.shared.jpa.InLists;
import org.gba.cooperation.shared.jpa.ReadOnlyQueries;
import org.gba.cooperation.shared.paging.VisibleRecords;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The public API of this module: events by ID, in batches and in pages, with organisers,
 * registrations, deals and target sectors, each loaded for many events in one statement.
 */
@Service
@ReadOnlyQueries
public class InvestmentEvents {

	private final VisibleRecords records;

	private final ChildRows children;

	private final JdbcClient jdbc;

	InvestmentEvents(VisibleRecords records, ChildRows children, JdbcClient jdbc) {
		this.records = records;
		this.children = children;
		this.jdbc = jdbc;
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
		return this.children.of(EventOrganizer.class, EventOrganizer_.eventId, eventIds, List.of(BaseEntity_.id))
			.stream()
			.sorted(Comparator.comparing(EventOrganizer::getEventId)
				.thenComparing(EventOrganizer::getRole)
				.thenComparing(EventOrganizer::getId))
			.collect(Collectors.groupingBy(EventOrganizer::getEventId));
	}

	Map<Long, List<EventRegistration>> registrationsByEvent(Collection<Long> eventIds) {
		return this.children
			.of(EventRegistration.class, EventRegistration_.eventId, eventIds,
					List.of(EventRegistration_.registeredAt, BaseEntity_.id))
			.stream()
			.collect(Collectors.groupingBy(EventRegistration::getEventId));
	}

	/**
	 * Per event with any, its registrations still standing (not withdrawn), counted by
	 * the database in one statement.
	 */
	Map<Long, Integer> registrationCountByEvent(Collection<Long> eventIds) {
		if (eventIds.isEmpty()) {
			return Map.of();
		}
		// Plain SQL: counts, not entities, and Hibernate's translation and row handling
		// cost more than the statement (BENCHMARKS.md, "Profile").
		Map<Long, Integer> counts = new HashMap<>();
		this.jdbc
			.sql("select event_id, count(*) from event_registration where event_id in (:events) and status = :status"
					+ " group by event_id")
			.param("events", InLists.padded(eventIds))
			.param("status", RegistrationStatus.REGISTERED.name())
			.query((row) -> {
				counts.put(row.getLong(1), row.getInt(2));
			});
		return counts;
	}

	private List<Deal> deals(Collection<Long> eventIds) {
		return this.children.of(Deal.class, Deal_.eventId, eventIds, List.of(Deal_.signedOn, BaseEntity_.id));
	}

	Map<Long, List<Deal>> dealsByEvent(Collection<Long> eventIds) {
		return deals(eventIds).stream().collect(Collectors.groupingBy(Deal::getEventId));
	}

	/** Per event, the amounts of its deals. */
	Map<Long, List<Money>> dealAmountsByEvent(Collection<Long> eventIds) {
		return deals(eventIds).stream()
			.collect(Collectors.groupingBy(Deal::getEventId, Collectors.mapping(Deal::getAmount, Collectors.toList())));
	}

	Map<Long, List<Long>> targetSectorIdsByEvent(Collection<Long> eventIds) {
		return this.children
			.of(EventTargetSector.class, EventTargetSector_.eventId, eventIds, List.of(EventTargetSector_.sectorId))
			.stream()
			.collect(Collectors.groupingBy(EventTargetSector::getEventId,
					Collectors.mapping(EventTargetSector::getSectorId, Collectors.toList())));
	}

}
