package org.gba.cooperation.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.gba.cooperation.shared.GlobalId;
import org.gba.cooperation.support.WriteIntegrationTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The investment event mutations: creating, changing, archiving, publishing, cancelling
 * and completing events, registering and withdrawing organisations, and recording deals,
 * with their domain rules, who may call them, versions and the audit trail. Each test
 * creates the events it changes, far in the future (2099) unless it is about dates that
 * have passed.
 */
class InvestmentEventMutationsIT extends WriteIntegrationTestSupport {

	/**
	 * The Department of Commerce of Guangdong Province: hosts the events the tests
	 * create.
	 */
	private static final String HOST = organization(35);

	/** SenseTime: registers for events, invests. */
	private static final String SENSETIME = organization(52);

	/** Huawei: registers for events, receives investment. */
	private static final String HUAWEI = organization(14);

	/**
	 * Companhia de Seguros de Macau: takes part in none of the events the tests create.
	 */
	private static final String OUTSIDER = organization(70);

	private static final String NO_ORGANIZATION = organization(9999);

	private static final String GUANGZHOU = GlobalId.encode("City", 1);

	private static final String HONG_KONG = GlobalId.encode("City", 13);

	private static final String INTEGRATED_CIRCUITS = GlobalId.encode("Sector", 1);

	private static final String ARTIFICIAL_INTELLIGENCE = GlobalId.encode("Sector", 2);

	private static final String BIOMEDICINE = GlobalId.encode("Sector", 5);

	private static final List<Map<String, Object>> HOSTED_BY_HOST = List
		.of(Map.of("role", "HOST", "organization", Map.of("id", HOST)));

	private static final AtomicInteger EVENTS = new AtomicInteger();

	// createInvestmentEvent

	@Test
	void aCoordinatorCreatesADraftEventHostedByTheOrganisationItNames() {
		Map<String, Object> input = newEvent();
		input.put("venues", Map.of("en", "Guangzhou Baiyun International Convention Center"));
		input.put("edition", 7);
		input.put("targetSectorIds", List.of(BIOMEDICINE, INTEGRATED_CIRCUITS));
		input.put("hostOrganizationId", HOST);

		Map<String, Object> event = done(this.graphQl, "events/createInvestmentEvent", input);

		assertThat(event).containsEntry("status", "DRAFT")
			.containsEntry("version", 0)
			.containsEntry("name", ((Map<?, ?>) input.get("names")).get("en"))
			.containsEntry("kind", "FORUM")
			.containsEntry("startsOn", "2099-05-01")
			.containsEntry("endsOn", "2099-05-03")
			.containsEntry("registrationClosesOn", "2099-04-20")
			.containsEntry("capacity", 100)
			.containsEntry("edition", 7)
			.containsEntry("venue", "Guangzhou Baiyun International Convention Center")
			.containsEntry("city", Map.of("id", GUANGZHOU))
			.containsEntry("registrationCount", 0);
		assertThat(ids(event, "targetSectors")).containsExactlyInAnyOrder(INTEGRATED_CIRCUITS, BIOMEDICINE);
		assertThat(event.get("organizers")).isEqualTo(HOSTED_BY_HOST);
	}

	@Test
	void aPartnersOwnOrganisationHostsTheEventItCreates() {
		Map<String, Object> event = done(partnerOf(HOST), "events/createInvestmentEvent", newEvent());

		assertThat(event.get("organizers")).isEqualTo(HOSTED_BY_HOST);
		assertThat(eventAs(partnerOf(HOST), id(event))).containsEntry("status", "DRAFT");
	}

	@Test
	void aPartnerCannotNameAnotherOrganisationAsHost() {
		Map<String, Object> input = newEvent();
		input.put("hostOrganizationId", HUAWEI);

		assertRefused(partnerOf(HOST), "events/createInvestmentEvent", input, "INVALID_VALUE", "hostOrganizationId");
	}

	@Test
	void aCoordinatorMayCreateAnEventWithoutOrganisers() {
		Map<String, Object> event = done(this.graphQl, "events/createInvestmentEvent", newEvent());

		assertThat((List<?>) event.get("organizers")).isEmpty();
	}

	@Test
	void anEventCannotEndBeforeItStarts() {
		Map<String, Object> input = newEvent();
		input.put("endsOn", "2099-04-30");

		assertRefused(this.graphQl, "events/createInvestmentEvent", input, "DATES_OUT_OF_ORDER", "endsOn");
	}

	@Test
	void registrationCannotCloseAfterTheLastDay() {
		Map<String, Object> input = newEvent();
		input.put("registrationClosesOn", "2099-05-04");

		assertRefused(this.graphQl, "events/createInvestmentEvent", input, "DATES_OUT_OF_ORDER",
				"registrationClosesOn");
	}

	@Test
	void registrationMayCloseOnTheLastDay() {
		Map<String, Object> input = newEvent();
		input.put("registrationClosesOn", "2099-05-03");

		assertThat(done(this.graphQl, "events/createInvestmentEvent", input)).containsEntry("registrationClosesOn",
				"2099-05-03");
	}

	@Test
	void theCapacityIsAtLeastOne() {
		Map<String, Object> input = newEvent();
		input.put("capacity", 0);

		assertRefused(this.graphQl, "events/createInvestmentEvent", input, "INVALID_VALUE", "capacity");
	}

	@Test
	void theEditionIsAtLeastOne() {
		Map<String, Object> input = newEvent();
		input.put("edition", -1);

		assertRefused(this.graphQl, "events/createInvestmentEvent", input, "INVALID_VALUE", "edition");
	}

	@Test
	void aBlankEnglishNameIsRequired() {
		Map<String, Object> input = newEvent();
		input.put("names", Map.of("zhHant", "測試", "zhHans", "测试", "en", "  "));

		assertRefused(this.graphQl, "events/createInvestmentEvent", input, "REQUIRED", "names", "en");
	}

	@Test
	void aNameLongerThan300CharactersIsTooLong() {
		Map<String, Object> input = newEvent();
		input.put("names", Map.of("zhHant", "測試", "zhHans", "测试", "en", "x".repeat(301)));

		assertRefused(this.graphQl, "events/createInvestmentEvent", input, "TOO_LONG", "names", "en");
	}

	@Test
	void aVenueLongerThan300CharactersIsTooLong() {
		Map<String, Object> input = newEvent();
		input.put("venues", Map.of("zhHant", "場".repeat(301)));

		assertRefused(this.graphQl, "events/createInvestmentEvent", input, "TOO_LONG", "venues", "zhHant");
	}

	@Test
	void anUnknownCityIsNotFound() {
		Map<String, Object> input = newEvent();
		input.put("cityId", GlobalId.encode("City", 999));

		assertRefused(this.graphQl, "events/createInvestmentEvent", input, "NOT_FOUND", "cityId");
	}

	@Test
	void anUnknownTargetSectorIsNotFound() {
		Map<String, Object> input = newEvent();
		input.put("targetSectorIds", List.of(BIOMEDICINE, GlobalId.encode("Sector", 999)));

		assertRefused(this.graphQl, "events/createInvestmentEvent", input, "NOT_FOUND", "targetSectorIds");
	}

	@Test
	void anUnknownHostIsNotFound() {
		Map<String, Object> input = newEvent();
		input.put("hostOrganizationId", NO_ORGANIZATION);

		assertRefused(this.graphQl, "events/createInvestmentEvent", input, "NOT_FOUND", "hostOrganizationId");
	}

	@Test
	void analystsCannotCreateEvents() {
		assertError(analyst(), "events/createInvestmentEvent", newEvent(), ErrorType.FORBIDDEN);
	}

	@Test
	void anonymousCallersCannotCreateEvents() {
		assertError(this.anonymous, "events/createInvestmentEvent", newEvent(), ErrorType.UNAUTHORIZED);
	}

	@Test
	void theCreationIsInTheAuditTrail() {
		Map<String, Object> input = newEvent();
		input.put("targetSectorIds", List.of(BIOMEDICINE));
		Map<String, Object> event = done(partnerOf(HOST), "events/createInvestmentEvent", input);

		Map<String, Object> entry = lastAuditEntry(id(event), "createInvestmentEvent");

		assertThat(entry).containsEntry("subject", "partner-" + HOST).containsEntry("organization", Map.of("id", HOST));
		assertThat(changes(entry)).contains(change("status", null, "DRAFT"), change("startsOn", null, "2099-05-01"),
				change("capacity", null, "100"), change("targetSectors", null, "[" + BIOMEDICINE + "]"),
				change("organizers[" + HOST + "]", null, "HOST"));
	}

	@Test
	void aRetryWithTheSameIdempotencyKeyReturnsTheFirstEvent() {
		Map<String, Object> input = newEvent();
		input.put("idempotencyKey", "create-" + ((Map<?, ?>) input.get("names")).get("en"));

		Map<String, Object> first = done(this.graphQl, "events/createInvestmentEvent", input);
		Map<String, Object> retry = done(this.graphQl, "events/createInvestmentEvent", input);

		assertThat(id(retry)).isEqualTo(id(first));
	}

	// updateInvestmentEvent

	@Test
	void anUpdateChangesTheGivenFieldsOnlyAndMovesTheVersionOn() {
		Map<String, Object> input = newEvent();
		input.put("targetSectorIds", List.of(INTEGRATED_CIRCUITS, ARTIFICIAL_INTELLIGENCE));
		Map<String, Object> event = created(input);

		Map<String, Object> update = change(event);
		update.put("cityId", HONG_KONG);
		update.put("kind", "ROADSHOW");
		update.put("endsOn", "2099-05-05");
		update.put("capacity", 250);
		update.put("targetSectorIds", List.of(ARTIFICIAL_INTELLIGENCE, BIOMEDICINE));
		Map<String, Object> updated = done(this.graphQl, "events/updateInvestmentEvent", update);

		assertThat(updated).containsEntry("version", 1)
			.containsEntry("city", Map.of("id", HONG_KONG))
			.containsEntry("kind", "ROADSHOW")
			.containsEntry("endsOn", "2099-05-05")
			.containsEntry("capacity", 250)
			.containsEntry("name", event.get("name"))
			.containsEntry("startsOn", "2099-05-01")
			.containsEntry("registrationClosesOn", "2099-04-20");
		assertThat(ids(updated, "targetSectors")).containsExactlyInAnyOrder(ARTIFICIAL_INTELLIGENCE, BIOMEDICINE);
	}

	/** Names given again unchanged are not a change. */
	@Test
	void theUpdateIsInTheAuditTrailWithTheChangedFieldsOnly() {
		Map<String, Object> event = created(newEvent());

		Map<String, Object> update = change(event);
		update.put("capacity", 40);
		update.put("names", names((String) event.get("name")));
		done(this.graphQl, "events/updateInvestmentEvent", update);

		Map<String, Object> entry = lastAuditEntry(id(event), "updateInvestmentEvent");
		assertThat(entry).containsEntry("subject", "coordinator");
		assertThat(changes(entry)).containsExactly(change("capacity", "100", "40"));
	}

	@Test
	void anUpdatedLastDayCannotLieBeforeTheCurrentFirstDay() {
		Map<String, Object> event = created(newEvent());

		Map<String, Object> update = change(event);
		update.put("endsOn", "2099-04-01");

		assertRefused(this.graphQl, "events/updateInvestmentEvent", update, "DATES_OUT_OF_ORDER", "endsOn");
	}

	@Test
	void anUpdatedLastDayCannotLieBeforeTheCurrentClosingDay() {
		Map<String, Object> event = created(newEvent());

		Map<String, Object> update = change(event);
		update.put("startsOn", "2099-04-10");
		update.put("endsOn", "2099-04-12");

		assertRefused(this.graphQl, "events/updateInvestmentEvent", update, "DATES_OUT_OF_ORDER",
				"registrationClosesOn");
	}

	@Test
	void theCapacityCannotFallBelowTheRegistrationsHeld() {
		Map<String, Object> event = published(newEvent());
		event = done(this.graphQl, "events/registerForInvestmentEvent", registration(event, SENSETIME));
		event = done(this.graphQl, "events/registerForInvestmentEvent", registration(event, HUAWEI));

		Map<String, Object> update = change(event);
		update.put("capacity", 1);

		assertRefused(this.graphQl, "events/updateInvestmentEvent", update, "INVALID_VALUE", "capacity");
	}

	@Test
	void anUpdateOfAStaleVersionIsRefusedWithTheCurrentVersion() {
		Map<String, Object> event = created(newEvent());
		Map<String, Object> first = change(event);
		first.put("capacity", 10);
		done(this.graphQl, "events/updateInvestmentEvent", first);

		Map<String, Object> stale = change(event);
		stale.put("capacity", 20);
		Map<String, Object> error = refused(this.graphQl, "events/updateInvestmentEvent", stale);

		assertThat(error).containsEntry("code", "STALE_VERSION")
			.containsEntry("field", List.of("input", "version"))
			.containsEntry("currentVersion", 1);
	}

	@Test
	void theHostPartnerUpdatesItsEvent() {
		Map<String, Object> event = created(newEvent());

		Map<String, Object> update = change(event);
		update.put("edition", 3);

		assertThat(done(partnerOf(HOST), "events/updateInvestmentEvent", update)).containsEntry("edition", 3)
			.containsEntry("version", 1);
	}

	@Test
	void aPartnerCannotUpdateAPublishedEventItDoesNotOrganise() {
		Map<String, Object> event = published(newEvent());

		Map<String, Object> update = change(event);
		update.put("capacity", 5);

		assertError(partnerOf(OUTSIDER), "events/updateInvestmentEvent", update, ErrorType.FORBIDDEN);
	}

	@Test
	void aPartnerDoesNotFindADraftItDoesNotOrganise() {
		Map<String, Object> event = created(newEvent());

		Map<String, Object> update = change(event);
		update.put("capacity", 5);

		assertRefused(partnerOf(OUTSIDER), "events/updateInvestmentEvent", update, "NOT_FOUND", "id");
	}

	@Test
	void analystsCannotUpdateEvents() {
		Map<String, Object> update = change(created(newEvent()));
		update.put("capacity", 5);

		assertError(analyst(), "events/updateInvestmentEvent", update, ErrorType.FORBIDDEN);
	}

	@Test
	void anonymousCallersCannotUpdateEvents() {
		Map<String, Object> update = change(created(newEvent()));
		update.put("capacity", 5);

		assertError(this.anonymous, "events/updateInvestmentEvent", update, ErrorType.UNAUTHORIZED);
	}

	// archiveInvestmentEvent

	@Test
	void anArchivedEventIsSeenByCoordinatorsOnlyAndChangesNoMore() {
		Map<String, Object> event = created(newEvent());

		Map<String, Object> archived = done(partnerOf(HOST), "events/archiveInvestmentEvent", change(event));

		assertThat(archived).containsEntry("version", 1);
		assertThat(archived.get("archivedAt")).isNotNull();
		assertThat(eventAs(this.graphQl, id(event)).get("archivedAt")).isNotNull();
		assertInvisible(partnerOf(HOST), id(event));
		Map<String, Object> update = change(archived);
		update.put("capacity", 5);
		assertRefused(this.graphQl, "events/updateInvestmentEvent", update, "ARCHIVED", "id");
		assertThat(changes(lastAuditEntry(id(event), "archiveInvestmentEvent"))).singleElement()
			.satisfies(
					(change) -> assertThat(change).containsEntry("field", "archivedAt").containsEntry("before", null));
	}

	@Test
	void analystsCannotArchiveEvents() {
		assertError(analyst(), "events/archiveInvestmentEvent", change(created(newEvent())), ErrorType.FORBIDDEN);
	}

	@Test
	void anonymousCallersCannotArchiveEvents() {
		assertError(this.anonymous, "events/archiveInvestmentEvent", change(created(newEvent())),
				ErrorType.UNAUTHORIZED);
	}

	@Test
	void aPartnerCannotArchiveAPublishedEventItDoesNotOrganise() {
		assertError(partnerOf(OUTSIDER), "events/archiveInvestmentEvent", change(published(newEvent())),
				ErrorType.FORBIDDEN);
	}

	@Test
	void anArchiveOfAStaleVersionIsRefused() {
		Map<String, Object> event = published(newEvent());
		Map<String, Object> stale = change(event);
		stale.put("version", 0);

		assertThat(refused(this.graphQl, "events/archiveInvestmentEvent", stale)).containsEntry("code", "STALE_VERSION")
			.containsEntry("currentVersion", 1);
	}

	// publishInvestmentEvent, cancelInvestmentEvent, completeInvestmentEvent

	@Test
	void aDraftIsPublished() {
		Map<String, Object> event = created(newEvent());

		Map<String, Object> published = done(partnerOf(HOST), "events/publishInvestmentEvent", change(event));

		assertThat(published).containsEntry("status", "PUBLISHED").containsEntry("version", 1);
		assertThat(eventAs(this.anonymous, id(event))).containsEntry("status", "PUBLISHED");
		assertThat(changes(lastAuditEntry(id(event), "publishInvestmentEvent")))
			.containsExactly(change("status", "DRAFT", "PUBLISHED"));
	}

	// Every move the statuses do not allow is refused in InvestmentEventTest; here one
	// refusal, end to end.
	@Test
	void aPublishedEventCannotBePublishedAgain() {
		assertRefused(this.graphQl, "events/publishInvestmentEvent", change(published(newEvent())),
				"INVALID_TRANSITION", "id");
	}

	@Test
	void aDraftIsCancelled() {
		Map<String, Object> cancelled = done(this.graphQl, "events/cancelInvestmentEvent", change(created(newEvent())));

		assertThat(cancelled).containsEntry("status", "CANCELLED").containsEntry("version", 1);
	}

	@Test
	void aPublishedEventIsCancelled() {
		Map<String, Object> event = published(newEvent());

		Map<String, Object> cancelled = done(partnerOf(HOST), "events/cancelInvestmentEvent", change(event));

		assertThat(cancelled).containsEntry("status", "CANCELLED").containsEntry("version", 2);
		assertThat(changes(lastAuditEntry(id(event), "cancelInvestmentEvent")))
			.containsExactly(change("status", "PUBLISHED", "CANCELLED"));
	}

	@Test
	void aPublishedEventIsCompleted() {
		Map<String, Object> event = published(newEvent());

		Map<String, Object> completed = done(partnerOf(HOST), "events/completeInvestmentEvent", change(event));

		assertThat(completed).containsEntry("status", "COMPLETED").containsEntry("version", 2);
		assertThat(changes(lastAuditEntry(id(event), "completeInvestmentEvent")))
			.containsExactly(change("status", "PUBLISHED", "COMPLETED"));
	}

	@Test
	void analystsCannotMoveEventsAlong() {
		Map<String, Object> draft = created(newEvent());
		Map<String, Object> event = published(newEvent());

		assertError(analyst(), "events/publishInvestmentEvent", change(draft), ErrorType.FORBIDDEN);
		assertError(analyst(), "events/cancelInvestmentEvent", change(event), ErrorType.FORBIDDEN);
		assertError(analyst(), "events/completeInvestmentEvent", change(event), ErrorType.FORBIDDEN);
	}

	@Test
	void anonymousCallersCannotMoveEventsAlong() {
		Map<String, Object> draft = created(newEvent());
		Map<String, Object> event = published(newEvent());

		assertError(this.anonymous, "events/publishInvestmentEvent", change(draft), ErrorType.UNAUTHORIZED);
		assertError(this.anonymous, "events/cancelInvestmentEvent", change(event), ErrorType.UNAUTHORIZED);
		assertError(this.anonymous, "events/completeInvestmentEvent", change(event), ErrorType.UNAUTHORIZED);
	}

	@Test
	void aPartnerCannotMoveAlongEventsItDoesNotOrganise() {
		Map<String, Object> draft = created(newEvent());
		Map<String, Object> event = published(newEvent());

		assertRefused(partnerOf(OUTSIDER), "events/publishInvestmentEvent", change(draft), "NOT_FOUND", "id");
		assertError(partnerOf(OUTSIDER), "events/cancelInvestmentEvent", change(event), ErrorType.FORBIDDEN);
		assertError(partnerOf(OUTSIDER), "events/completeInvestmentEvent", change(event), ErrorType.FORBIDDEN);
	}

	@Test
	void aStatusChangeOfAStaleVersionIsRefused() {
		Map<String, Object> event = published(newEvent());
		Map<String, Object> stale = change(event);
		stale.put("version", 0);

		assertThat(refused(this.graphQl, "events/completeInvestmentEvent", stale))
			.containsEntry("code", "STALE_VERSION")
			.containsEntry("currentVersion", 1);
	}

	// registerForInvestmentEvent

	@Test
	void aCoordinatorRegistersAnOrganisation() {
		Map<String, Object> event = published(newEvent());

		Map<String, Object> registered = done(this.graphQl, "events/registerForInvestmentEvent",
				registration(event, SENSETIME));

		assertThat(registered).containsEntry("version", 2).containsEntry("registrationCount", 1);
		assertThat(registered.get("registrations"))
			.isEqualTo(List.of(Map.of("status", "REGISTERED", "organization", Map.of("id", SENSETIME))));
		assertThat(changes(lastAuditEntry(id(event), "registerForInvestmentEvent")))
			.containsExactly(change("registrations[" + SENSETIME + "]", null, "REGISTERED"));
	}

	@Test
	void theHostPartnerRegistersItsOwnOrganisation() {
		Map<String, Object> event = published(newEvent());

		Map<String, Object> registered = done(partnerOf(HOST), "events/registerForInvestmentEvent",
				registration(event, HOST));

		assertThat(registered).containsEntry("registrationCount", 1);
	}

	/** Registering is what a partner does for events it does not organise. */
	@Test
	void aPartnerRegistersItsOwnOrganisationForAnEventItDoesNotOrganise() {
		Map<String, Object> event = published(newEvent());

		Map<String, Object> registered = done(partnerOf(SENSETIME), "events/registerForInvestmentEvent",
				registration(event, SENSETIME));

		assertThat(registered.get("registrations"))
			.isEqualTo(List.of(Map.of("status", "REGISTERED", "organization", Map.of("id", SENSETIME))));
	}

	@Test
	void aPartnerCannotRegisterAnotherOrganisation() {
		Map<String, Object> event = published(newEvent());

		assertError(partnerOf(HOST), "events/registerForInvestmentEvent", registration(event, SENSETIME),
				ErrorType.FORBIDDEN);
	}

	@Test
	void aPartnerOfAnUninvolvedOrganisationCannotRegisterAnother() {
		Map<String, Object> event = published(newEvent());

		assertError(partnerOf(OUTSIDER), "events/registerForInvestmentEvent", registration(event, SENSETIME),
				ErrorType.FORBIDDEN);
	}

	@Test
	void aDraftTakesNoRegistrations() {
		Map<String, Object> event = created(newEvent());

		assertRefused(this.graphQl, "events/registerForInvestmentEvent", registration(event, SENSETIME),
				"INVALID_TRANSITION", "id");
	}

	@Test
	void aCancelledEventTakesNoRegistrations() {
		Map<String, Object> cancelled = done(this.graphQl, "events/cancelInvestmentEvent",
				change(published(newEvent())));

		assertRefused(this.graphQl, "events/registerForInvestmentEvent", registration(cancelled, SENSETIME),
				"REGISTRATION_CLOSED", "id");
	}

	@Test
	void aCompletedEventTakesNoRegistrations() {
		Map<String, Object> completed = done(this.graphQl, "events/completeInvestmentEvent",
				change(published(newEvent())));

		assertRefused(this.graphQl, "events/registerForInvestmentEvent", registration(completed, SENSETIME),
				"REGISTRATION_CLOSED", "id");
	}

	@Test
	void registrationClosesAfterTheClosingDay() {
		Map<String, Object> input = newEvent();
		input.put("startsOn", "2020-01-10");
		input.put("endsOn", "2099-01-10");
		input.put("registrationClosesOn", "2020-01-01");
		Map<String, Object> event = published(input);

		assertRefused(this.graphQl, "events/registerForInvestmentEvent", registration(event, SENSETIME),
				"REGISTRATION_CLOSED", "id");
	}

	@Test
	void withoutAClosingDayRegistrationClosesAfterTheLastDay() {
		Map<String, Object> input = newEvent();
		input.put("startsOn", "2020-01-10");
		input.put("endsOn", "2020-01-11");
		input.remove("registrationClosesOn");
		Map<String, Object> event = published(input);

		assertRefused(this.graphQl, "events/registerForInvestmentEvent", registration(event, SENSETIME),
				"REGISTRATION_CLOSED", "id");
	}

	@Test
	void aFullEventTakesNoMoreRegistrations() {
		Map<String, Object> input = newEvent();
		input.put("capacity", 1);
		Map<String, Object> event = done(this.graphQl, "events/registerForInvestmentEvent",
				registration(published(input), SENSETIME));

		assertRefused(this.graphQl, "events/registerForInvestmentEvent", registration(event, HUAWEI),
				"CAPACITY_REACHED", "id");
	}

	@Test
	void anOrganisationRegistersOnce() {
		Map<String, Object> event = done(this.graphQl, "events/registerForInvestmentEvent",
				registration(published(newEvent()), SENSETIME));

		assertRefused(this.graphQl, "events/registerForInvestmentEvent", registration(event, SENSETIME),
				"ALREADY_EXISTS", "organizationId");
	}

	@Test
	void anOrganisationThatWithdrewRegistersAgainAndAWithdrawalFreesItsPlace() {
		Map<String, Object> input = newEvent();
		input.put("capacity", 1);
		Map<String, Object> event = done(this.graphQl, "events/registerForInvestmentEvent",
				registration(published(input), SENSETIME));
		event = done(this.graphQl, "events/withdrawRegistration", registration(event, SENSETIME));

		Map<String, Object> again = done(this.graphQl, "events/registerForInvestmentEvent",
				registration(event, SENSETIME));

		assertThat(again).containsEntry("registrationCount", 1).containsEntry("version", 4);
		assertThat(again.get("registrations"))
			.isEqualTo(List.of(Map.of("status", "REGISTERED", "organization", Map.of("id", SENSETIME))));
		assertThat(changes(lastAuditEntry(id(event), "registerForInvestmentEvent")))
			.containsExactly(change("registrations[" + SENSETIME + "]", "WITHDRAWN", "REGISTERED"));
	}

	@Test
	void anUnknownOrganisationCannotRegister() {
		assertRefused(this.graphQl, "events/registerForInvestmentEvent",
				registration(published(newEvent()), NO_ORGANIZATION), "NOT_FOUND", "organizationId");
	}

	@Test
	void analystsCannotRegister() {
		assertError(analyst(), "events/registerForInvestmentEvent", registration(published(newEvent()), SENSETIME),
				ErrorType.FORBIDDEN);
	}

	@Test
	void anonymousCallersCannotRegister() {
		assertError(this.anonymous, "events/registerForInvestmentEvent", registration(published(newEvent()), SENSETIME),
				ErrorType.UNAUTHORIZED);
	}

	@Test
	void aRegistrationAgainstAStaleVersionIsRefused() {
		Map<String, Object> event = published(newEvent());
		Map<String, Object> stale = registration(event, SENSETIME);
		stale.put("version", 0);

		assertThat(refused(this.graphQl, "events/registerForInvestmentEvent", stale))
			.containsEntry("code", "STALE_VERSION")
			.containsEntry("currentVersion", 1);
	}

	// withdrawRegistration

	@Test
	void aRegistrationIsWithdrawn() {
		Map<String, Object> event = done(this.graphQl, "events/registerForInvestmentEvent",
				registration(published(newEvent()), SENSETIME));

		Map<String, Object> withdrawn = done(this.graphQl, "events/withdrawRegistration",
				registration(event, SENSETIME));

		assertThat(withdrawn).containsEntry("version", 3).containsEntry("registrationCount", 0);
		assertThat(withdrawn.get("registrations"))
			.isEqualTo(List.of(Map.of("status", "WITHDRAWN", "organization", Map.of("id", SENSETIME))));
		assertThat(changes(lastAuditEntry(id(event), "withdrawRegistration")))
			.containsExactly(change("registrations[" + SENSETIME + "]", "REGISTERED", "WITHDRAWN"));
	}

	@Test
	void theHostPartnerWithdrawsItsOwnRegistration() {
		Map<String, Object> event = done(this.graphQl, "events/registerForInvestmentEvent",
				registration(published(newEvent()), HOST));

		assertThat(done(partnerOf(HOST), "events/withdrawRegistration", registration(event, HOST)))
			.containsEntry("registrationCount", 0);
	}

	@Test
	void aPartnerWithdrawsItsOwnRegistrationForAnEventItDoesNotOrganise() {
		Map<String, Object> event = done(this.graphQl, "events/registerForInvestmentEvent",
				registration(published(newEvent()), SENSETIME));

		assertThat(done(partnerOf(SENSETIME), "events/withdrawRegistration", registration(event, SENSETIME)))
			.containsEntry("registrationCount", 0);
	}

	@Test
	void aPartnerCannotWithdrawAnotherOrganisation() {
		Map<String, Object> event = done(this.graphQl, "events/registerForInvestmentEvent",
				registration(published(newEvent()), SENSETIME));

		assertError(partnerOf(HOST), "events/withdrawRegistration", registration(event, SENSETIME),
				ErrorType.FORBIDDEN);
	}

	@Test
	void anOrganisationThatIsNotRegisteredCannotWithdraw() {
		assertRefused(this.graphQl, "events/withdrawRegistration", registration(published(newEvent()), SENSETIME),
				"NOT_FOUND", "organizationId");
	}

	@Test
	void aWithdrawnRegistrationCannotBeWithdrawnAgain() {
		Map<String, Object> event = done(this.graphQl, "events/registerForInvestmentEvent",
				registration(published(newEvent()), SENSETIME));
		event = done(this.graphQl, "events/withdrawRegistration", registration(event, SENSETIME));

		assertRefused(this.graphQl, "events/withdrawRegistration", registration(event, SENSETIME), "NOT_FOUND",
				"organizationId");
	}

	@Test
	void theRegistrationsOfACompletedEventNoLongerChange() {
		Map<String, Object> event = done(this.graphQl, "events/registerForInvestmentEvent",
				registration(published(newEvent()), SENSETIME));
		event = done(this.graphQl, "events/completeInvestmentEvent", change(event));

		assertRefused(this.graphQl, "events/withdrawRegistration", registration(event, SENSETIME),
				"REGISTRATION_CLOSED", "id");
	}

	@Test
	void analystsCannotWithdrawRegistrations() {
		Map<String, Object> event = done(this.graphQl, "events/registerForInvestmentEvent",
				registration(published(newEvent()), SENSETIME));

		assertError(analyst(), "events/withdrawRegistration", registration(event, SENSETIME), ErrorType.FORBIDDEN);
	}

	@Test
	void anonymousCallersCannotWithdrawRegistrations() {
		Map<String, Object> event = done(this.graphQl, "events/registerForInvestmentEvent",
				registration(published(newEvent()), SENSETIME));

		assertError(this.anonymous, "events/withdrawRegistration", registration(event, SENSETIME),
				ErrorType.UNAUTHORIZED);
	}

	@Test
	void aWithdrawalAgainstAStaleVersionIsRefused() {
		Map<String, Object> event = done(this.graphQl, "events/registerForInvestmentEvent",
				registration(published(newEvent()), SENSETIME));
		Map<String, Object> stale = registration(event, SENSETIME);
		stale.put("version", 1);

		assertThat(refused(this.graphQl, "events/withdrawRegistration", stale)).containsEntry("code", "STALE_VERSION")
			.containsEntry("currentVersion", 2);
	}

	// recordDeal

	@Test
	void aDealIsRecordedAtAPublishedEvent() {
		Map<String, Object> event = published(newEvent());

		Map<String, Object> withDeal = done(this.graphQl, "events/recordDeal", deal(event));

		assertThat(withDeal).containsEntry("version", 2);
		assertThat((List<?>) withDeal.get("deals")).singleElement().satisfies((deal) -> {
			assertThat(object(deal)).containsEntry("title", "AI chip design centre")
				.containsEntry("amount", Map.of("amount", "1250000.50", "currency", "HKD"))
				.containsEntry("signedOn", "2099-05-02")
				.containsEntry("investor", Map.of("id", SENSETIME))
				.containsEntry("partner", Map.of("id", HUAWEI))
				.containsEntry("sector", Map.of("id", INTEGRATED_CIRCUITS));
		});
		String dealId = (String) ((Map<?, ?>) ((List<?>) withDeal.get("deals")).get(0)).get("id");
		assertThat(changes(lastAuditEntry(id(event), "recordDeal"))).containsExactly(
				change("deals[" + dealId + "]", null, "1250000.50 HKD on 2099-05-02: AI chip design centre"));
	}

	@Test
	void aDealIsRecordedAtACompletedEventWithoutAPartner() {
		Map<String, Object> completed = done(this.graphQl, "events/completeInvestmentEvent",
				change(published(newEvent())));
		Map<String, Object> input = deal(completed);
		input.remove("partnerId");

		Map<String, Object> withDeal = done(partnerOf(HOST), "events/recordDeal", input);

		assertThat((List<?>) withDeal.get("deals")).singleElement()
			.satisfies((deal) -> assertThat(object(deal)).containsEntry("partner", null));
	}

	@Test
	void noDealIsRecordedAtADraft() {
		assertRefused(this.graphQl, "events/recordDeal", deal(created(newEvent())), "INVALID_TRANSITION", "id");
	}

	@Test
	void noDealIsRecordedAtACancelledEvent() {
		Map<String, Object> cancelled = done(this.graphQl, "events/cancelInvestmentEvent",
				change(published(newEvent())));

		assertRefused(this.graphQl, "events/recordDeal", deal(cancelled), "INVALID_TRANSITION", "id");
	}

	@Test
	void aDealIsNotSignedBeforeTheEventStarts() {
		Map<String, Object> input = deal(published(newEvent()));
		input.put("signedOn", "2099-04-30");

		assertRefused(this.graphQl, "events/recordDeal", input, "DATES_OUT_OF_ORDER", "signedOn");
	}

	@Test
	void aDealOfNothingIsRefused() {
		Map<String, Object> input = deal(published(newEvent()));
		input.put("amount", Map.of("amount", "0", "currency", "CNY"));

		assertRefused(this.graphQl, "events/recordDeal", input, "AMOUNT_NOT_POSITIVE", "amount", "amount");
	}

	@Test
	void aNegativeAmountIsRefused() {
		Map<String, Object> input = deal(published(newEvent()));
		input.put("amount", Map.of("amount", "-10.00", "currency", "CNY"));

		assertRefused(this.graphQl, "events/recordDeal", input, "AMOUNT_NOT_POSITIVE", "amount", "amount");
	}

	@Test
	void anAmountWithMoreThanTwoDecimalsIsRefused() {
		Map<String, Object> input = deal(published(newEvent()));
		input.put("amount", Map.of("amount", "100.125", "currency", "MOP"));

		assertRefused(this.graphQl, "events/recordDeal", input, "TOO_MANY_DECIMALS", "amount", "amount");
	}

	@Test
	void aDealNeedsATitleInEnglish() {
		Map<String, Object> input = deal(published(newEvent()));
		input.put("titles", Map.of("zhHant", "合作", "zhHans", "合作", "en", ""));

		assertRefused(this.graphQl, "events/recordDeal", input, "REQUIRED", "titles", "en");
	}

	@Test
	void anUnknownInvestorIsNotFound() {
		Map<String, Object> input = deal(published(newEvent()));
		input.put("investorId", NO_ORGANIZATION);

		assertRefused(this.graphQl, "events/recordDeal", input, "NOT_FOUND", "investorId");
	}

	@Test
	void anUnknownSectorIsNotFound() {
		Map<String, Object> input = deal(published(newEvent()));
		input.put("sectorId", GlobalId.encode("Sector", 999));

		assertRefused(this.graphQl, "events/recordDeal", input, "NOT_FOUND", "sectorId");
	}

	@Test
	void anInvestorIsNotItsOwnPartner() {
		Map<String, Object> input = deal(published(newEvent()));
		input.put("partnerId", SENSETIME);

		assertRefused(this.graphQl, "events/recordDeal", input, "INVALID_VALUE", "partnerId");
	}

	@Test
	void aPartnerCannotRecordDealsAtEventsItDoesNotOrganise() {
		assertError(partnerOf(SENSETIME), "events/recordDeal", deal(published(newEvent())), ErrorType.FORBIDDEN);
	}

	@Test
	void analystsCannotRecordDeals() {
		assertError(analyst(), "events/recordDeal", deal(published(newEvent())), ErrorType.FORBIDDEN);
	}

	@Test
	void anonymousCallersCannotRecordDeals() {
		assertError(this.anonymous, "events/recordDeal", deal(published(newEvent())), ErrorType.UNAUTHORIZED);
	}

	@Test
	void aDealAgainstAStaleVersionIsRefused() {
		Map<String, Object> input = deal(published(newEvent()));
		input.put("version", 0);

		assertThat(refused(this.graphQl, "events/recordDeal", input)).containsEntry("code", "STALE_VERSION")
			.containsEntry("currentVersion", 1);
	}

	// Given...

	/**
	 * A new event's input: a forum in Guangzhou from 1 to 3 May 2099, for 100, closing on
	 * 20 April.
	 */
	private static Map<String, Object> newEvent() {
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("names", names("Test forum " + EVENTS.incrementAndGet()));
		input.put("kind", "FORUM");
		input.put("cityId", GUANGZHOU);
		input.put("startsOn", "2099-05-01");
		input.put("endsOn", "2099-05-03");
		input.put("registrationClosesOn", "2099-04-20");
		input.put("capacity", 100);
		return input;
	}

	private static Map<String, Object> names(String en) {
		return Map.of("zhHant", "測試論壇", "zhHans", "测试论坛", "en", en);
	}

	/** A draft created by a coordinator, hosted by {@link #HOST}. */
	private Map<String, Object> created(Map<String, Object> input) {
		Map<String, Object> hosted = new LinkedHashMap<>(input);
		hosted.put("hostOrganizationId", HOST);
		return done(this.graphQl, "events/createInvestmentEvent", hosted);
	}

	/** A published event (version 1), hosted by {@link #HOST}. */
	private Map<String, Object> published(Map<String, Object> input) {
		return done(this.graphQl, "events/publishInvestmentEvent", change(created(input)));
	}

	/** The input of a change to the event as it is now: its ID and version. */
	private static Map<String, Object> change(Map<String, Object> event) {
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("id", id(event));
		input.put("version", event.get("version"));
		return input;
	}

	private static Map<String, Object> registration(Map<String, Object> event, String organizationId) {
		Map<String, Object> input = change(event);
		input.put("organizationId", organizationId);
		return input;
	}

	/**
	 * SenseTime invests 1,250,000.50 HKD with Huawei in integrated circuits, on the
	 * second day.
	 */
	private static Map<String, Object> deal(Map<String, Object> event) {
		Map<String, Object> input = change(event);
		input.put("investorId", SENSETIME);
		input.put("partnerId", HUAWEI);
		input.put("sectorId", INTEGRATED_CIRCUITS);
		input.put("amount", Map.of("amount", "1250000.50", "currency", "HKD"));
		input.put("signedOn", "2099-05-02");
		input.put("titles", Map.of("zhHant", "人工智能芯片設計中心", "zhHans", "人工智能芯片设计中心", "en", "AI chip design centre"));
		return input;
	}

	// When... then...

	/** Runs a mutation that must succeed, and returns the event it answers. */
	private static Map<String, Object> done(HttpGraphQlTester client, String document, Map<String, Object> input) {
		return succeeded(execute(client, document, input), mutationOf(document), "investmentEvent");
	}

	/** Runs a mutation that must be refused with one user error, and returns it. */
	private static Map<String, Object> refused(HttpGraphQlTester client, String document, Map<String, Object> input) {
		return onlyUserError(execute(client, document, input), mutationOf(document), "investmentEvent");
	}

	private static void assertRefused(HttpGraphQlTester client, String document, Map<String, Object> input, String code,
			String... field) {
		List<String> path = new ArrayList<>(List.of("input"));
		path.addAll(List.of(field));
		assertThat(refused(client, document, input)).containsEntry("code", code).containsEntry("field", path);
	}

	private static void assertError(HttpGraphQlTester client, String document, Map<String, Object> input,
			ErrorType type) {
		assertGraphQlError(execute(client, document, input), type);
	}

	private static Map<String, Object> eventAs(HttpGraphQlTester client, String id) {
		return client.documentName("events/eventById")
			.variable("id", id)
			.execute()
			.path("investmentEvent")
			.entity(OBJECT)
			.get();
	}

	private static void assertInvisible(HttpGraphQlTester client, String id) {
		client.documentName("events/eventById").variable("id", id).execute().path("investmentEvent").valueIsNull();
	}

	/**
	 * The latest audit entry of the object written by this mutation, as a coordinator
	 * reads it.
	 */
	private Map<String, Object> lastAuditEntry(String objectId, String mutation) {
		List<Map<String, Object>> entries = auditTrailOf("writes/auditTrail", "objectId", objectId);
		return entries.stream()
			.filter((entry) -> mutation.equals(entry.get("action")))
			.reduce((first, second) -> second)
			.orElseThrow(() -> new AssertionError("No " + mutation + " in the audit trail of " + objectId));
	}

	private static List<Map<String, Object>> changes(Map<String, Object> entry) {
		return list(entry, "changes");
	}

	private static String id(Map<String, Object> event) {
		return (String) event.get("id");
	}

	private static List<String> ids(Map<String, Object> event, String field) {
		return ((List<?>) event.get(field)).stream().map((item) -> (String) object(item).get("id")).toList();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> object(Object value) {
		return (Map<String, Object>) value;
	}

	private static String organization(long id) {
		return GlobalId.encode("Organization", id);
	}

}
