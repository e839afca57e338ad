package org.gba.cooperation.projects;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.gba.cooperation.support.GraphQlIntegrationTestSupport;
import org.gba.cooperation.support.search.RequiresOpenSearch;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.gba.cooperation.support.GlobalIds.globalId;
import static org.gba.cooperation.support.Lists.reversed;

/**
 * The {@code crossBorderProjects} and {@code crossBorderProject} queries and the edges
 * around a project, against the demo data: 40 projects (nine "Guangdong Strong Core" chip
 * projects among them) with their participants, 79 investments in four currencies and 124
 * milestones.
 */
@Tag(RequiresOpenSearch.SEARCH_TAG)
class CrossBorderProjectQueriesIT extends GraphQlIntegrationTestSupport {

	private static final String HETAO_QUANTUM = "Hetao Quantum Communication Demonstration Network";

	private static final String COMPUTING_NETWORK = "Greater Bay Area Intelligent Computing Network";

	private static final String ANALOG_CHIPS = "Guangdong Strong Core: Hengqin Analog Chip Design "
			+ "Collaboration Platform";

	private static final String EDA_TOOLS = "Guangdong Strong Core: Joint R&D on IC Design Automation Tools";

	private static final String WAFER_FAB = "Guangdong Strong Core: 12-inch Wafer Fab Capacity Expansion";

	private static final String SIX_G_TESTBED = "6G Deep Virtual Network Testbed";

	private static final String HKUST = "The Hong Kong University of Science and Technology";

	@Test
	void withoutAFilterEveryProjectIsReturnedAndCounted() {
		GraphQlTester.Response response = projects(Map.of());

		response.path("crossBorderProjects.totalCount").entity(Integer.class).isEqualTo(40);
		response.path("crossBorderProjects.nodes").entityList(Object.class).hasSize(40);
	}

	@Test
	void filteringByStatusReturnsOnlyProjectsWithThatStatus() {
		GraphQlTester.Response response = projects(Map.of("statuses", List.of("IN_PROGRESS")));

		response.path("crossBorderProjects.totalCount").entity(Integer.class).isEqualTo(20);
		response.path("crossBorderProjects.nodes[*].status")
			.entityList(String.class)
			.satisfies((statuses) -> assertThat(statuses).hasSize(20).containsOnly("IN_PROGRESS"));
	}

	@Test
	void filteringBySeveralStatusesReturnsProjectsWithAnyOfThem() {
		GraphQlTester.Response response = projects(Map.of("statuses", List.of("APPROVED", "PROPOSED")));

		response.path("crossBorderProjects.totalCount").entity(Integer.class).isEqualTo(13);
		response.path("crossBorderProjects.nodes[*].status").entityList(String.class).satisfies((statuses) -> {
			assertThat(statuses).hasSize(13).containsOnly("APPROVED", "PROPOSED");
			assertThat(statuses).filteredOn("PROPOSED"::equals).hasSize(5);
		});
	}

	@Test
	void filteringByJurisdictionReturnsProjectsWithAParticipantFromIt() {
		GraphQlTester.Response response = projects(Map.of("jurisdictions", List.of("MACAO")));

		response.path("crossBorderProjects.totalCount").entity(Integer.class).isEqualTo(20);
		response.path("crossBorderProjects.nodes[*].participants")
			.entityList(OBJECTS)
			.satisfies((participantsOfEachProject) -> assertThat(participantsOfEachProject).hasSize(20)
				.allSatisfy((participants) -> assertThat(participants)
					.extracting(
							(participant) -> (String) ((Map<?, ?>) participant.get("organization")).get("jurisdiction"))
					.contains("MACAO")));
	}

	@Test
	void filteringByCityReturnsProjectsCarriedOutThere() {
		GraphQlTester.Response response = projects(Map.of("cities", List.of(cityId("ZHUHAI"))));

		response.path("crossBorderProjects.totalCount").entity(Integer.class).isEqualTo(6);
		response.path("crossBorderProjects.nodes[*].city.code")
			.entityList(String.class)
			.satisfies((cities) -> assertThat(cities).hasSize(6).containsOnly("ZHUHAI"));
	}

	@Test
	void filteringBySeveralCitiesReturnsProjectsCarriedOutInAnyOfThem() {
		GraphQlTester.Response response = projects(Map.of("cities", List.of(cityId("ZHUHAI"), cityId("MACAO"))));

		response.path("crossBorderProjects.totalCount").entity(Integer.class).isEqualTo(8);
		response.path("crossBorderProjects.nodes[*].city.code")
			.entityList(String.class)
			.satisfies((cities) -> assertThat(cities).hasSize(8).containsOnly("ZHUHAI", "MACAO"));
	}

	@Test
	void filteringBySectorReturnsTheProjectsOfThatSector() {
		GraphQlTester.Response response = projects(Map.of("sectors", List.of(sectorId("INTEGRATED_CIRCUITS"))));

		response.path("crossBorderProjects.totalCount").entity(Integer.class).isEqualTo(9);
		response.path("crossBorderProjects.nodes[*].name")
			.entityList(String.class)
			.satisfies((names) -> assertThat(names).hasSize(9)
				.allSatisfy((name) -> assertThat(name).startsWith("Guangdong Strong Core: ")));
	}

	@Test
	void aStartDateRangeIncludesBothOfItsBounds() {
		// One project starts on 2022-02-01 and one on 2022-08-01.
		GraphQlTester.Response response = projects(
				Map.of("startDate", Map.of("from", "2022-02-01", "to", "2022-08-01")));

		response.path("crossBorderProjects.totalCount").entity(Integer.class).isEqualTo(7);
		response.path("crossBorderProjects.nodes[*].startDate")
			.entityList(LocalDate.class)
			.satisfies((dates) -> assertThat(dates).hasSize(7)
				.contains(LocalDate.of(2022, 2, 1), LocalDate.of(2022, 8, 1))
				.allSatisfy((date) -> assertThat(date).isBetween(LocalDate.of(2022, 2, 1), LocalDate.of(2022, 8, 1))));
	}

	@Test
	void aStartDateRangeWithoutAnEndHasNoUpperBound() {
		GraphQlTester.Response response = projects(Map.of("startDate", Map.of("from", "2026-01-01")));

		response.path("crossBorderProjects.totalCount").entity(Integer.class).isEqualTo(5);
		response.path("crossBorderProjects.nodes[*].status")
			.entityList(String.class)
			.satisfies((statuses) -> assertThat(statuses).hasSize(5).containsOnly("PROPOSED"));
	}

	@Test
	void aStartDateRangeWithoutABeginningHasNoLowerBound() {
		GraphQlTester.Response response = projects(Map.of("startDate", Map.of("to", "2019-09-01")));

		response.path("crossBorderProjects.totalCount").entity(Integer.class).isEqualTo(3);
		response.path("crossBorderProjects.nodes[*].startDate")
			.entityList(String.class)
			.satisfies(
					(dates) -> assertThat(dates).containsExactlyInAnyOrder("2019-06-01", "2019-04-01", "2019-09-01"));
	}

	@Test
	void filteringByOrganizationReturnsTheProjectsItParticipatesIn() {
		GraphQlTester.Response response = projects(Map.of("organization", idByName("organizations", HKUST)));

		response.path("crossBorderProjects.totalCount").entity(Integer.class).isEqualTo(10);
		response.path("crossBorderProjects.nodes[*].name")
			.entityList(String.class)
			.hasSize(10)
			.contains(WAFER_FAB, COMPUTING_NETWORK, "Precision Manufacturing of Industrial Drones");
	}

	@Test
	void searchFindsProjectsByTheirTraditionalChineseName() {
		GraphQlTester.Response response = projects(Map.of("search", "廣東強芯"));

		response.path("crossBorderProjects.totalCount").entity(Integer.class).isEqualTo(9);
		response.path("crossBorderProjects.nodes[*].names.zhHant")
			.entityList(String.class)
			.satisfies(
					(names) -> assertThat(names).hasSize(9).allSatisfy((name) -> assertThat(name).startsWith("廣東強芯：")));
	}

	@Test
	void searchFindsProjectsByTheirSimplifiedChineseName() {
		GraphQlTester.Response response = projects(Map.of("search", "广东强芯"));

		response.path("crossBorderProjects.totalCount").entity(Integer.class).isEqualTo(9);
		response.path("crossBorderProjects.nodes[*].names.zhHans")
			.entityList(String.class)
			.satisfies(
					(names) -> assertThat(names).hasSize(9).allSatisfy((name) -> assertThat(name).startsWith("广东强芯：")));
	}

	@Test
	void searchFindsProjectsByTheirEnglishNameIgnoringCase() {
		GraphQlTester.Response response = projects(Map.of("search", "strong CORE"));

		response.path("crossBorderProjects.totalCount").entity(Integer.class).isEqualTo(9);
		response.path("crossBorderProjects.nodes[*].name")
			.entityList(String.class)
			.satisfies((names) -> assertThat(names).hasSize(9).contains(WAFER_FAB, ANALOG_CHIPS, EDA_TOOLS));
	}

	@Test
	void searchFindsProjectsByTheirPortugueseName() {
		GraphQlTester.Response response = projects(Map.of("search", "NÚCLEO FORTE"));

		response.path("crossBorderProjects.totalCount").entity(Integer.class).isEqualTo(3);
		response.path("crossBorderProjects.nodes[*].names.pt")
			.entityList(String.class)
			.satisfies((names) -> assertThat(names)
				.allSatisfy((name) -> assertThat(name).startsWith("Núcleo Forte de Guangdong: ")));
	}

	@Test
	void filtersCombineSoThatEveryConditionHolds() {
		GraphQlTester.Response response = projects(
				Map.of("sectors", List.of(sectorId("INTEGRATED_CIRCUITS")), "statuses", List.of("IN_PROGRESS")));

		response.path("crossBorderProjects.totalCount").entity(Integer.class).isEqualTo(4);
		response.path("crossBorderProjects.nodes[*].name")
			.entityList(String.class)
			.satisfies((names) -> assertThat(names).containsExactlyInAnyOrder(WAFER_FAB,
					"Guangdong Strong Core: Advanced Packaging and Test Base", ANALOG_CHIPS,
					"Guangdong Strong Core: Automotive-grade Chip Joint R&D"));
	}

	@Test
	void aFilterGivenTheIdOfAnotherTypeIsABadRequest() {
		String cityId = cityId("ZHUHAI");

		this.graphQl.documentName("projects/projectsByFilter")
			.variable("filter", Map.of("organization", cityId))
			.execute()
			.errors()
			.satisfy((errors) -> {
				assertThat(errors).hasSize(1);
				assertThat(errors.get(0).getMessage())
					.matches("'" + Pattern.quote(cityId) + "' is the ID of a City, not of an? Organization");
				assertThat(errors.get(0).getExtensions()).containsEntry("classification", "BAD_REQUEST");
			});
	}

	@Test
	void withoutAnOrderProjectsAreSortedByEnglishName() {
		List<String> byDefault = projects(Map.of()).path("crossBorderProjects.nodes[*].name")
			.entityList(String.class)
			.get();

		assertThat(byDefault).hasSize(40)
			.doesNotHaveDuplicates()
			.isEqualTo(ordered(Map.of(), "NAME", "ASC", "name", String.class));
	}

	@Test
	void orderingByNameAscendingSortsFromAToZ() {
		// Whether "AI ..." sorts before "Advanced ..." depends on the database's
		// collation, so the
		// order is checked on projects whose names differ by more than case.
		List<String> names = ordered(Map.of("statuses", List.of("IN_PROGRESS")), "NAME", "ASC", "name", String.class);

		assertThat(names).hasSize(20).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
		assertThat(names.get(0)).isEqualTo(SIX_G_TESTBED);
	}

	@Test
	void orderingByNameDescendingSortsFromZToA() {
		List<String> names = ordered(Map.of("statuses", List.of("IN_PROGRESS")), "NAME", "DESC", "name", String.class);

		assertThat(names).hasSize(20).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER.reversed());
	}

	@Test
	void orderingByNameDescendingIsTheReverseOfAscending() {
		List<String> descending = ordered(Map.of(), "NAME", "DESC", "name", String.class);
		List<String> ascending = ordered(Map.of(), "NAME", "ASC", "name", String.class);

		assertThat(descending).hasSize(40).isEqualTo(reversed(ascending));
	}

	@Test
	void orderingByStartDateAscendingSortsFromOldestToNewest() {
		List<LocalDate> dates = ordered(Map.of(), "START_DATE", "ASC", "startDate", LocalDate.class);

		assertThat(dates).hasSize(40).isSorted();
		assertThat(dates.get(0)).isEqualTo("2019-04-01");
		assertThat(dates.get(39)).isEqualTo("2027-03-01");
	}

	@Test
	void orderingByStartDateDescendingSortsFromNewestToOldest() {
		List<LocalDate> dates = ordered(Map.of(), "START_DATE", "DESC", "startDate", LocalDate.class);

		assertThat(dates).hasSize(40).isSortedAccordingTo(Comparator.reverseOrder());
		assertThat(dates.get(0)).isEqualTo("2027-03-01");
	}

	@Test
	void lookingAProjectUpByIdReturnsTheProjectTheConnectionReturned() {
		Map<String, Object> fromConnection = projects(Map.of("search", HETAO_QUANTUM))
			.path("crossBorderProjects.nodes[0]")
			.entity(OBJECT)
			.get();

		Map<String, Object> byId = detail((String) fromConnection.get("id")).path("crossBorderProject")
			.entity(OBJECT)
			.get();

		// The look-up asks for more about each participant; the rest is the same
		// selection.
		fromConnection.remove("participants");
		assertThat(byId).containsAllEntriesOf(fromConnection);
	}

	@Test
	void lookingUpAnUnknownProjectGivesNull() {
		detail(globalId("CrossBorderProject:9999")).path("crossBorderProject").valueIsNull();
	}

	@Test
	void lookingUpAProjectWithTheIdOfAnotherTypeIsABadRequest() {
		String labId = idByName("jointLabs", "Guangdong-Hong Kong-Macao Joint Laboratory for Quantum Matter");

		this.graphQl.documentName("projects/projectDetail")
			.variable("id", labId)
			.execute()
			.errors()
			.satisfy((errors) -> {
				assertThat(errors).hasSize(1);
				assertThat(errors.get(0).getMessage())
					.isEqualTo("'" + labId + "' is the ID of a JointLab, not of a CrossBorderProject");
				assertThat(errors.get(0).getExtensions()).containsEntry("classification", "BAD_REQUEST");
			});
	}

	@Test
	void aProjectIsNamedInEveryLanguageAndItsNameIsTheEnglishOne() {
		GraphQlTester.Response response = detail(idByName("crossBorderProjects", ANALOG_CHIPS));

		response.path("crossBorderProject.names.zhHant").entity(String.class).isEqualTo("廣東強芯：橫琴模擬芯片設計協同平台");
		response.path("crossBorderProject.names.zhHans").entity(String.class).isEqualTo("广东强芯：横琴模拟芯片设计协同平台");
		response.path("crossBorderProject.names.en").entity(String.class).isEqualTo(ANALOG_CHIPS);
		response.path("crossBorderProject.names.pt")
			.entity(String.class)
			.isEqualTo("Núcleo Forte de Guangdong: Plataforma Colaborativa de Projeto de Chips Analógicos em Hengqin");
		response.path("crossBorderProject.name").entity(String.class).isEqualTo(ANALOG_CHIPS);
	}

	@Test
	void aProjectWithoutAPortugueseNameHasANullOne() {
		GraphQlTester.Response response = detail(idByName("crossBorderProjects", HETAO_QUANTUM));

		response.path("crossBorderProject.names.pt").valueIsNull();
		response.path("crossBorderProject.names.zhHant").entity(String.class).isEqualTo("河套量子通信示範網絡");
		response.path("crossBorderProject.names.zhHans").entity(String.class).isEqualTo("河套量子通信示范网络");
		response.path("crossBorderProject.description")
			.entity(String.class)
			.matches((text) -> text.startsWith("A quantum communication demonstration network in the Hetao"));
	}

	@Test
	void aProjectShowsItsStatusDatesSectorAndCity() {
		String name = "Guangdong Strong Core: Localised Wafer-level Packaging Equipment";

		GraphQlTester.Response response = detail(idByName("crossBorderProjects", name));

		response.path("crossBorderProject.status").entity(String.class).isEqualTo("COMPLETED");
		response.path("crossBorderProject.startDate").entity(String.class).isEqualTo("2019-06-01");
		response.path("crossBorderProject.endDate").entity(String.class).isEqualTo("2023-12-15");
		response.path("crossBorderProject.sector.code").entity(String.class).isEqualTo("INTEGRATED_CIRCUITS");
		response.path("crossBorderProject.city.code").entity(String.class).isEqualTo("SHENZHEN");
		response.path("crossBorderProject.createdAt").entity(String.class).isEqualTo("2026-01-01T00:00:00Z");
	}

	@Test
	void participantsAreListedWithTheirRolesAndJoiningDays() {
		GraphQlTester.Response response = detail(idByName("crossBorderProjects", HETAO_QUANTUM));

		response.path("crossBorderProject.participants")
			.entityList(OBJECT)
			.satisfies((participants) -> assertThat(participants)
				.extracting((participant) -> ((Map<?, ?>) participant.get("organization")).get("name") + " "
						+ participant.get("role"))
				.containsExactlyInAnyOrder("Southern University of Science and Technology LEAD",
						"The University of Hong Kong PARTNER",
						"Hong Kong Science and Technology Parks Corporation INVESTOR",
						"Ping An Property & Casualty Insurance Company of China, Ltd. INSURER"));
	}

	@Test
	void participantsAreListedLeadFirst() {
		GraphQlTester.Response response = detail(idByName("crossBorderProjects", HETAO_QUANTUM));

		response.path("crossBorderProject.participants[0].role").entity(String.class).isEqualTo("LEAD");
		response.path("crossBorderProject.participants[0].organization.name")
			.entity(String.class)
			.isEqualTo("Southern University of Science and Technology");
	}

	@Test
	void everyProjectListsItsLeadFirst() {
		List<Map<String, Object>> projects = this.graphQl.documentName("projects/projectsMoneyAndParticipants")
			.execute()
			.path("crossBorderProjects.nodes")
			.entityList(OBJECT)
			.get();

		List<Object> notLeadFirst = projects.stream()
			.filter((project) -> !"LEAD".equals(firstRole(project)))
			.map((project) -> project.get("name"))
			.toList();
		assertThat(projects).hasSize(40);
		assertThat(notLeadFirst).as("projects whose first participant is not the lead").isEmpty();
	}

	@Test
	void theLeadJurisdictionIsTheJurisdictionOfTheLeadParticipant() {
		detail(idByName("crossBorderProjects", WAFER_FAB)).path("crossBorderProject.leadJurisdiction")
			.entity(String.class)
			.isEqualTo("GUANGDONG");
		detail(idByName("crossBorderProjects", EDA_TOOLS)).path("crossBorderProject.leadJurisdiction")
			.entity(String.class)
			.isEqualTo("HONG_KONG");
		detail(idByName("crossBorderProjects", ANALOG_CHIPS)).path("crossBorderProject.leadJurisdiction")
			.entity(String.class)
			.isEqualTo("MACAO");
	}

	@Test
	void investmentsAreListedInOrderOfCommitment() {
		String projectId = idByName("crossBorderProjects", HETAO_QUANTUM);

		GraphQlTester.Response response = detail(projectId);

		response.path("crossBorderProject.investments[*].committedOn")
			.entityList(String.class)
			.containsExactly("2023-05-20", "2023-06-12", "2023-07-03", "2023-07-15");
		response.path("crossBorderProject.investments[*].kind")
			.entityList(String.class)
			.containsExactly("GRANT", "GRANT", "EQUITY", "RD_INSURANCE");
		response.path("crossBorderProject.investments[*].amount.amount")
			.entityList(String.class)
			.containsExactly("200000000.00", "120000000.00", "60000000.00", "80000000.00");
		response.path("crossBorderProject.investments[*].amount.currency")
			.entityList(String.class)
			.containsExactly("CNY", "HKD", "HKD", "CNY");
		response.path("crossBorderProject.investments[*].investor.name")
			.entityList(String.class)
			.containsExactly("Department of Science and Technology of Guangdong Province",
					"Innovation and Technology Commission", "Hong Kong Science and Technology Parks Corporation",
					"Ping An Property & Casualty Insurance Company of China, Ltd.");
		response.path("crossBorderProject.investments[*].project.id")
			.entityList(String.class)
			.satisfies((ids) -> assertThat(ids).hasSize(4).containsOnly(projectId));
	}

	@Test
	void anInvestmentWithoutANamedInvestorHasANullInvestor() {
		GraphQlTester.Response response = detail(idByName("crossBorderProjects", COMPUTING_NETWORK));

		response.path("crossBorderProject.investments[2].kind").entity(String.class).isEqualTo("LOAN");
		response.path("crossBorderProject.investments[2].investor").valueIsNull();
		response.path("crossBorderProject.investments[2].amount.amount").entity(String.class).isEqualTo("25000000.00");
		response.path("crossBorderProject.investments[2].amount.currency").entity(String.class).isEqualTo("USD");
	}

	@Test
	void investmentTotalsSumTheInvestmentsOfEachCurrency() {
		// 200,000,000 + 80,000,000 CNY and 120,000,000 + 60,000,000 HKD.
		detail(idByName("crossBorderProjects", HETAO_QUANTUM)).path("crossBorderProject.investmentTotals")
			.entityList(OBJECT)
			.containsExactly(Map.of("amount", "280000000.00", "currency", "CNY"),
					Map.of("amount", "180000000.00", "currency", "HKD"));
	}

	@Test
	void investmentTotalsAreListedInCurrencyOrder() {
		detail(idByName("crossBorderProjects", COMPUTING_NETWORK)).path("crossBorderProject.investmentTotals")
			.entityList(OBJECT)
			.containsExactly(Map.of("amount", "800000000.00", "currency", "CNY"),
					Map.of("amount", "50000000.00", "currency", "MOP"),
					Map.of("amount", "25000000.00", "currency", "USD"));
	}

	@Test
	void everyProjectsInvestmentTotalsEqualTheSumsOfItsInvestments() {
		List<Map<String, Object>> projects = this.graphQl.documentName("projects/projectsMoneyAndParticipants")
			.execute()
			.path("crossBorderProjects.nodes")
			.entityList(OBJECT)
			.get();

		assertThat(projects).hasSize(40).allSatisfy((project) -> {
			Map<String, BigDecimal> sums = new TreeMap<>();
			for (Map<?, ?> investment : list(project.get("investments"))) {
				Map<?, ?> amount = (Map<?, ?>) investment.get("amount");
				sums.merge((String) amount.get("currency"), new BigDecimal((String) amount.get("amount")),
						BigDecimal::add);
			}
			List<String> expected = sums.entrySet()
				.stream()
				.map((sum) -> sum.getValue().toPlainString() + " " + sum.getKey())
				.toList();
			assertThat(list(project.get("investmentTotals"))).as((String) project.get("name"))
				.extracting((total) -> total.get("amount") + " " + total.get("currency"))
				.containsExactlyElementsOf(expected);
		});
	}

	@Test
	void allInvestmentsTogetherMatchTheDemoData() {
		List<Map<String, Object>> projects = this.graphQl.documentName("projects/projectsMoneyAndParticipants")
			.execute()
			.path("crossBorderProjects.nodes")
			.entityList(OBJECT)
			.get();

		Map<String, BigDecimal> totals = new TreeMap<>();
		int investments = 0;
		for (Map<String, Object> project : projects) {
			investments += list(project.get("investments")).size();
			for (Map<?, ?> total : list(project.get("investmentTotals"))) {
				totals.merge((String) total.get("currency"), new BigDecimal((String) total.get("amount")),
						BigDecimal::add);
			}
		}

		assertThat(investments).isEqualTo(79);
		assertThat(totals).containsExactly(entry("CNY", new BigDecimal("37725000000.00")),
				entry("HKD", new BigDecimal("2575000000.00")), entry("MOP", new BigDecimal("877000000.00")),
				entry("USD", new BigDecimal("25000000.00")));
	}

	@Test
	void milestonesAreListedInOrderOfDueDateAndCompletedWhenTheyHaveACompletionDay() {
		String projectId = idByName("crossBorderProjects", HETAO_QUANTUM);

		GraphQlTester.Response response = detail(projectId);

		response.path("crossBorderProject.milestones[*].dueOn")
			.entityList(String.class)
			.containsExactly("2023-07-01", "2024-02-01", "2025-02-01", "2026-10-01");
		response.path("crossBorderProject.milestones[*].completedOn")
			.entityList(String.class)
			.containsExactly("2023-07-19", "2024-02-14", "2025-01-19", null);
		response.path("crossBorderProject.milestones[*].completed")
			.entityList(Boolean.class)
			.containsExactly(true, true, true, false);
		response.path("crossBorderProject.milestones[0].title")
			.entity(String.class)
			.isEqualTo("Cooperation agreement signed by all parties");
		response.path("crossBorderProject.milestones[0].titles.zhHant").entity(String.class).isEqualTo("簽署三地合作協議");
		response.path("crossBorderProject.milestones[0].titles.zhHans").entity(String.class).isEqualTo("签署三地合作协议");
		response.path("crossBorderProject.milestones[*].project.id")
			.entityList(String.class)
			.satisfies((ids) -> assertThat(ids).hasSize(4).containsOnly(projectId));
	}

	@Test
	void everyMilestoneIsCompletedExactlyWhenItHasACompletionDay() {
		List<Map<String, Object>> projects = this.graphQl.documentName("projects/projectsMoneyAndParticipants")
			.execute()
			.path("crossBorderProjects.nodes")
			.entityList(OBJECT)
			.get();

		List<Map<?, ?>> milestones = projects.stream()
			.flatMap((project) -> list(project.get("milestones")).stream())
			.toList();
		assertThat(milestones).hasSize(124)
			.allSatisfy((milestone) -> assertThat(milestone.get("completed"))
				.isEqualTo(milestone.get("completedOn") != null));
		assertThat(milestones).filteredOn((milestone) -> Boolean.TRUE.equals(milestone.get("completed"))).hasSize(90);
	}

	@Test
	void everyParticipantListsTheProjectAmongItsCrossBorderProjects() {
		String projectId = idByName("crossBorderProjects", HETAO_QUANTUM);

		GraphQlTester.Response response = this.graphQl.documentName("projects/projectParticipantsBothWays")
			.variable("id", projectId)
			.execute();

		response.path("crossBorderProject.participants[*].organization.crossBorderProjects.nodes")
			.entityList(OBJECTS)
			.satisfies((projectsOfEachParticipant) -> assertThat(projectsOfEachParticipant).hasSize(4)
				.allSatisfy((projects) -> assertThat(projects).extracting((project) -> project.get("id"))
					.contains(projectId)));
	}

	@Test
	void aParticipantCountsTheProjectsItParticipatesIn() {
		String projectId = idByName("crossBorderProjects", WAFER_FAB);

		GraphQlTester.Response response = this.graphQl.documentName("projects/projectParticipantsBothWays")
			.variable("id", projectId)
			.execute();

		response
			.path("crossBorderProject.participants[?(@.organization.name == '" + HKUST
					+ "')].organization.crossBorderProjects.totalCount")
			.entityList(Integer.class)
			.containsExactly(10);
	}

	@Test
	void aProjectListsTheTalentArrangementsWorkingOnIt() {
		String projectId = idByName("crossBorderProjects", SIX_G_TESTBED);

		GraphQlTester.Response response = this.graphQl.documentName("projects/projectTalentArrangements")
			.variable("id", projectId)
			.execute();

		response.path("crossBorderProject.talentArrangements.totalCount").entity(Integer.class).isEqualTo(2);
		response.path("crossBorderProject.talentArrangements.nodes[*].person.name")
			.entityList(String.class)
			.containsExactly("Wong Hiu-ching", "Wong Chi Meng");
		response.path("crossBorderProject.talentArrangements.nodes[*].project.id")
			.entityList(String.class)
			.containsExactly(projectId, projectId);
	}

	private GraphQlTester.Response projects(Map<String, Object> filter) {
		return this.graphQl.documentName("projects/projectsByFilter").variable("filter", filter).execute();
	}

	private <T> List<T> ordered(Map<String, Object> filter, String field, String direction, String property,
			Class<T> type) {
		return this.graphQl.documentName("projects/projectsByFilter")
			.variable("filter", filter)
			.variable("orderBy", Map.of("field", field, "direction", direction))
			.execute()
			.path("crossBorderProjects.nodes[*]." + property)
			.entityList(type)
			.get();
	}

	private GraphQlTester.Response detail(String id) {
		return this.graphQl.documentName("projects/projectDetail").variable("id", id).execute();
	}

	private static Object firstRole(Map<String, Object> project) {
		List<Map<?, ?>> participants = list(project.get("participants"));
		return participants.isEmpty() ? null : participants.get(0).get("role");
	}

	@SuppressWarnings("unchecked")
	private static List<Map<?, ?>> list(Object value) {
		return (List<Map<?, ?>>) value;
	}

}
