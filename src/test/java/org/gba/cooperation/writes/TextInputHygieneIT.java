package org.gba.cooperation.writes;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gba.cooperation.shared.GlobalId;
import org.gba.cooperation.support.WriteIntegrationTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text inputs hold text (issue 13, D9): control characters, bidirectional overrides and
 * unpaired surrogates are refused with a user error naming the field, lengths count
 * characters (code points) rather than UTF-16 units, and what is accepted is stored
 * exactly as sent, on H2 and on MariaDB.
 */
class TextInputHygieneIT extends WriteIntegrationTestSupport {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * 𝔸, a character outside the Basic Multilingual Plane: two UTF-16 units, one
	 * character.
	 */
	private static final String DOUBLE_STRUCK_A = "\uD835\uDD38";

	/**
	 * 𠮷 (CJK Extension B), as in many Hong Kong names: two UTF-16 units, one character.
	 */
	private static final String EXTENSION_B = "\uD842\uDFB7";

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			value = { "NUL|0000", "ANSI escape|001B", "DEL|007F", "C1 control|0085", "right-to-left override|202E",
					"left-to-right embedding|202A", "first-strong isolate|2068", "line break in a name|000A" })
	void aNameWithAForbiddenCharacterIsRefusedNamingTheField(String what, String codePoint) {
		String name = "Chan" + Character.toString(Integer.parseInt(codePoint, 16)) + "gnp.exe";

		List<Map<String, Object>> errors = refused(person(name));

		assertThat(errors).singleElement().satisfies((error) -> {
			assertThat(error).containsEntry("code", "INVALID_CHARACTER")
				.containsEntry("field", List.of("input", "names", "en"));
			assertThat((String) error.get("message")).contains("U+" + codePoint);
		});
	}

	@Test
	void anUnpairedSurrogateIsRefusedNotStoredAsAQuestionMark() {
		// Sent as a JSON escape: a lone high surrogate, which no encoding can store.
		String body = "{\"query\":" + JSON.writeValueAsString(document()) + ",\"variables\":{\"input\":"
				+ "{\"names\":{\"zhHant\":\"陳\",\"en\":\"Lone \\ud800 surrogate\"},\"homeJurisdiction\":\"HONG_KONG\"}}}";

		Map<String, Object> response = postRaw(body);

		Map<String, Object> payload = payload(response);
		assertThat(payload.get("person")).isNull();
		assertThat(list(payload, "userErrors")).singleElement()
			.satisfies((error) -> assertThat(error).containsEntry("code", "INVALID_CHARACTER")
				.containsEntry("field", List.of("input", "names", "en")));
	}

	@Test
	void aDescriptionMayHoldLineBreaksAndTabs() {
		Map<String, Object> input = new HashMap<>();
		input.put("names", Map.of("zhHant", "多行", "en", "Multi-line Lab " + System.nanoTime()));
		input.put("sectorId", GlobalId.encode("Sector", 1));
		input.put("hostCityId", GlobalId.encode("City", 1));
		input.put("startDate", "2027-03-01");
		input.put("descriptions", Map.of("en", "First line.\r\n\tSecond line, indented."));

		GraphQlTester.Response response = this.graphQl.documentName("labs/createJointLab")
			.variable("input", input)
			.execute();

		response.path("createJointLab.userErrors").entityList(Object.class).hasSize(0);
	}

	@Test
	void aNameOfTwoHundredCharactersOutsideTheBasicPlaneFitsAndIsStoredAsSent() {
		// 200 characters, 400 UTF-16 units: within the 200 characters a person's name may
		// have.
		String name = DOUBLE_STRUCK_A.repeat(190) + EXTENSION_B.repeat(10);

		Map<String, Object> created = created(person(name));

		assertThat(((Map<?, ?>) created.get("names")).get("en")).isEqualTo(name);
		assertThat(this.graphQl.document("query($id: ID!) { node(id: $id) { ... on Person { names { en } } } }")
			.variable("id", created.get("id"))
			.execute()
			.path("node.names.en")
			.entity(String.class)
			.get()).isEqualTo(name);
	}

	@Test
	void aNameOfTwoHundredAndOneCharactersIsTooLong() {
		List<Map<String, Object>> errors = refused(person(DOUBLE_STRUCK_A.repeat(201)));

		assertThat(errors).singleElement()
			.satisfies((error) -> assertThat(error).containsEntry("code", "TOO_LONG")
				.containsEntry("field", List.of("input", "names", "en")));
	}

	private static Map<String, Object> person(String englishName) {
		Map<String, Object> input = new HashMap<>();
		input.put("names", Map.of("zhHant", "陳", "en", englishName));
		input.put("homeJurisdiction", "HONG_KONG");
		return input;
	}

	private Map<String, Object> created(Map<String, Object> input) {
		return succeeded(execute(this.graphQl, "people/createPerson", input), "createPerson", "person");
	}

	private List<Map<String, Object>> refused(Map<String, Object> input) {
		return userErrorsOf(execute(this.graphQl, "people/createPerson", input), "createPerson", "person");
	}

	private static String document() {
		return """
				mutation createPerson($input: CreatePersonInput!) {
				  createPerson(input: $input) { person { id } userErrors { field message code } }
				}""";
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> postRaw(String body) {
		byte[] response = this.http.post()
			.uri("/graphql")
			.header("Authorization", "Bearer " + token("coordinator", List.of("COORDINATOR"), null))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body.getBytes(StandardCharsets.UTF_8))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.returnResult()
			.getResponseBody();
		return JSON.readValue(response, Map.class);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> payload(Map<String, Object> response) {
		return (Map<String, Object>) ((Map<String, Object>) response.get("data")).get("createPerson");
	}

}
