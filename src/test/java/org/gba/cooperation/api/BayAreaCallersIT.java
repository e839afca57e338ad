package org.gba.cooperation.api;

import java.util.List;
import java.util.Map;

import org.gba.cooperation.support.GraphQlIntegrationTest;
import org.gba.cooperation.support.GraphQlIntegrationTestSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 6's promise: a Macao partner asking in Portuguese, a Hong Kong partner in
 * Traditional Chinese and a Guangzhou analyst in Simplified Chinese each get their own
 * language and currency from the same query (docs/languages-and-money.md, "Three callers,
 * one query").
 */
@GraphQlIntegrationTest
class BayAreaCallersIT extends GraphQlIntegrationTestSupport {

	@ParameterizedTest
	@CsvSource({ "macao-partner, PT, MOP, pt", "hong-kong-partner, ZH_HANT, HKD, zhHant",
			"guangzhou-analyst, ZH_HANS, CNY, zhHans" })
	void eachCallerGetsItsLanguageAndCurrencyFromTheSameQuery(String caller, String language, String currency,
			String textField) {
		String project = publishedProjectNamedInPortuguese();

		GraphQlTester.Response response = client(caller).documentName("projects/projectForCaller")
			.variable("id", project)
			.variable("language", language)
			.variable("currency", currency)
			.execute();

		response.errors().verify();
		String expectedName = response.path("crossBorderProject.names." + textField).entity(String.class).get();
		response.path("crossBorderProject.name").entity(String.class).isEqualTo(expectedName);
		String expectedSector = response.path("crossBorderProject.sector.names." + textField)
			.entity(String.class)
			.get();
		response.path("crossBorderProject.sector.name").entity(String.class).isEqualTo(expectedSector);
		response.path("crossBorderProject.investmentTotal.currency").entity(String.class).isEqualTo(currency);
		String total = response.path("crossBorderProject.investmentTotal.amount").entity(String.class).get();
		response.path("crossBorderProject.explicit.amount").entity(String.class).isEqualTo(total);
		response.path("crossBorderProject.investments[*].amount.currency")
			.entityList(String.class)
			.satisfies((currencies) -> assertThat(currencies).isNotEmpty().containsOnly(currency));
		assertThat(response.path("crossBorderProject.investments[*].amount.originalCurrency")
			.entityList(String.class)
			.get()).isNotEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "macao-partner, pt-MO", "hong-kong-partner, zh-HK", "guangzhou-analyst, zh-CN" })
	void withoutTheDirectiveTheHeaderChoosesTheLanguage(String caller, String acceptLanguage) {
		String project = publishedProjectNamedInPortuguese();
		String expected = switch (acceptLanguage) {
			case "pt-MO" -> "pt";
			case "zh-HK" -> "zhHant";
			default -> "zhHans";
		};

		GraphQlTester.Response response = client(caller).mutate()
			.header("Accept-Language", acceptLanguage)
			.build()
			.document("query($id: ID!) { crossBorderProject(id: $id) { name names { zhHant zhHans en pt } } }")
			.variable("id", project)
			.execute();

		String name = response.path("crossBorderProject.names." + expected).entity(String.class).get();
		response.path("crossBorderProject.name").entity(String.class).isEqualTo(name);
	}

	private HttpGraphQlTester client(String caller) {
		return switch (caller) {
			case "macao-partner" -> partnerOf(organizationIn("MACAO"));
			case "hong-kong-partner" -> partnerOf(organizationIn("HONG_KONG"));
			default -> analyst();
		};
	}

	private String organizationIn(String jurisdiction) {
		return idAt("{ organizations(first: 1, filter: { jurisdictions: [" + jurisdiction + "] }) { nodes { id } } }",
				"organizations.nodes[0].id");
	}

	/**
	 * A published project (so every caller sees it) whose name was written in Portuguese
	 * too.
	 */
	private String publishedProjectNamedInPortuguese() {
		List<Map<String, Object>> projects = this.anonymous
			.document("{ crossBorderProjects(first: 50) { nodes { id names { pt } } } }")
			.execute()
			.path("crossBorderProjects.nodes")
			.entityList(OBJECT)
			.get();
		return projects.stream()
			.filter((project) -> ((Map<?, ?>) project.get("names")).get("pt") != null)
			.map((project) -> (String) project.get("id"))
			.findFirst()
			.orElseThrow();
	}

}
