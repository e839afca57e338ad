package org.gba.cooperation.events;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import org.gba.cooperation.organizations.Organization;
import org.gba.cooperation.reference.City;
import org.gba.cooperation.reference.ReferenceData;
import org.gba.cooperation.reference.Sector;
import org.gba.cooperation.shared.Batches;
import org.gba.cooperation.shared.CurrencyCode;
import org.gba.cooperation.shared.CurrencyConversions;
import org.gba.cooperation.shared.CurrencyConversions.Total;
import org.gba.cooperation.shared.MoneyTotals;
import org.gba.cooperation.shared.NodeLoader;
import org.gba.cooperation.shared.Reference;
import org.gba.cooperation.shared.paging.KeysetConnection;
import org.gba.cooperation.shared.paging.NestedConnections;
import org.gba.cooperation.shared.paging.Ordering;
import org.gba.cooperation.shared.paging.VisibleRecords;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/** Investment event queries and fields, and {@code Organization.investmentEvents}. */
@Controller
class InvestmentEventController {

	private static final String DEAL_TOTAL = "InvestmentEvent.dealTotal";

	private final InvestmentEvents events;

	private final VisibleRecords records;

	private final ReferenceData referenceData;

	private final Clock clock;

	InvestmentEventController(InvestmentEvents events, ReferenceData referenceData, VisibleRecords records,
			CurrencyConversions conversions, Clock clock, BatchLoaderRegistry registry) {
		this.events = events;
		this.records = records;
		this.clock = clock;
		MoneyTotals.register(registry, DEAL_TOTAL, conversions, events::dealAmountsByEvent);
		NestedConnections.register(registry, "Organization.investmentEvents", records, InvestmentEvent.class,
				Organization.class, InvestmentEventFilter.INVOLVING);
		this.referenceData = referenceData;
		registry.forTypePair(Long.class, InvestmentEvent.class)
			.registerMappedBatchLoader((ids, env) -> Mono.fromCallable(() -> events.byId(ids)));
	}

	@QueryMapping
	KeysetConnection<InvestmentEvent> investmentEvents(@Argument @Nullable InvestmentEventFilter filter,
			@Argument @Nullable InvestmentEventOrder orderBy, DataFetchingEnvironment env) {
		return this.records.page(InvestmentEvent.class, filter,
				Ordering.chosen(orderBy, filter, InvestmentEventOrder.RELEVANCE, InvestmentEventOrder.DEFAULT), env);
	}

	@QueryMapping
	@Nullable InvestmentEvent investmentEvent(@Argument String id) {
		return this.records.findByGlobalId(InvestmentEvent.class, id).orElse(null);
	}

	@SchemaMapping(typeName = "Organization", field = "investmentEvents")
	CompletableFuture<KeysetConnection<InvestmentEvent>> organizationEvents(Organization organization,
			@Argument @Nullable InvestmentEventFilter filter, @Argument @Nullable InvestmentEventOrder orderBy,
			DataFetchingEnvironment env) {
		return NestedConnections.load(env, "Organization.investmentEvents", organization.getId(), filter,
				Ordering.chosen(orderBy, filter, InvestmentEventOrder.RELEVANCE, InvestmentEventOrder.DEFAULT));
	}

	@BatchMapping
	Map<InvestmentEvent, List<Sector>> targetSectors(List<InvestmentEvent> events) {
		return Batches.byParent(events, this::targetSectorsByEvent, List.of());
	}

	@BatchMapping
	Map<InvestmentEvent, List<EventOrganizer>> organizers(List<InvestmentEvent> events) {
		return Batches.byParent(events, this.events::organizersByEvent, List.of());
	}

	@BatchMapping
	Map<InvestmentEvent, List<EventRegistration>> registrations(List<InvestmentEvent> events) {
		return Batches.byParent(events, this.events::registrationsByEvent, List.of());
	}

	@BatchMapping
	Map<InvestmentEvent, Integer> registrationCount(List<InvestmentEvent> events) {
		return Batches.byParent(events, this.events::registrationCountByEvent, 0);
	}

	@BatchMapping
	Map<InvestmentEvent, List<Deal>> deals(List<InvestmentEvent> events) {
		return Batches.byParent(events, this.events::dealsByEvent, List.of());
	}

	/**
	 * The deals of a page of events summed in one currency, in one batch (see
	 * {@link MoneyTotals}).
	 */
	@SchemaMapping
	CompletableFuture<Total> dealTotal(InvestmentEvent event, @Argument @Nullable CurrencyCode currency,
			@Argument @Nullable LocalDate on, DataFetchingEnvironment env) {
		return MoneyTotals.load(env, DEAL_TOTAL, event.getId(), MoneyTotals.currency(currency, env),
				MoneyTotals.date(on, this.clock));
	}

	private Map<Long, List<Sector>> targetSectorsByEvent(Collection<Long> eventIds) {
		Map<Long, List<Long>> sectorIds = this.events.targetSectorIdsByEvent(eventIds);
		Map<Long, Sector> sectors = this.referenceData
			.sectorsById(sectorIds.values().stream().flatMap(List::stream).distinct().toList());
		Map<Long, List<Sector>> result = new HashMap<>();
		sectorIds.forEach((eventId, ids) -> result.put(eventId,
				ids.stream().map(sectors::get).filter(Objects::nonNull).toList()));
		return result;
	}

	@Bean
	static RuntimeWiringConfigurer investmentEventReferences() {
		return Reference.fields("InvestmentEvent", Reference.field("city", City.class, InvestmentEvent::getCityId));
	}

	@Bean
	static RuntimeWiringConfigurer eventOrganizerReferences() {
		return Reference.fields("EventOrganizer",
				Reference.field("organization", Organization.class, EventOrganizer::getOrganizationId));
	}

	@Bean
	static RuntimeWiringConfigurer eventRegistrationReferences() {
		return Reference.fields("EventRegistration",
				Reference.field("organization", Organization.class, EventRegistration::getOrganizationId));
	}

	@Bean
	static RuntimeWiringConfigurer dealReferences() {
		return Reference.fields("Deal", Reference.field("event", InvestmentEvent.class, Deal::getEventId),
				Reference.field("investor", Organization.class, Deal::getInvestorId),
				Reference.field("partner", Organization.class, Deal::getPartnerId),
				Reference.field("sector", Sector.class, Deal::getSectorId));
	}

	@Bean
	static NodeLoader<InvestmentEvent> investmentEventNodeLoader(InvestmentEvents events) {
		return NodeLoader.of("InvestmentEvent", events::findAll);
	}

	@Bean
	static NodeLoader<Deal> dealNodeLoader(InvestmentEvents events) {
		return NodeLoader.of("Deal", events::findDeals);
	}

}
