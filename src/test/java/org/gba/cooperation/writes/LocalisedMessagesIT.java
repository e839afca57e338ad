package org.gba.cooperation.writes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.gba.cooperation.support.DatabaseIndependent;
import org.gba.cooperation.support.WriteIntegrationTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Messages for the caller in the caller's language (Traditional Chinese, Simplified
 * Chinese, English, Portuguese), while the codes stay the same: the user errors of
 * mutations, Bean Validation of their inputs, and the GraphQL errors of bad arguments;
 * and the fallback of a text missing in the language.
 */
@DatabaseIndependent
class LocalisedMessagesIT extends WriteIntegrationTestSupport {

	private String sectorId;

	private String cityId;

	@BeforeEach
	void referenceData() {
		this.sectorId = firstSectorId();
		this.cityId = secondCityId();
	}

	@ParameterizedTest(name = "Accept-Language: {0}")
	@CsvSource(delimiter = '|', textBlock = """
			en    | The object has changed since you read it (it is now at version 0): read it again and retry
			zh-HK | 你讀取後，此紀錄已被修改（現為第 0 版）：請重新讀取後再試
			zh-CN | 该记录在你读取后已被修改（当前为第 0 版）：请重新读取后重试
			pt-MO | O objeto foi alterado desde que o leu (está agora na versão 0): leia-o de novo e tente outra vez
			""")
	void aStaleVersionIsToldInTheCallersLanguageWithTheSameCode(String language, String message) {
		String lab = createLab("Lab of a stale reader " + language);

		GraphQlTester.Response response = execute(in(language), "labs/updateJointLab",
				Map.of("id", lab, "version", 3, "names", names("Renamed")));

		Map<String, Object> error = assertOnlyUserError(response, "updateJointLab", "jointLab", "STALE_VERSION",
				"input", "version");
		assertThat(error).containsEntry("message", message).containsEntry("currentVersion", 0);
	}

	@ParameterizedTest(name = "Accept-Language: {0}")
	@CsvSource(delimiter = '|', textBlock = """
			en    | `names.en` must not be blank
			zh-HK | `names.en` 不可留空
			zh-CN | `names.en` 不能为空白
			pt-MO | `names.en` não pode estar em branco
			""")
	void aBeanValidationFailureIsToldInTheCallersLanguage(String language, String message) {
		Map<String, Object> input = jointLabInput(Map.of("zhHant", "實驗室", "zhHans", "实验室", "en", " "), this.sectorId,
				this.cityId, null);

		GraphQlTester.Response response = execute(in(language), "labs/createJointLab", input);

		Map<String, Object> error = assertOnlyUserError(response, "createJointLab", "jointLab", "REQUIRED", "input",
				"names", "en");
		assertThat(error).containsEntry("message", message);
	}

	@ParameterizedTest(name = "Accept-Language: {0}")
	@CsvSource(delimiter = '|', textBlock = """
			en    | No JointLab has the ID 'Sm9pbnRMYWI6OTk5OTk'
			zh-HK | 沒有 ID 為「Sm9pbnRMYWI6OTk5OTk」的聯合實驗室
			zh-CN | 没有 ID 为“Sm9pbnRMYWI6OTk5OTk”的联合实验室
			pt-MO | Nenhum registo do tipo laboratório conjunto tem o ID «Sm9pbnRMYWI6OTk5OTk»
			""")
	void aMissingRecordIsToldInTheCallersLanguageWithTheTypesName(String language, String message) {
		GraphQlTester.Response response = execute(in(language), "labs/updateJointLab",
				Map.of("id", "Sm9pbnRMYWI6OTk5OTk", "version", 0, "names", names("Nothing")));

		Map<String, Object> error = assertOnlyUserError(response, "updateJointLab", "jointLab", "NOT_FOUND", "input",
				"id");
		assertThat(error).containsEntry("message", message);
	}

	@ParameterizedTest(name = "Accept-Language: {0}")
	@CsvSource(delimiter = '|', textBlock = """
			en    | The end date 2020-01-01 lies before the start date 2027-03-01
			zh-HK | 結束日期 2020-01-01 早於開始日期 2027-03-01
			zh-CN | 结束日期 2020-01-01 早于开始日期 2027-03-01
			pt-MO | A data de fim 2020-01-01 é anterior à data de início 2027-03-01
			""")
	void aDomainRuleIsToldInTheCallersLanguage(String language, String message) {
		String lab = createLab("Lab of reversed dates " + language);

		GraphQlTester.Response response = execute(in(language), "labs/updateJointLab",
				Map.of("id", lab, "version", 0, "endDate", "2020-01-01"));

		Map<String, Object> error = assertOnlyUserError(response, "updateJointLab", "jointLab", "DATES_OUT_OF_ORDER",
				"input", "endDate");
		assertThat(error).containsEntry("message", message);
	}

	@Test
	void theDirectiveChoosesTheLanguageOfAMutationsMessages() {
		String document = "mutation Stale($input: UpdateJointLabInput!) @inContext(language: ZH_HANT) "
				+ "{ updateJointLab(input: $input) { jointLab { id } userErrors { field message code } } }";
		String lab = createLab("Lab of a directive");

		GraphQlTester.Response response = in("pt").document(document)
			.variable("input", Map.of("id", lab, "version", 7, "names", names("Renamed")))
			.execute();

		Map<String, Object> error = assertOnlyUserError(response, "updateJointLab", "jointLab", "STALE_VERSION",
				"input", "version");
		assertThat(error).containsEntry("message", "你讀取後，此紀錄已被修改（現為第 0 版）：請重新讀取後再試");
	}

	@ParameterizedTest(name = "Accept-Language: {0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			en    | 'not-an-id' is not a valid ID
			zh-HK | 「not-an-id」不是有效的 ID
			zh-CN | “not-an-id”不是有效的 ID
			pt-MO | «not-an-id» não é um ID válido
			""")
	void aBadIdIsABadRequestToldInTheCallersLanguage(String language, String message) {
		GraphQlTester.Response response = in(language).document("{ jointLab(id: \"not-an-id\") { id } }").execute();

		assertThat(onlyError(response).getMessage()).isEqualTo(message);
		assertThat(onlyError(response).getExtensions()).containsEntry("code", "BAD_REQUEST");
	}

	@ParameterizedTest(name = "Accept-Language: {0}")
	@CsvSource(delimiter = '|', textBlock = """
			en    | `first` must be between 0 and 100, was 500
			zh-HK | `first` 必須介乎 0 至 100，收到的是 500
			zh-CN | `first` 必须在 0 到 100 之间，实际为 500
			pt-MO | `first` tem de estar entre 0 e 100; foi 500
			""")
	void aPageTooLargeIsABadRequestToldInTheCallersLanguage(String language, String message) {
		GraphQlTester.Response response = in(language).document("{ jointLabs(first: 500) { totalCount } }").execute();

		assertThat(onlyError(response).getMessage()).isEqualTo(message);
		assertThat(onlyError(response).getExtensions()).containsEntry("code", "BAD_REQUEST");
	}

	@Test
	void aRefusalByTheAccessRulesIsToldInTheCallersLanguage() {
		HttpGraphQlTester anonymousInChinese = this.anonymous.mutate().header("Accept-Language", "zh-HK").build();

		GraphQlTester.Response response = execute(anonymousInChinese, "labs/createJointLab",
				jointLabInput(names("Lab of nobody"), this.sectorId, this.cityId, null));

		assertThat(onlyError(response).getMessage()).isEqualTo("請先登入：在 Authorization 標頭中附上 Bearer 令牌");
		assertThat(onlyError(response).getExtensions()).containsEntry("code", "UNAUTHORIZED");
	}

	@Test
	void aTextMissingInTheLanguageFallsBackAlongItsChain() {
		Map<String, Object> input = jointLabInput(names("Lab described twice"), this.sectorId, this.cityId, null);
		input = new HashMap<>(input);
		// No Chinese at all (a text in one Chinese script gets the other generated, so
		// both or neither are there).
		input.put("descriptions",
				Map.of("en", "Described in English and Portuguese only.", "pt", "Descrito só em inglês e português."));
		String lab = succeeded(execute(this.graphQl, "labs/createJointLab", input), "createJointLab", "jointLab")
			.get("id")
			.toString();
		String document = "query Described($id: ID!) { jointLab(id: $id) { description } }";

		assertThat(description(in("zh-CN"), document, lab)).isEqualTo("Described in English and Portuguese only.");
		assertThat(description(in("zh-HK"), document, lab)).isEqualTo("Described in English and Portuguese only.");
		assertThat(description(in("pt"), document, lab)).isEqualTo("Descrito só em inglês e português.");
		assertThat(description(in("en"), document, lab)).isEqualTo("Described in English and Portuguese only.");
	}

	private String description(HttpGraphQlTester client, String document, String lab) {
		return client.document(document)
			.variable("id", lab)
			.execute()
			.path("jointLab.description")
			.entity(String.class)
			.get();
	}

	private String createLab(String name) {
		return succeeded(execute(this.graphQl, "labs/createJointLab",
				jointLabInput(names(name), this.sectorId, this.cityId, null)), "createJointLab", "jointLab")
			.get("id")
			.toString();
	}

	/** The coordinator's client, sending this {@code Accept-Language}. */
	private HttpGraphQlTester in(String acceptLanguage) {
		return this.graphQl.mutate().header("Accept-Language", acceptLanguage).build();
	}

	private static Map<String, Object> names(String english) {
		return Map.of("zhHant", "多語實驗室", "zhHans", "多语实验室", "en", english);
	}

	private static ResponseError onlyError(GraphQlTester.Response response) {
		AtomicReference<List<ResponseError>> found = new AtomicReference<>();
		response.errors().satisfy(found::set);
		assertThat(found.get()).hasSize(1);
		return found.get().get(0);
	}

}
