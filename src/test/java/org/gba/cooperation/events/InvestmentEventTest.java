package org.gba.cooperation.events;

import java.time.LocalDate;

import org.gba.cooperation.shared.LocalizedText;
import org.gba.cooperation.writes.UserErrorCode;
import org.gba.cooperation.writes.UserErrorException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * The rules of an investment event, without a database: dates, statuses, registration and
 * deals.
 */
class InvestmentEventTest {

	private static final LocalDate FIRST_DAY = LocalDate.of(2027, 5, 10);

	private static final LocalDate LAST_DAY = LocalDate.of(2027, 5, 12);

	@Test
	void anEventEndingBeforeItStartsIsRefusedNamingItsLastDay() {
		assertRefused(() -> event(LAST_DAY, FIRST_DAY, null, null), UserErrorCode.DATES_OUT_OF_ORDER, "endsOn");
	}

	@Test
	void registrationMayNotCloseAfterTheLastDay() {
		assertRefused(() -> event(FIRST_DAY, LAST_DAY, LAST_DAY.plusDays(1), null), UserErrorCode.DATES_OUT_OF_ORDER,
				"registrationClosesOn");
	}

	@Test
	void aDraftIsPublishedThenCompletedButNeverDraftedAgain() {
		InvestmentEvent event = event(FIRST_DAY, LAST_DAY, null, null);

		event.moveTo(InvestmentEventStatus.PUBLISHED);
		event.moveTo(InvestmentEventStatus.COMPLETED);

		assertThat(event.getStatus()).isEqualTo(InvestmentEventStatus.COMPLETED);
		assertRefused(() -> event.moveTo(InvestmentEventStatus.DRAFT), UserErrorCode.INVALID_TRANSITION, "id");
	}

	@ParameterizedTest
	@EnumSource(InvestmentEventStatus.class)
	void anEventMovesOnlyWhereItsStatusAllowsAndIsRefusedAtItsIdOtherwise(InvestmentEventStatus from) {
		for (InvestmentEventStatus to : InvestmentEventStatus.values()) {
			InvestmentEvent event = in(from);
			if (from.next().contains(to)) {
				event.moveTo(to);
				assertThat(event.getStatus()).isEqualTo(to);
			}
			else {
				assertRefused(() -> event.moveTo(to), UserErrorCode.INVALID_TRANSITION, "id");
				assertThat(event.getStatus()).isEqualTo(from);
			}
		}
	}

	@Test
	void aDraftIsNotOpenForRegistrationYet() {
		InvestmentEvent event = event(FIRST_DAY, LAST_DAY, null, null);

		assertRefused(() -> event.requireOpenForRegistration(FIRST_DAY), UserErrorCode.INVALID_TRANSITION, "id");
	}

	@Test
	void registrationClosesAfterItsClosingDayOrElseTheLastDay() {
		InvestmentEvent closingEarly = published(event(FIRST_DAY, LAST_DAY, FIRST_DAY, null));
		InvestmentEvent closingLast = published(event(FIRST_DAY, LAST_DAY, null, null));

		assertThatNoException().isThrownBy(() -> closingEarly.requireOpenForRegistration(FIRST_DAY));
		assertRefused(() -> closingEarly.requireOpenForRegistration(FIRST_DAY.plusDays(1)),
				UserErrorCode.REGISTRATION_CLOSED, "id");
		assertThatNoException().isThrownBy(() -> closingLast.requireOpenForRegistration(LAST_DAY));
		assertRefused(() -> closingLast.requireOpenForRegistration(LAST_DAY.plusDays(1)),
				UserErrorCode.REGISTRATION_CLOSED, "id");
	}

	@Test
	void aFullEventHasNoRoomAndItsCapacityMayNotFallBelowItsRegistrations() {
		InvestmentEvent event = published(event(FIRST_DAY, LAST_DAY, null, 2));

		assertThatNoException().isThrownBy(() -> event.requireRoom(1));
		assertRefused(() -> event.requireRoom(2), UserErrorCode.CAPACITY_REACHED, "id");
		assertRefused(() -> event.limitTo(1, 2), UserErrorCode.INVALID_VALUE, "capacity");
	}

	@ParameterizedTest
	@EnumSource(value = InvestmentEventStatus.class, names = { "CANCELLED", "COMPLETED" })
	void theRegistrationsOfACancelledOrCompletedEventAreARecord(InvestmentEventStatus ended) {
		InvestmentEvent event = published(event(FIRST_DAY, LAST_DAY, null, null));
		event.moveTo(ended);

		assertRefused(event::requireRegistrationsOpenToChange, UserErrorCode.REGISTRATION_CLOSED, "id");
		assertRefused(() -> event.requireOpenForRegistration(FIRST_DAY), UserErrorCode.REGISTRATION_CLOSED, "id");
	}

	@Test
	void dealsAreRecordedAtAPublishedEventFromItsFirstDay() {
		InvestmentEvent draft = event(FIRST_DAY, LAST_DAY, null, null);
		InvestmentEvent published = published(event(FIRST_DAY, LAST_DAY, null, null));

		assertRefused(() -> draft.requireDealSignedOn(FIRST_DAY), UserErrorCode.INVALID_TRANSITION, "id");
		assertRefused(() -> published.requireDealSignedOn(FIRST_DAY.minusDays(1)), UserErrorCode.DATES_OUT_OF_ORDER,
				"signedOn");
		assertThatNoException().isThrownBy(() -> published.requireDealSignedOn(FIRST_DAY));
	}

	private static InvestmentEvent event(LocalDate startsOn, LocalDate endsOn, LocalDate closesOn, Integer capacity) {
		LocalizedText name = LocalizedText.written("論壇", "论坛", "Forum", null);
		return new InvestmentEvent(name, LocalizedText.NONE, LocalizedText.NONE, InvestmentEventKind.FORUM, 1, startsOn,
				endsOn, closesOn, capacity, null);
	}

	private static InvestmentEvent published(InvestmentEvent event) {
		event.moveTo(InvestmentEventStatus.PUBLISHED);
		return event;
	}

	/** A new event in this status, moved there the way the mutations move it. */
	private static InvestmentEvent in(InvestmentEventStatus status) {
		InvestmentEvent event = event(FIRST_DAY, LAST_DAY, null, null);
		switch (status) {
			case DRAFT -> {
			}
			case PUBLISHED -> published(event);
			case CANCELLED -> event.moveTo(InvestmentEventStatus.CANCELLED);
			case COMPLETED -> published(event).moveTo(InvestmentEventStatus.COMPLETED);
		}
		return event;
	}

	private static void assertRefused(Runnable rule, UserErrorCode code, String field) {
		assertThatExceptionOfType(UserErrorException.class).isThrownBy(rule::run)
			.satisfies((refused) -> assertThat(refused.errors()).singleElement().satisfies((error) -> {
				assertThat(error.code()).isEqualTo(code);
				assertThat(error.field()).containsExactly("input", field);
			}));
	}

}
