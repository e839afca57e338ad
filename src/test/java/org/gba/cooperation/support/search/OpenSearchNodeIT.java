package org.gba.cooperation.support.search;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenSearch node of the test run answers as the search code will use it: an index
 * with the analysers the application's mapping needs (built-in tokenizers and filters
 * only: no ICU plugin), two documents, searches over HTTP.
 */
@RequiresOpenSearch
class OpenSearchNodeIT {

	private static final String INDEX = "gba-it-node-smoke";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	/**
	 * Given an index whose text field is indexed with CJK bigrams (and their single
	 * characters), lower case and edge n-grams 1..20, searched without the n-grams; a
	 * Chinese and an English document in it.
	 */
	@BeforeAll
	static void indexTwoLabs() throws Exception {
		send("DELETE", "/" + INDEX, null, 200, 404);
		send("PUT", "/" + INDEX, """
				{
				  "settings": {
				    "number_of_shards": 1,
				    "number_of_replicas": 0,
				    "analysis": {
				      "filter": {
				        "cjk_bigram_and_unigrams": { "type": "cjk_bigram", "output_unigrams": true },
				        "prefixes": { "type": "edge_ngram", "min_gram": 1, "max_gram": 20 }
				      },
				      "analyzer": {
				        "name_index": {
				          "type": "custom",
				          "tokenizer": "standard",
				          "filter": ["cjk_bigram_and_unigrams", "lowercase", "prefixes"]
				        },
				        "name_search": {
				          "type": "custom",
				          "tokenizer": "standard",
				          "filter": ["cjk_bigram_and_unigrams", "lowercase"]
				        }
				      }
				    }
				  },
				  "mappings": {
				    "properties": {
				      "name": { "type": "text", "analyzer": "name_index", "search_analyzer": "name_search" }
				    }
				  }
				}
				""", 200);
		send("PUT", "/" + INDEX + "/_doc/lab-1?refresh=true", """
				{ "name": "粤港澳大湾区联合实验室" }
				""", 201);
		send("PUT", "/" + INDEX + "/_doc/lab-2?refresh=true", """
				{ "name": "Macao Marine Robotics Laboratory" }
				""", 201);
	}

	@AfterAll
	static void deleteIndex() throws Exception {
		send("DELETE", "/" + INDEX, null, 200, 404);
	}

	@Test
	void theNodeIsAnOpenSearch219AsHibernateSearchChecksIt() throws Exception {
		JsonNode root = send("GET", "/", null, 200);

		assertThat(root.at("/version/distribution").asString()).isEqualTo("opensearch");
		assertThat(root.at("/version/number").asString()).startsWith("2.19.");
	}

	@Test
	void theSearchAnalyzerKeepsSingleHanCharactersBesideTheirBigrams() throws Exception {
		JsonNode analysis = send("POST", "/" + INDEX + "/_analyze", """
				{ "analyzer": "name_search", "text": "大湾区" }
				""", 200);

		List<String> tokens = new ArrayList<>();
		analysis.get("tokens").forEach((token) -> tokens.add(token.get("token").asString()));
		assertThat(tokens).containsExactlyInAnyOrder("大", "大湾", "湾", "湾区", "区");
	}

	@Test
	void aChineseWordFindsTheLabWhoseNameHasIt() throws Exception {
		assertThat(idsMatching("湾区")).containsExactly("lab-1");
	}

	@Test
	void theBeginningOfAnEnglishWordInAnyCaseFindsTheLabWhoseNameHasIt() throws Exception {
		assertThat(idsMatching("MARI")).containsExactly("lab-2");
	}

	@Test
	void wordsInNoNameFindNothing() throws Exception {
		assertThat(idsMatching("深圳 aquaculture")).isEmpty();
	}

	private static List<String> idsMatching(String text) throws Exception {
		String query = JSON.writeValueAsString(JSON.createObjectNode()
			.set("query", JSON.createObjectNode().set("match", JSON.createObjectNode().put("name", text))));
		JsonNode result = send("POST", "/" + INDEX + "/_search", query, 200);
		List<String> ids = new ArrayList<>();
		result.at("/hits/hits").forEach((hit) -> ids.add(hit.get("_id").asString()));
		return ids;
	}

	private static JsonNode send(String method, String path, @Nullable String body, int... expectedStatus)
			throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create(OpenSearchTestNode.url() + path))
			.timeout(Duration.ofSeconds(60))
			.header("Content-Type", "application/json")
			.method(method,
					(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody())
			.build();
		HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as("%s %s: %s", method, path, response.body())
			.isIn(Arrays.stream(expectedStatus).boxed().toList());
		return JSON.readTree(response.body());
	}

}
