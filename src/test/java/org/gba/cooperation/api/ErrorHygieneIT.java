package org.gba.cooperation.api;

import java.util.Map;

import org.gba.cooperation.support.GraphQlIntegrationTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input gets a clear error with a classification: never HTTP 500, never a stack
 * trace, a Java class name or SQL in the response.
 */
class ErrorHygieneIT extends GraphQlIntegrationTestSupport {

	@Test
	void anUnknownEnumValueInAFilterIsAValidationError() {
		String body = post("{\"query\":\"{ jointLabs(filter: {statuses: [DEMOLISHED]}) { totalCount } }\"}");

		assertThat(body).contains("\"classification\":\"ValidationError\"").contains("DEMOLISHED");
		assertClean(body);
	}

	@Test
	void aMalformedDateInAVariableNamesTheExpectedFormat() {
		String body = post("""
				{"query":"query($f: JointLabFilter) { jointLabs(filter: $f) { totalCount } }",
				 "variables":{"f":{"startDate":{"from":"01/06/2023"}}}}""");

		assertThat(body).contains("Date must be a string holding an ISO-8601 date such as 2023-06-01");
		assertClean(body);
	}

	@Test
	void aDateRangeThatEndsBeforeItStartsIsABadRequest() {
		this.graphQl
			.document("{ jointLabs(filter: {startDate: {from: \"2024-01-01\", to: \"2023-01-01\"}}) { totalCount } }")
			.execute()
			.errors()
			.satisfy((errors) -> {
				assertThat(errors).hasSize(1);
				assertThat(errors.get(0).getMessage()).contains("starts (2024-01-01) after it ends (2023-01-01)");
				assertThat(errors.get(0).getExtensions()).containsEntry("classification", "BAD_REQUEST");
			});
	}

	@Test
	void anIdOfTheWrongTypeInAFilterIsABadRequest() {
		String sectorId = idAt("{ sectors { id } }", "sectors[0].id");
		this.graphQl.document("query($c: [ID!]) { jointLabs(filter: {hostCities: $c}) { totalCount } }")
			.variable("c", java.util.List.of(sectorId))
			.execute()
			.errors()
			.satisfy((errors) -> {
				assertThat(errors.get(0).getMessage())
					.isEqualTo("'" + sectorId + "' is the ID of a Sector, not of a City");
				assertThat(errors.get(0).getExtensions()).containsEntry("classification", "BAD_REQUEST");
			});
	}

	@Test
	void anOverlongSearchIsABadRequest() {
		this.graphQl.document("query($s: String) { crossBorderProjects(filter: {search: $s}) { totalCount } }")
			.variable("s", "x".repeat(101))
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors.get(0).getMessage())
				.isEqualTo("`search` may be at most 100 characters long"));
	}

	@Test
	void searchTreatsLikeWildcardsAsPlainText() {
		this.graphQl.document("{ organizations(filter: {search: \"%\"}) { totalCount } }")
			.execute()
			.path("organizations.totalCount")
			.entity(Integer.class)
			.isEqualTo(0);
	}

	@Test
	void aSyntaxErrorIsReportedWithoutAStackTrace() {
		String body = post("{\"query\":\"{ jointLabs(first: ) { totalCount }\"}");

		assertThat(body).contains("InvalidSyntax");
		assertClean(body);
	}

	@Test
	void malformedJsonIsABadRequestNotAServerError() {
		this.http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"query\": ")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody(String.class)
			.value(ErrorHygieneIT::assertClean);
	}

	@Test
	void aRequestWithoutAQueryIsABadRequest() {
		this.http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("variables", Map.of()))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody(String.class)
			.value(ErrorHygieneIT::assertClean);
	}

	private String post(String json) {
		return this.http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(json)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	private static void assertClean(String body) {
		assertThat(body).doesNotContainIgnoringCase("exception")
			.doesNotContain("\tat ", "org.gba", "org.hibernate", "java.", "SELECT ", "select ");
	}

}
