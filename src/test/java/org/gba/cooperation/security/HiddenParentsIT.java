package org.gba.cooperation.security;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gba.cooperation.support.WriteIntegrationTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * The rules the demo data has no example of, on records made for the purpose: a deal is
 * hidden with its event, and a visible arrangement's reference to a lab the caller may
 * not see is null.
 */
class HiddenParentsIT extends WriteIntegrationTestSupport {

	private static final String SYSU = "T3JnYW5pemF0aW9uOjE"; // Organization 1

	private static final String HKUST = "T3JnYW5pemF0aW9uOjM5"; // Organization 39

	private static final String PERSON = "UGVyc29uOjE"; // Person 1

	@Test
	void aDealIsHiddenWithItsEvent() {
		String event = operation("createEvent", Map.of("input", eventInput()))
			.path("createInvestmentEvent.investmentEvent.id")
			.entity(String.class)
			.get();
		operation("publishEvent", Map.of("input", Map.of("id", event, "version", 0)));
		String deal = operation("recordDeal", Map.of("input", dealInput(event)))
			.path("recordDeal.investmentEvent.deals[0].id")
			.entity(String.class)
			.get();
		this.anonymous.documentName("security/hiddenParents")
			.operationName("deal")
			.variable("id", deal)
			.execute()
			.path("node.__typename")
			.entity(String.class)
			.isEqualTo("Deal");

		operation("archiveEvent", Map.of("input", Map.of("id", event, "version", 2)));

		this.anonymous.documentName("security/hiddenParents")
			.operationName("deal")
			.variable("id", deal)
			.execute()
			.path("node")
			.valueIsNull();
		partnerOf(SYSU).documentName("security/hiddenParents")
			.operationName("deal")
			.variable("id", deal)
			.execute()
			.path("node")
			.valueIsNull();
		this.graphQl.documentName("security/hiddenParents")
			.operationName("deal")
			.variable("id", deal)
			.execute()
			.path("node.__typename")
			.entity(String.class)
			.isEqualTo("Deal");
	}

	@Test
	void aVisibleArrangementDoesNotRevealALabTheCallerMayNotSee() {
		String lab = operation("createLab", Map.of("input", labInput())).path("createJointLab.jointLab.id")
			.entity(String.class)
			.get();
		String arrangement = operation("createArrangement", Map.of("input", arrangementInput(lab)))
			.path("createTalentArrangement.talentArrangement.id")
			.entity(String.class)
			.get();
		operation("startArrangement", Map.of("input", Map.of("id", arrangement, "version", 0)));

		// The arrangement is ACTIVE, so public; the lab is PLANNED, and HKUST is not its
		// member.
		for (HttpGraphQlTester caller : List.of(this.anonymous, partnerOf(HKUST))) {
			GraphQlTester.Response response = caller.documentName("security/hiddenParents")
				.operationName("arrangement")
				.variable("id", arrangement)
				.execute();
			response.path("talentArrangement.status").entity(String.class).isEqualTo("ACTIVE");
			response.path("talentArrangement.jointLab").valueIsNull();
		}
		partnerOf(SYSU).documentName("security/hiddenParents")
			.operationName("arrangement")
			.variable("id", arrangement)
			.execute()
			.path("talentArrangement.jointLab.id")
			.entity(String.class)
			.isEqualTo(lab);
	}

	private GraphQlTester.Response operation(String name, Map<String, Object> variables) {
		GraphQlTester.Request<?> request = this.graphQl.documentName("security/hiddenParents").operationName(name);
		variables.forEach(request::variable);
		GraphQlTester.Response response = request.execute();
		response.errors().verify();
		return response;
	}

	private static Map<String, Object> names(String english) {
		return Map.of("zhHant", "隱藏", "zhHans", "隐藏", "en", english);
	}

	private Map<String, Object> eventInput() {
		Map<String, Object> input = new HashMap<>();
		input.put("names", names("Event to be archived"));
		input.put("kind", "FORUM");
		input.put("cityId", cityId("SHENZHEN"));
		input.put("startsOn", "2027-05-01");
		input.put("endsOn", "2027-05-02");
		input.put("hostOrganizationId", SYSU);
		return input;
	}

	private Map<String, Object> dealInput(String event) {
		return Map.of("id", event, "version", 1, "investorId", HKUST, "sectorId", sectorId("ARTIFICIAL_INTELLIGENCE"),
				"amount", Map.of("amount", "1000000.00", "currency", "HKD"), "signedOn", "2027-05-01", "titles",
				names("A deal to hide"));
	}

	private Map<String, Object> labInput() {
		return Map.of("names", names("Planned lab of SYSU"), "sectorId", sectorId("ARTIFICIAL_INTELLIGENCE"),
				"hostCityId", cityId("GUANGZHOU"), "startDate", "2028-01-01", "leadOrganizationId", SYSU);
	}

	private Map<String, Object> arrangementInput(String lab) {
		return Map.of("personId", PERSON, "hostOrganizationId", HKUST, "jointLabId", lab, "mode", "VISITING",
				"category", "YOUNG_SCIENTIST", "startDate", "2027-01-01");
	}

}
