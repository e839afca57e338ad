package org.gba.cooperation.events;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.gba.cooperation.events.InvestmentEventInputs.ArchiveInvestmentEventInput;
import org.gba.cooperation.events.InvestmentEventInputs.CancelInvestmentEventInput;
import org.gba.cooperation.events.InvestmentEventInputs.CompleteInvestmentEventInput;
import org.gba.cooperation.events.InvestmentEventInputs.CreateInvestmentEventInput;
import org.gba.cooperation.events.InvestmentEventInputs.PublishInvestmentEventInput;
import org.gba.cooperation.events.InvestmentEventInputs.RecordDealInput;
import org.gba.cooperation.events.InvestmentEventInputs.RegisterForInvestmentEventInput;
import org.gba.cooperation.events.InvestmentEventInputs.UpdateInvestmentEventInput;
import org.gba.cooperation.events.InvestmentEventInputs.WithdrawRegistrationInput;
import org.gba.cooperation.organizations.Organization;
import org.gba.cooperation.organizations.Organizations;
import org.gba.cooperation.reference.ReferenceData;
import org.gba.cooperation.shared.GlobalId;
import org.gba.cooperation.shared.LocalizedMessage;
import org.gba.cooperation.shared.LocalizedText;
import org.gba.cooperation.shared.access.AccessRefusedException;
import org.gba.cooperation.shared.access.Caller;
import org.gba.cooperation.shared.access.Role;
import org.gba.cooperation.writes.Mutations;
import org.gba.cooperation.writes.Payload;
import org.gba.cooperation.writes.TextInput;
import org.gba.cooperation.writes.UserErrorCode;
import org.gba.cooperation.writes.UserErrorException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The investment event mutations: they load what the rules of {@link InvestmentEvent}
 * need (the registrations counted, the organisations and sectors named) and apply the
 * input; a partner registers and withdraws its own organisation only.
 */
@Service
class InvestmentEventWrites {

	/**
	 * Longest venue accepted, per language (the venue columns are shorter than
	 * descriptions).
	 */
	static final int MAX_VENUE_LENGTH = 300;

	private final Mutations mutations;

	private final EventOrganizerRepository organizers;

	private final EventRegistrationRepository registrations;

	private final DealRepository deals;

	private final EventTargetSectorRepository targetSectors;

	private final ReferenceData referenceData;

	private final Organizations organizations;

	private final Clock clock;

	/**
	 * Tells subscribers of publications, deals and registrations, once the transaction
	 * commits.
	 */
	private final ApplicationEventPublisher changes;

	InvestmentEventWrites(Mutations mutations, EventOrganizerRepository organizers,
			EventRegistrationRepository registrations, DealRepository deals, EventTargetSectorRepository targetSectors,
			ReferenceData referenceData, Organizations organizations, Clock clock, ApplicationEventPublisher changes) {
		this.mutations = mutations;
		this.organizers = organizers;
		this.registrations = registrations;
		this.deals = deals;
		this.targetSectors = targetSectors;
		this.referenceData = referenceData;
		this.organizations = organizations;
		this.clock = clock;
		this.changes = changes;
	}

	Payload<InvestmentEvent> create(CreateInvestmentEventInput input) {
		return this.mutations.create(input, InvestmentEvent.class, () -> {
			LocalizedText venues = venues(input.venues());
			return new InvestmentEvent(input.names().toText(), TextInput.toText(input.descriptions()), venues,
					input.kind(), this.referenceData.requireCity(input.cityId(), "cityId").getId(), input.startsOn(),
					input.endsOn(), input.registrationClosesOn(), input.capacity(), input.edition());
		}, (event) -> {
			Long host = this.organizations.actingFor(this.mutations.writer(), input.hostOrganizationId(),
					"hostOrganizationId");
			if (host != null) {
				this.organizers.save(new EventOrganizer(event.getId(), host, OrganizerRole.HOST));
			}
			if (input.targetSectorIds() != null) {
				target(event, input.targetSectorIds());
			}
		}, this::state);
	}

	Payload<InvestmentEvent> update(UpdateInvestmentEventInput input) {
		return this.mutations.change(input, InvestmentEvent.class, input.id(), input.version(), this::state,
				(event) -> {
					// Queries first: a flush while the event is dirty would move its
					// version on twice.
					long registered = (input.capacity() != null) ? registered(event) : 0;
					if (input.targetSectorIds() != null) {
						target(event, input.targetSectorIds());
					}
					if (input.names() != null) {
						event.rename(input.names().toText());
					}
					if (input.descriptions() != null) {
						event.describe(input.descriptions().toText());
					}
					if (input.venues() != null) {
						event.holdAt(venues(input.venues()));
					}
					if (input.kind() != null) {
						event.changeKind(input.kind());
					}
					if (input.cityId() != null) {
						event.moveTo(this.referenceData.requireCity(input.cityId(), "cityId").getId());
					}
					LocalDate startsOn = (input.startsOn() != null) ? input.startsOn() : event.getStartsOn();
					LocalDate endsOn = (input.endsOn() != null) ? input.endsOn() : event.getEndsOn();
					LocalDate closesOn = (input.registrationClosesOn() != null) ? input.registrationClosesOn()
							: event.getRegistrationClosesOn();
					event.schedule(startsOn, endsOn, closesOn);
					if (input.capacity() != null) {
						event.limitTo(input.capacity(), registered);
					}
					if (input.edition() != null) {
						event.numberEdition(input.edition());
					}
				});
	}

	Payload<InvestmentEvent> archive(ArchiveInvestmentEventInput input) {
		return this.mutations.change(input, InvestmentEvent.class, input.id(), input.version(), this::state,
				(event) -> event.archive(now()));
	}

	Payload<InvestmentEvent> publish(PublishInvestmentEventInput input) {
		return this.mutations.change(input, InvestmentEvent.class, input.id(), input.version(), this::state,
				(event) -> {
					event.moveTo(InvestmentEventStatus.PUBLISHED);
					this.changes.publishEvent(new InvestmentEventChanges.Published(event.getId()));
				});
	}

	Payload<InvestmentEvent> cancel(CancelInvestmentEventInput input) {
		return this.mutations.change(input, InvestmentEvent.class, input.id(), input.version(), this::state,
				(event) -> event.moveTo(InvestmentEventStatus.CANCELLED));
	}

	Payload<InvestmentEvent> complete(CompleteInvestmentEventInput input) {
		return this.mutations.change(input, InvestmentEvent.class, input.id(), input.version(), this::state,
				(event) -> event.moveTo(InvestmentEventStatus.COMPLETED));
	}

	/**
	 * Registers an organisation. A draft is not open yet (INVALID_TRANSITION: publish it
	 * first); a cancelled or completed event, or one past its closing day, is closed for
	 * good (REGISTRATION_CLOSED).
	 */
	Payload<InvestmentEvent> register(RegisterForInvestmentEventInput input) {
		return this.mutations.act(input, InvestmentEvent.class, input.id(), input.version(), this::state, (event) -> {
			long organizationId = registrant(input.organizationId());
			event.requireOpenForRegistration(today());
			EventRegistration registration = this.registrations
				.findByEventIdAndOrganizationId(event.getId(), organizationId)
				.orElse(null);
			if (registration != null && registration.getStatus() == RegistrationStatus.REGISTERED) {
				throw new UserErrorException(UserErrorCode.ALREADY_EXISTS,
						LocalizedMessage.of("event.alreadyRegistered"), "input", "organizationId");
			}
			event.requireRoom(registered(event));
			if (registration != null) {
				registration.renew(now());
			}
			else {
				registration = this.registrations.save(new EventRegistration(event.getId(), organizationId, now()));
			}
			this.changes
				.publishEvent(new InvestmentEventChanges.RegistrationChanged(registration.getId(), event.getId()));
		});
	}

	/**
	 * Withdraws an organisation's registration. The registrations of a cancelled or
	 * completed event are a record of what happened: they no longer change
	 * (REGISTRATION_CLOSED).
	 */
	Payload<InvestmentEvent> withdraw(WithdrawRegistrationInput input) {
		return this.mutations.act(input, InvestmentEvent.class, input.id(), input.version(), this::state, (event) -> {
			long organizationId = registrant(input.organizationId());
			event.requireRegistrationsOpenToChange();
			EventRegistration registration = this.registrations
				.findByEventIdAndOrganizationId(event.getId(), organizationId)
				.filter((candidate) -> candidate.getStatus() == RegistrationStatus.REGISTERED)
				.orElseThrow(() -> new UserErrorException(UserErrorCode.NOT_FOUND,
						LocalizedMessage.of("event.notRegistered"), "input", "organizationId"));
			registration.withdraw();
			this.changes
				.publishEvent(new InvestmentEventChanges.RegistrationChanged(registration.getId(), event.getId()));
		});
	}

	Payload<InvestmentEvent> recordDeal(RecordDealInput input) {
		return this.mutations.change(input, InvestmentEvent.class, input.id(), input.version(), this::state,
				(event) -> {
					event.requireDealSignedOn(input.signedOn());
					long investorId = this.organizations.require(input.investorId(), "investorId").getId();
					Long partnerId = (input.partnerId() != null)
							? this.organizations.require(input.partnerId(), "partnerId").getId() : null;
					if (partnerId != null && partnerId == investorId) {
						throw new UserErrorException(UserErrorCode.INVALID_VALUE,
								LocalizedMessage.of("event.partnerIsInvestor"), "input", "partnerId");
					}
					Deal deal = this.deals.save(new Deal(event.getId(), investorId, partnerId,
							this.referenceData.requireSector(input.sectorId(), "sectorId").getId(),
							input.amount().toMoney(), input.signedOn(), input.titles().toText()));
					this.changes.publishEvent(new InvestmentEventChanges.DealSigned(deal.getId(), event.getId()));
				});
	}

	private long registered(InvestmentEvent event) {
		return this.registrations.countByEventIdAndStatus(event.getId(), RegistrationStatus.REGISTERED);
	}

	/** Replaces the target sectors, keeping the rows that stay (each pair is unique). */
	private void target(InvestmentEvent event, List<String> sectorIds) {
		Set<Long> wanted = new LinkedHashSet<>();
		for (String sectorId : sectorIds) {
			wanted.add(this.referenceData.requireSector(sectorId, "targetSectorIds").getId());
		}
		List<EventTargetSector> current = this.targetSectors.findByEventIdOrderBySectorId(event.getId());
		for (EventTargetSector target : current) {
			if (!wanted.remove(target.getSectorId())) {
				this.targetSectors.delete(target);
			}
		}
		for (Long sectorId : wanted) {
			this.targetSectors.save(new EventTargetSector(event.getId(), sectorId));
		}
	}

	/** Venues are shorter than descriptions (300 characters per language). */
	private static LocalizedText venues(@Nullable TextInput input) {
		LocalizedText venues = TextInput.toText(input);
		Map<String, @Nullable String> byLanguage = new LinkedHashMap<>();
		byLanguage.put("zhHant", venues.zhHant());
		byLanguage.put("zhHans", venues.zhHans());
		byLanguage.put("en", venues.en());
		byLanguage.put("pt", venues.pt());
		byLanguage.forEach((language, venue) -> {
			if (venue != null && venue.codePointCount(0, venue.length()) > MAX_VENUE_LENGTH) {
				throw new UserErrorException(UserErrorCode.TOO_LONG,
						LocalizedMessage.of("event.venueTooLong", language, MAX_VENUE_LENGTH), "input", "venues",
						language);
			}
		});
		return venues;
	}

	/**
	 * The organisation to register or withdraw: a partner acts for its own organisation
	 * only.
	 */
	private long registrant(String organizationId) {
		long id = GlobalId.decode(organizationId, "Organization");
		Caller caller = this.mutations.writer();
		if (!caller.has(Role.COORDINATOR) && !Objects.equals(caller.organizationId(), id)) {
			throw new AccessRefusedException(LocalizedMessage.of("event.ownOrganizationOnly"));
		}
		return this.organizations.require(organizationId, "organizationId").getId();
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/**
	 * Now, to the microsecond the database keeps, so that the payload shows what a later
	 * read shows.
	 */
	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	/**
	 * What the audit trail records of an event. Organisers, registrations and deals are
	 * one field each (e.g. {@code registrations[<organisation ID>]}), so that a change to
	 * one of many is recorded in full rather than cut short inside a long list.
	 */
	private Map<String, Object> state(InvestmentEvent event) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("names", event.getNames());
		state.put("descriptions", event.getDescriptions());
		state.put("venues", event.getVenues());
		state.put("kind", event.getKind());
		state.put("status", event.getStatus());
		state.put("city", GlobalId.encode("City", event.getCityId()));
		state.put("startsOn", event.getStartsOn());
		state.put("endsOn", event.getEndsOn());
		putIfSet(state, "registrationClosesOn", event.getRegistrationClosesOn());
		putIfSet(state, "capacity", event.getCapacity());
		putIfSet(state, "edition", event.getEdition());
		putIfSet(state, "archivedAt", event.getArchivedAt());
		state.put("targetSectors",
				this.targetSectors.findByEventIdOrderBySectorId(event.getId())
					.stream()
					.map((target) -> GlobalId.encode("Sector", target.getSectorId()))
					.toList());
		for (EventOrganizer organizer : this.organizers.findByEventIdOrderById(event.getId())) {
			state.put("organizers[" + GlobalId.encode("Organization", organizer.getOrganizationId()) + "]",
					organizer.getRole());
		}
		for (EventRegistration registration : this.registrations.findByEventIdOrderById(event.getId())) {
			state.put("registrations[" + GlobalId.encode("Organization", registration.getOrganizationId()) + "]",
					registration.getStatus());
		}
		for (Deal deal : this.deals.findByEventIdOrderById(event.getId())) {
			state.put("deals[" + GlobalId.encode("Deal", deal.getId()) + "]", deal.getAmount().amount().toPlainString()
					+ " " + deal.getAmount().currency() + " on " + deal.getSignedOn() + ": " + deal.getTitles().en());
		}
		return state;
	}

	private static void putIfSet(Map<String, Object> state, String field, @Nullable Object value) {
		if (value != null) {
			state.put(field, value);
		}
	}

}
