package org.gba.cooperation.events;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.gba.cooperation.support.GraphQlIntegrationTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gba.cooperation.support.GlobalIds.globalId;
import static org.gba.cooperation.support.Lists.reversed;

/**
 * The {@code investmentEvents} and {@code investmentEvent} queries and the edges around
 * an event, against the demo data: 18 events from the 133rd Canton Fair (April 2023) to
 * the 2027 Global Investment Promotion Conference, with their organisers, registrations,
 * deals and target sectors.
 */
class InvestmentEventQueriesIT extends GraphQlIntegrationTestSupport {

	private static final String CONFERENCE_2023 = "2023 Guangdong-Hong Kong-Macao Greater Bay Area Global Investment "
			+ "Promotion Conference";

	private static final String CONFERENCE_2026 = "2026 Guangdong-Hong Kong-Macao Greater Bay Area Global Investment "
			+ "Promotion Conference";

	private static final String CONFERENCE_2027 = "2027 Guangdong-Hong Kong-Macao Greater Bay Area Global Investment "
			+ "Promotion Conference";

	private static final String OVERSEAS_CHINESE_2024 = "2024 Overseas Chinese Greater Bay Area Conference";

	private static final String IC_FORUM = "Greater Bay Area Integrated Circuit Industry Cooperation Forum";

	private static final String SEMICONDUCTOR_ASSOCIATION = "Guangdong Semiconductor Industry Association";

	private static final String DEPARTMENT_OF_COMMERCE = "Department of Commerce of Guangdong Province";

	@Test
	void withoutAFilterEveryEventIsReturnedAndCounted() {
		GraphQlTester.Response response = events(Map.of());

		response.path("investmentEvents.totalCount").entity(Integer.class).isEqualTo(18);
		response.path("investmentEvents.nodes").entityList(Object.class).hasSize(18);
	}

	@Test
	void filteringByStatusReturnsOnlyEventsWithThatStatus() {
		GraphQlTester.Response response = events(Map.of("statuses", List.of("PUBLISHED")));

		response.path("investmentEvents.totalCount").entity(Integer.class).isEqualTo(4);
		response.path("investmentEvents.nodes[*].status")
			.entityList(String.class)
			.satisfies((statuses) -> assertThat(statuses).hasSize(4).containsOnly("PUBLISHED"));
	}

	@Test
	void filteringBySeveralStatusesReturnsEventsWithAnyOfThem() {
		GraphQlTester.Response response = events(Map.of("statuses", List.of("COMPLETED", "CANCELLED")));

		response.path("investmentEvents.totalCount").entity(Integer.class).isEqualTo(12);
		response.path("investmentEvents.nodes[*].status").entityList(String.class).satisfies((statuses) -> {
			assertThat(statuses).hasSize(12).containsOnly("COMPLETED", "CANCELLED");
			assertThat(statuses).filteredOn("CANCELLED"::equals).hasSize(1);
		});
	}

	@Test
	void filteringByKindReturnsOnlyEventsOfThatKind() {
		GraphQlTester.Response response = events(Map.of("kinds", List.of("CONFERENCE")));

		response.path("investmentEvents.totalCount").entity(Integer.class).isEqualTo(7);
		response.path("investmentEvents.nodes[*].kind")
			.entityList(String.class)
			.satisfies((kinds) -> assertThat(kinds).hasSize(7).containsOnly("CONFERENCE"));
	}

	@Test
	void filteringBySeveralKindsReturnsEventsOfAnyOfThem() {
		GraphQlTester.Response response = events(Map.of("kinds", List.of("EXPO", "TRADE_FAIR")));

		response.path("investmentEvents.totalCount").entity(Integer.class).isEqualTo(6);
		response.path("investmentEvents.nodes[*].kind")
			.entityList(String.class)
			.satisfies((kinds) -> assertThat(kinds).hasSize(6).containsOnly("EXPO", "TRADE_FAIR"));
	}

	@Test
	void filteringByJurisdictionReturnsEventsHeldThere() {
		GraphQlTester.Response response = events(Map.of("jurisdictions", List.of("MACAO")));

		response.path("investmentEvents.totalCount").entity(Integer.class).isEqualTo(4);
		response.path("investmentEvents.nodes[*].city.jurisdiction")
			.entityList(String.class)
			.satisfies((jurisdictions) -> assertThat(jurisdictions).hasSize(4).containsOnly("MACAO"));
	}

	@Test
	void filteringBySeveralJurisdictionsReturnsEventsHeldInAnyOfThem() {
		GraphQlTester.Response response = events(Map.of("jurisdictions", List.of("HONG_KONG", "MACAO")));

		response.path("investmentEvents.totalCount").entity(Integer.class).isEqualTo(7);
		response.path("investmentEvents.nodes[*].city.jurisdiction")
			.entityList(String.class)
			.satisfies((jurisdictions) -> assertThat(jurisdictions).hasSize(7).containsOnly("HONG_KONG", "MACAO"));
	}

	@Test
	void filteringByCityReturnsEventsHeldInIt() {
		GraphQlTester.Response response = events(Map.of("cities", List.of(cityId("SHENZHEN"))));

		response.path("investmentEvents.totalCount").entity(Integer.class).isEqualTo(4);
		response.path("investmentEvents.nodes[*].city.code")
			.entityList(String.class)
			.satisfies((cities) -> assertThat(cities).hasSize(4).containsOnly("SHENZHEN"));
	}

	@Test
	void filteringBySeveralCitiesReturnsEventsHeldInAnyOfThem() {
		GraphQlTester.Response response = events(Map.of("cities", List.of(cityId("GUANGZHOU"), cityId("ZHUHAI"))));

		response.path("investmentEvents.totalCount").entity(Integer.class).isEqualTo(7);
		response.path("investmentEvents.nodes[*].city.code")
			.entityList(String.class)
			.satisfies((cities) -> assertThat(cities).hasSize(7).containsOnly("GUANGZHOU", "ZHUHAI"));
	}

	@Test
	void filteringBySectorReturnsEventsTargetingIt() {
		GraphQlTester.Response response = events(Map.of("sectors", List.of(sectorId("INTEGRATED_CIRCUITS"))));

		response.path("investmentEvents.totalCount").entity(Integer.class).isEqualTo(8);
		response.path("investmentEvents.nodes[*].targetSectors")
			.entityList(OBJECTS)
			.satisfies((sectorsOfEachEvent) -> assertThat(sectorsOfEachEvent).hasSize(8)
				.allSatisfy((sectors) -> assertThat(sectors).extracting((sector) -> sector.get("code"))
					.contains("INTEGRATED_CIRCUITS")));
	}

	@Test
	void filteringBySeveralSectorsReturnsEventsTargetingAnyOfThem() {
		GraphQlTester.Response response = events(
				Map.of("sectors", List.of(sectorId("INTEGRATED_CIRCUITS"), sectorId("BIOMEDICINE"))));

		response.path("investmentEvents.totalCount").entity(Integer.class).isEqualTo(13);
		response.path("investmentEvents.nodes").entityList(Object.class).hasSize(13);
	}

	@Test
	void aStartRangeIncludesBothOfItsBounds() {
		// The 134th Canton Fair starts on 2023-10-15 and the 2023 conference on
		// 2023-12-07.
		GraphQlTester.Response response = events(Map.of("startsOn", Map.of("from", "2023-10-15", "to", "2023-12-07")));

		response.path("investmentEvents.totalCount").entity(Integer.class).isEqualTo(3);
		response.path("investmentEvents.nodes[*].name")
			.entityList(String.class)
			.satisfies((names) -> assertThat(names).containsExactlyInAnyOrder(
					"134th China Import and Export Fair (Canton Fair)",
					"28th Macao International Trade and Investment Fair (MIF)", CONFERENCE_2023));
	}

	@Test
	void aStartRangeOfOneYearReturnsTheEventsStartingThatYear() {
		GraphQlTester.Response response = events(Map.of("startsOn", Map.of("from", "2024-01-01", "to", "2024-12-31")));

		response.path("investmentEvents.totalCount").entity(Integer.class).isEqualTo(5);
		response.path("investmentEvents.nodes[*].startsOn")
			.entityList(LocalDate.class)
			.satisfies((days) -> assertThat(days).hasSize(5)
				.allSatisfy((day) -> assertThat(day.getYear()).isEqualTo(2024)));
	}

	@Test
	void aStartRangeWithoutAnEndHasNoUpperBound() {
		GraphQlTester.Response response = events(Map.of("startsOn", Map.of("from", "2026-01-01")));

		response.path("investmentEvents.totalCount").entity(Integer.class).isEqualTo(6);
		response.path("investmentEvents.nodes[*].startsOn")
			.entityList(LocalDate.class)
			.satisfies((days) -> assertThat(days).allSatisfy((day) -> assertThat(day).isAfterOrEqualTo("2026-01-01")));
	}

	@Test
	void aStartRangeWithoutABeginningHasNoLowerBound() {
		GraphQlTester.Response response = events(Map.of("startsOn", Map.of("to", "2023-10-19")));

		response.path("investmentEvents.totalCount").entity(Integer.class).isEqualTo(3);
		response.path("investmentEvents.nodes[*].startsOn")
			.entityList(LocalDate.class)
			.satisfies((days) -> assertThat(days).allSatisfy((day) -> assertThat(day).isBeforeOrEqualTo("2023-10-19")));
	}

	@Test
	void filteringByOrganizationReturnsTheEventsItOrganisesOrRegisteredFor() {
		// The association co-hosts the IC forum and registered for two other events.
		GraphQlTester.Response response = events(
				Map.of("organization", idByName("organizations", SEMICONDUCTOR_ASSOCIATION)));

		response.path("investmentEvents.totalCount").entity(Integer.class).isEqualTo(3);
		response.path("investmentEvents.nodes[*].name")
			.entityList(String.class)
			.satisfies((names) -> assertThat(names).containsExactlyInAnyOrder(IC_FORUM,
					"Guangdong-Macao Joint Investment Roadshow (Macao)", CONFERENCE_2026));
	}

	@Test
	void searchFindsEventsByTheirTraditionalChineseName() {
		GraphQlTester.Response response = events(Map.of("search", "廣交會"));

		response.path("investmentEvents.totalCount").entity(Integer.class).isEqualTo(2);
		response.path("investmentEvents.nodes[*].names.zhHant")
			.entityList(String.class)
			.satisfies((names) -> assertThat(names).containsExactlyInAnyOrder("第133屆中國進出口商品交易會（廣交會）",
					"第134屆中國進出口商品交易會（廣交會）"));
	}

	@Test
	void searchFindsEventsByTheirSimplifiedChineseName() {
		GraphQlTester.Response response = events(Map.of("search", "广交会"));

		response.path("investmentEvents.totalCount").entity(Integer.class).isEqualTo(2);
		response.path("investmentEvents.nodes[*].names.zhHans")
			.entityList(String.class)
			.satisfies((names) -> assertThat(names).allSatisfy((name) -> assertThat(name).contains("广交会")));
	}

	@Test
	void searchFindsEventsByTheirEnglishNameIgnoringCase() {
		GraphQlTester.Response response = events(Map.of("search", "CANTON fair"));

		response.path("investmentEvents.totalCount").entity(Integer.class).isEqualTo(2);
		response.path("investmentEvents.nodes[*].name")
			.entityList(String.class)
			.satisfies((names) -> assertThat(names).containsExactlyInAnyOrder(
					"133rd China Import and Export Fair (Canton Fair)",
					"134th China Import and Export Fair (Canton Fair)"));
	}

	@Test
	void searchFindsEventsByTheirPortugueseName() {
		GraphQlTester.Response response = events(Map.of("search", "Feira Internacional de Macau"));

		response.path("investmentEvents.totalCount").entity(Integer.class).isEqualTo(2);
		response.path("investmentEvents.nodes[*].names.pt")
			.entityList(String.class)
			.satisfies((names) -> assertThat(names).containsExactlyInAnyOrder("28.ª Feira Internacional de Macau (MIF)",
					"29.ª Feira Internacional de Macau (MIF)"));
	}

	@Test
	void filtersCombineSoThatEveryConditionHolds() {
		GraphQlTester.Response response = events(
				Map.of("kinds", List.of("CONFERENCE"), "statuses", List.of("COMPLETED")));

		response.path("investmentEvents.totalCount").entity(Integer.class).isEqualTo(4);
		response.path("investmentEvents.nodes[*].kind")
			.entityList(String.class)
			.satisfies((kinds) -> assertThat(kinds).hasSize(4).containsOnly("CONFERENCE"));
		response.path("investmentEvents.nodes[*].status")
			.entityList(String.class)
			.satisfies((statuses) -> assertThat(statuses).containsOnly("COMPLETED"));
	}

	@Test
	void aFilterGivenTheIdOfAnotherTypeIsABadRequest() {
		String sectorId = sectorId("BIOMEDICINE");

		this.graphQl.documentName("events/eventsByFilter")
			.variable("filter", Map.of("cities", List.of(sectorId)))
			.execute()
			.errors()
			.satisfy((errors) -> {
				assertThat(errors).hasSize(1);
				assertThat(errors.get(0).getMessage())
					.isEqualTo("'" + sectorId + "' is the ID of a Sector, not of a City");
				assertThat(errors.get(0).getExtensions()).containsEntry("classification", "BAD_REQUEST");
			});
	}

	@Test
	void withoutAnOrderEventsAreSortedByStartDate() {
		List<LocalDate> days = events(Map.of()).path("investmentEvents.nodes[*].startsOn")
			.entityList(LocalDate.class)
			.get();

		assertThat(days).hasSize(18).isSorted();
		assertThat(days.get(0)).isEqualTo("2023-04-15");
		assertThat(days.get(17)).isEqualTo("2027-06-16");
	}

	@Test
	void orderingByStartDateAscendingSortsFromEarliestToLatest() {
		List<String> names = ordered("STARTS_ON", "ASC", "name", String.class);
		List<LocalDate> days = ordered("STARTS_ON", "ASC", "startsOn", LocalDate.class);

		assertThat(days).hasSize(18).isSorted();
		assertThat(names.get(0)).isEqualTo("133rd China Import and Export Fair (Canton Fair)");
		assertThat(names.get(17)).isEqualTo(CONFERENCE_2027);
	}

	@Test
	void orderingByStartDateDescendingSortsFromLatestToEarliest() {
		List<LocalDate> days = ordered("STARTS_ON", "DESC", "startsOn", LocalDate.class);

		assertThat(days).hasSize(18).isSortedAccordingTo(Comparator.reverseOrder());
		assertThat(days.get(0)).isEqualTo("2027-06-16");
	}

	@Test
	void orderingByNameAscendingSortsFromAToZ() {
		List<String> names = ordered("NAME", "ASC", "name", String.class);

		assertThat(names).hasSize(18).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
		assertThat(names.get(0)).isEqualTo("133rd China Import and Export Fair (Canton Fair)");
	}

	@Test
	void orderingByNameDescendingSortsFromZToA() {
		List<String> names = ordered("NAME", "DESC", "name", String.class);

		assertThat(names).hasSize(18).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER.reversed());
		assertThat(names).isEqualTo(reversed(ordered("NAME", "ASC", "name", String.class)));
	}

	@Test
	void lookingAnEventUpByIdReturnsTheEventTheConnectionReturned() {
		Map<String, Object> fromConnection = events(Map.of("search", OVERSEAS_CHINESE_2024))
			.path("investmentEvents.nodes[0]")
			.entity(OBJECT)
			.get();

		Map<String, Object> byId = detail((String) fromConnection.get("id")).path("investmentEvent")
			.entity(OBJECT)
			.get();

		assertThat(byId).containsAllEntriesOf(fromConnection);
	}

	@Test
	void lookingUpAnUnknownEventGivesNull() {
		detail(globalId("InvestmentEvent:9999")).path("investmentEvent").valueIsNull();
	}

	@Test
	void lookingUpAnEventWithTheIdOfAnotherTypeIsABadRequest() {
		String labId = idByName("jointLabs", "Guangdong-Hong Kong-Macao Joint Laboratory for Quantum Matter");

		this.graphQl.documentName("events/eventDetail").variable("id", labId).execute().errors().satisfy((errors) -> {
			assertThat(errors).hasSize(1);
			assertThat(errors.get(0).getMessage())
				.matches("'" + Pattern.quote(labId) + "' is the ID of a JointLab, not of an? InvestmentEvent");
			assertThat(errors.get(0).getExtensions()).containsEntry("classification", "BAD_REQUEST");
		});
	}

	@Test
	void anEventIsNamedInEveryLanguageAndItsNameIsTheEnglishOne() {
		GraphQlTester.Response response = detail(idByName("investmentEvents", CONFERENCE_2023));

		response.path("investmentEvent.names.zhHant").entity(String.class).isEqualTo("2023粵港澳大灣區全球招商大會");
		response.path("investmentEvent.names.zhHans").entity(String.class).isEqualTo("2023粤港澳大湾区全球招商大会");
		response.path("investmentEvent.names.en").entity(String.class).isEqualTo(CONFERENCE_2023);
		response.path("investmentEvent.names.pt")
			.entity(String.class)
			.isEqualTo("Conferência Global de Promoção de Investimento da Grande Baía Guangdong-Hong Kong-Macau 2023");
		response.path("investmentEvent.name").entity(String.class).isEqualTo(CONFERENCE_2023);
	}

	@Test
	void anEventShowsWhenWhereAndHowBigItIs() {
		GraphQlTester.Response response = detail(idByName("investmentEvents", OVERSEAS_CHINESE_2024));

		response.path("investmentEvent.kind").entity(String.class).isEqualTo("CONFERENCE");
		response.path("investmentEvent.status").entity(String.class).isEqualTo("COMPLETED");
		response.path("investmentEvent.startsOn").entity(String.class).isEqualTo("2024-06-18");
		response.path("investmentEvent.endsOn").entity(String.class).isEqualTo("2024-06-19");
		response.path("investmentEvent.registrationClosesOn").entity(String.class).isEqualTo("2024-06-05");
		response.path("investmentEvent.capacity").entity(Integer.class).isEqualTo(1500);
		response.path("investmentEvent.edition").valueIsNull();
		response.path("investmentEvent.city.code").entity(String.class).isEqualTo("GUANGZHOU");
		response.path("investmentEvent.venue")
			.entity(String.class)
			.isEqualTo("Guangzhou Baiyun International Convention Center");
		response.path("investmentEvent.venues.zhHant").entity(String.class).isEqualTo("廣州白雲國際會議中心");
		response.path("investmentEvent.description")
			.entity(String.class)
			.isEqualTo("Brings overseas Chinese entrepreneurs together with companies from the three jurisdictions "
					+ "to invest in Bay Area manufacturing and innovation.");
		response.path("investmentEvent.createdAt").entity(String.class).isEqualTo("2026-01-01T00:00:00Z");
	}

	@Test
	void organizersAreListedHostFirst() {
		GraphQlTester.Response response = detail(idByName("investmentEvents", OVERSEAS_CHINESE_2024));

		response.path("investmentEvent.organizers[*].role")
			.entityList(String.class)
			.containsExactly("HOST", "SUPPORTER", "SUPPORTER");
		response.path("investmentEvent.organizers[0].organization.name")
			.entity(String.class)
			.isEqualTo(DEPARTMENT_OF_COMMERCE);
		response.path("investmentEvent.organizers[*].organization.name")
			.entityList(String.class)
			.satisfies((names) -> assertThat(names).containsExactlyInAnyOrder(DEPARTMENT_OF_COMMERCE,
					"Macao Chamber of Commerce", "The Chinese Manufacturers' Association of Hong Kong"));
	}

	@Test
	void registrationsListRegisteredAndWithdrawnOrganisationsInOrderOfRegistration() {
		GraphQlTester.Response response = detail(idByName("investmentEvents", CONFERENCE_2026));

		response.path("investmentEvent.registrations[*].status")
			.entityList(String.class)
			.containsExactly("WITHDRAWN", "WITHDRAWN", "REGISTERED", "WITHDRAWN", "REGISTERED", "REGISTERED",
					"REGISTERED", "REGISTERED", "REGISTERED", "REGISTERED", "WITHDRAWN", "REGISTERED", "REGISTERED");
		response.path("investmentEvent.registrations[*].registeredAt")
			.entityList(String.class)
			.satisfies((instants) -> assertThat(instants).isSorted());
		response.path("investmentEvent.registrations[0].registeredAt")
			.entity(String.class)
			.isEqualTo("2025-11-03T14:30:22Z");
		response.path("investmentEvent.registrations[0].organization.name")
			.entity(String.class)
			.isEqualTo("The Hong Kong Polytechnic University");
		response.path("investmentEvent.registrations[12].organization.name")
			.entity(String.class)
			.isEqualTo("The Chinese University of Hong Kong");
	}

	@Test
	void theRegistrationCountLeavesWithdrawnRegistrationsOut() {
		GraphQlTester.Response response = detail(idByName("investmentEvents", CONFERENCE_2026));

		response.path("investmentEvent.registrations").entityList(Object.class).hasSize(13);
		response.path("investmentEvent.registrationCount").entity(Integer.class).isEqualTo(9);
	}

	@Test
	void anEventNobodyRegisteredForHasNoRegistrationsAndNoDeals() {
		GraphQlTester.Response response = detail(idByName("investmentEvents", CONFERENCE_2027));

		response.path("investmentEvent.registrations").entityList(Object.class).hasSize(0);
		response.path("investmentEvent.registrationCount").entity(Integer.class).isEqualTo(0);
		response.path("investmentEvent.deals").entityList(Object.class).hasSize(0);
		response.path("investmentEvent.organizers[*].role").entityList(String.class).containsExactly("HOST");
	}

	@Test
	void dealsAreListedInOrderOfSigningWithExactAmounts() {
		GraphQlTester.Response response = detail(idByName("investmentEvents", CONFERENCE_2023));

		response.path("investmentEvent.deals[*].signedOn")
			.entityList(String.class)
			.containsExactly("2023-12-07", "2023-12-07", "2023-12-08", "2023-12-08", "2023-12-08");
		response.path("investmentEvent.deals[*].amount.amount")
			.entityList(String.class)
			.containsExactly("2500000000.00", "1800000000.00", "650000000.00", "4500000000.00", "800000000.00");
		response.path("investmentEvent.deals[*].amount.currency")
			.entityList(String.class)
			.containsExactly("HKD", "CNY", "CNY", "HKD", "HKD");
	}

	@Test
	void everyDealAmountIsADecimalStringWithTwoDecimals() {
		List<Object> amounts = this.graphQl.documentName("events/eventsAllDeals")
			.execute()
			.path("investmentEvents.nodes[*].deals[*].amount.amount")
			.entityList(Object.class)
			.get();

		assertThat(amounts).hasSize(43)
			.allSatisfy(
					(amount) -> assertThat(amount).isInstanceOf(String.class).asString().matches("[0-9]+\\.[0-9]{2}"));
	}

	@Test
	void aDealNamesItsInvestorPartnerSectorAndEvent() {
		String eventId = idByName("investmentEvents", CONFERENCE_2023);

		GraphQlTester.Response response = detail(eventId);

		response.path("investmentEvent.deals[0].title")
			.entity(String.class)
			.isEqualTo("ASMPT South China regional headquarters and advanced packaging equipment R&D centre");
		response.path("investmentEvent.deals[0].titles.zhHant")
			.entity(String.class)
			.isEqualTo("ASMPT華南地區總部及先進封裝設備研發中心");
		response.path("investmentEvent.deals[0].titles.zhHans")
			.entity(String.class)
			.isEqualTo("ASMPT华南地区总部及先进封装设备研发中心");
		response.path("investmentEvent.deals[0].investor.name")
			.entity(String.class)
			.isEqualTo("ASM Pacific Technology Limited");
		response.path("investmentEvent.deals[0].partner.name")
			.entity(String.class)
			.isEqualTo("CanSemi Technology Inc.");
		response.path("investmentEvent.deals[0].sector.code").entity(String.class).isEqualTo("INTEGRATED_CIRCUITS");
		response.path("investmentEvent.deals[*].event.id")
			.entityList(String.class)
			.satisfies((ids) -> assertThat(ids).hasSize(5).containsOnly(eventId));
	}

	@Test
	void aDealWithoutANamedPartnerHasANullPartner() {
		GraphQlTester.Response response = detail(idByName("investmentEvents", OVERSEAS_CHINESE_2024));

		response.path("investmentEvent.deals[2].title")
			.entity(String.class)
			.isEqualTo("Financing agreement for overseas green energy projects");
		response.path("investmentEvent.deals[2].partner").valueIsNull();
		response.path("investmentEvent.deals[2].investor.name")
			.entity(String.class)
			.isEqualTo("Ming Yang Smart Energy Group Limited");
		response.path("investmentEvent.deals[2].amount.amount").entity(String.class).isEqualTo("1500000000.00");
		response.path("investmentEvent.deals[2].amount.currency").entity(String.class).isEqualTo("USD");
	}

	@Test
	void anEventListsTheSectorsItSeeksInvestmentFor() {
		detail(idByName("investmentEvents", CONFERENCE_2026)).path("investmentEvent.targetSectors[*].code")
			.entityList(String.class)
			.satisfies((codes) -> assertThat(codes).containsExactlyInAnyOrder("INTEGRATED_CIRCUITS", "SIX_G",
					"QUANTUM_TECHNOLOGY", "DEEP_SEA_AEROSPACE"));
	}

	@Test
	void everyOrganiserListsTheEventAmongItsInvestmentEvents() {
		String eventId = idByName("investmentEvents", IC_FORUM);

		GraphQlTester.Response response = bothWays(eventId);

		response.path("investmentEvent.organizers[*].organization.investmentEvents.nodes")
			.entityList(OBJECTS)
			.satisfies((eventsOfEachOrganizer) -> assertThat(eventsOfEachOrganizer).hasSize(3)
				.allSatisfy((events) -> assertThat(events).extracting((event) -> event.get("id")).contains(eventId)));
	}

	@Test
	void everyRegisteredOrganisationListsTheEventAmongItsInvestmentEvents() {
		String eventId = idByName("investmentEvents", CONFERENCE_2026);

		GraphQlTester.Response response = bothWays(eventId);

		response.path("investmentEvent.registrations[*].organization.investmentEvents.nodes")
			.entityList(OBJECTS)
			.satisfies((eventsOfEachRegistrant) -> assertThat(eventsOfEachRegistrant).hasSize(13)
				.allSatisfy((events) -> assertThat(events).extracting((event) -> event.get("id")).contains(eventId)));
	}

	@Test
	void anOrganisationCountsTheEventsItOrganisesAndThoseItRegisteredFor() {
		GraphQlTester.Response response = bothWays(idByName("investmentEvents", IC_FORUM));

		response
			.path("investmentEvent.organizers[?(@.organization.name == '" + SEMICONDUCTOR_ASSOCIATION
					+ "')].organization.investmentEvents.totalCount")
			.entityList(Integer.class)
			.containsExactly(3);
	}

	private GraphQlTester.Response events(Map<String, Object> filter) {
		return this.graphQl.documentName("events/eventsByFilter").variable("filter", filter).execute();
	}

	private <T> List<T> ordered(String field, String direction, String property, Class<T> type) {
		return this.graphQl.documentName("events/eventsByFilter")
			.variable("orderBy", Map.of("field", field, "direction", direction))
			.execute()
			.path("investmentEvents.nodes[*]." + property)
			.entityList(type)
			.get();
	}

	private GraphQlTester.Response detail(String id) {
		return this.graphQl.documentName("events/eventDetail").variable("id", id).execute();
	}

	private GraphQlTester.Response bothWays(String id) {
		return this.graphQl.documentName("events/eventOrganizationsBothWays").variable("id", id).execute();
	}

}
