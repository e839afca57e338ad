package org.gba.cooperation.graphql;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which documents are heavy, and so wait for the bulkhead's places
 * ({@code gba.bulkhead.*}): {@code statistics}, a search on any connection, large nested
 * pages; and which are light: the partner dashboard, {@code node}, ordinary and deep
 * pages, mutations. BulkheadIT checks the places end to end.
 */
class HeavyQueriesTest {

	private static final long HEAVY_COST = 2_000;

	private static GraphQLSchema schema;

	@BeforeAll
	static void readSchema() throws IOException {
		TypeDefinitionRegistry types = new TypeDefinitionRegistry();
		for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath:graphql/*.graphqls")) {
			types.merge(new SchemaParser().parse(file.getContentAsString(StandardCharsets.UTF_8)));
		}
		schema = UnExecutableSchemaGenerator.makeUnExecutableSchema(types);
	}

	@Test
	void statisticsIsHeavyWhateverItSelects() {
		assertThat(classify("{ statistics { crossBorderPairs { count } } }")).isEqualTo(HeavyQueries.STATISTICS);
		assertThat(classify("""
				{ sectors { id } ...Stats }
				fragment Stats on Query { statistics { jointLabs(groupBy: [JURISDICTION]) { count } } }"""))
			.isEqualTo(HeavyQueries.STATISTICS);
	}

	@Test
	void aSearchOnAnyConnectionIsHeavy() {
		assertThat(classify("{ crossBorderProjects(first: 5, filter: {search: \"芯\"}) { nodes { id } } }"))
			.isEqualTo(HeavyQueries.SEARCH);
		assertThat(classify(
				"""
						{ organizations(first: 1) { nodes { jointLabs(first: 5, filter: {search: "AI"}) { nodes { id } } } } }"""))
			.isEqualTo(HeavyQueries.SEARCH);
	}

	@Test
	void aSearchFromTheVariablesIsHeavy() {
		String bySearch = """
				query ($search: String) {
				  crossBorderProjects(first: 20, filter: {search: $search}) { nodes { id } }
				}""";
		assertThat(classify(bySearch, Map.of("search", "芯片"))).isEqualTo(HeavyQueries.SEARCH);
		assertThat(classify("query ($f: CrossBorderProjectFilter) { crossBorderProjects(filter: $f) { nodes { id } } }",
				Map.of("f", Map.of("search", "芯片"))))
			.isEqualTo(HeavyQueries.SEARCH);
		assertThat(classify("""
				query ($s: String = "Macao") { jointLabs(filter: {search: $s}) { nodes { id } } }"""))
			.isEqualTo(HeavyQueries.SEARCH);
	}

	@Test
	void aFilterWithoutASearchTextIsLight() {
		assertThat(classify("{ crossBorderProjects(first: 20, filter: {statuses: [APPROVED]}) { nodes { id } } }"))
			.isNull();
		assertThat(classify("{ crossBorderProjects(filter: {search: \"  \"}) { nodes { id } } }")).isNull();
		assertThat(classify("query ($search: String) { jointLabs(filter: {search: $search}) { nodes { id } } }"))
			.isNull();
	}

	@Test
	void largeNestedPagesAreHeavy() {
		// 1 + 100 × (1 + 1 + 20 × 1) = 2,201
		assertThat(classify("""
				{ jointLabs(first: 100) { nodes { talentArrangements(first: 20) { nodes { id } } } } }"""))
			.isEqualTo(HeavyQueries.LARGE_PAGES);
		// 1 + 100 × (1 + 1 + 10 × 1) = 1,201
		assertThat(classify("""
				{ jointLabs(first: 100) { nodes { talentArrangements(first: 10) { nodes { id } } } } }""")).isNull();
	}

	@Test
	void thePartnerDashboardNodeLookUpsAndPagesDeepOrNotAreLight() throws IOException {
		String dashboard = Files.readString(Path.of("src/bench/server/resources/bench/partner-dashboard.graphql"));
		// 81 for the labs, 81 for the projects, 41 for the events
		assertThat(measure(dashboard, Map.of()).cost()).isEqualTo(203);
		assertThat(classify(dashboard)).isNull();
		assertThat(classify("query ($id: ID!) { node(id: $id) { id ... on CrossBorderProject { name } } }",
				Map.of("id", "Q3Jvc3NCb3JkZXJQcm9qZWN0OjE=")))
			.isNull();
		assertThat(classify("""
				query ($after: String) {
				  talentArrangements(first: 100, after: $after) { nodes { id person { id name } host { id name } } }
				}""", Map.of("after", "b3BhcXVl"))).isNull();
	}

	@Test
	void mutationsAreNotWeightedNorSearches() {
		QueryAnalysis.Measures measures = measure("""
				mutation { createPerson(input: {names: {en: "A"}, homeJurisdiction: MACAO}) { person { id } } }""",
				Map.of());
		assertThat(measures.weighted()).isFalse();
		assertThat(measures.searches()).isFalse();
	}

	private static @Nullable HeavyQueries classify(String document) {
		return classify(document, Map.of());
	}

	private static @Nullable HeavyQueries classify(String document, Map<String, Object> variables) {
		return HeavyQueries.of(measure(document, variables), HEAVY_COST);
	}

	private static QueryAnalysis.Measures measure(String text, Map<String, Object> variables) {
		Document document = Parser.parse(text);
		OperationDefinition operation = document.getDefinitionsOfType(OperationDefinition.class).get(0);
		return QueryAnalysis.measure(document, operation, schema, variables);
	}

}
