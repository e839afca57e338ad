package org.gba.cooperation.graphql;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * What a document asks for, measured against the application's schema without running it:
 * depth, cost and root fields (the limits every request is checked against, and the cost
 * it pays), aliases and directives. QueryLimitsIT checks that the limits refuse what is
 * over them, end to end.
 */
class QueryAnalysisTest {

	private static GraphQLSchema schema;

	/**
	 * The schema as the application reads it (its SDL), without the wiring that would run
	 * it.
	 */
	@BeforeAll
	static void readSchema() throws IOException {
		TypeDefinitionRegistry types = new TypeDefinitionRegistry();
		for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath:graphql/*.graphqls")) {
			types.merge(new SchemaParser().parse(file.getContentAsString(StandardCharsets.UTF_8)));
		}
		schema = UnExecutableSchemaGenerator.makeUnExecutableSchema(types);
	}

	// Depth

	@Test
	void depthIsTheLongestChainOfNestedFields() {
		assertThat(
				measure("{ sectors { id } jointLabs(first: 1) { nodes { members { organization { id } } } } }").depth())
			.isEqualTo(5);
	}

	@Test
	void depthCountsThroughInlineFragments() {
		assertThat(measure("""
				{ jointLabs(first: 1) { ... on JointLabConnection { nodes { ... on JointLab {
				  members { organization { id } } } } } } }""").depth()).isEqualTo(5);
	}

	@Test
	void depthCountsThroughFragmentsSpreadInFragments() {
		assertThat(measure("""
				{ jointLabs(first: 1) { ...Page } }
				fragment Page on JointLabConnection { nodes { ...Lab } }
				fragment Lab on JointLab { members { ...Member } }
				fragment Member on JointLabMember { organization { id } }""").depth()).isEqualTo(5);
	}

	@Test
	void introspectionIsMeasuredLikeAnyOtherField() {
		assertThat(measure("{ __schema { types { fields { type { name } } } } }").depth()).isEqualTo(5);
		assertThat(measure("{ __type(name: \"JointLab\") { fields { name } } }").depth()).isEqualTo(3);
	}

	@Test
	void aFragmentCycleEndsTheWalkInsteadOfOverflowingTheStack() {
		// Validation refuses the cycle, but only after the limits measured the document.
		QueryAnalysis.Measures measures = measure("""
				{ jointLabs(first: 1) { nodes { ...Lab } } }
				fragment Lab on JointLab { members { organization { ...Organization } } }
				fragment Organization on Organization { jointLabs(first: 1) { nodes { ...Lab } } }""");

		assertThat(measures.depth()).isEqualTo(6);
	}

	@Test
	void fragmentsSpreadingFragmentsTwiceOverAreMeasuredOnceEach() {
		// Forty levels, each spreading the next twice: 2^40 paths, which a walk of every
		// path never finishes.
		StringBuilder document = new StringBuilder("{ ...F0 }");
		for (int level = 0; level < 40; level++) {
			document.append("\nfragment F")
				.append(level)
				.append(" on Query { sectors { id } ...F")
				.append(level + 1)
				.append(" ...F")
				.append(level + 1)
				.append(" }");
		}
		document.append("\nfragment F40 on Query { cities { id } }");

		QueryAnalysis.Measures measures = assertTimeoutPreemptively(Duration.ofSeconds(10),
				() -> measure(document.toString()));

		// Yet every path counts: level k costs 1 + twice level k + 1, and the last 1, so
		// the first 2^41 - 1.
		assertThat(measures.depth()).isEqualTo(2);
		assertThat(measures.cost()).isEqualTo((1L << 41) - 1);
	}

	// Cost

	@Test
	void aConnectionMultipliesWhatIsUnderItByItsPageSize() {
		// jointLabs 1, then 10 times (nodes 1 + talentArrangements 1 + 5 times its nodes
		// 1): 1 + 10 × (1 + 1 + 5 × 1)
		assertThat(
				measure("{ jointLabs(first: 10) { nodes { talentArrangements(first: 5) { nodes { id } } } } }").cost())
			.isEqualTo(71);
	}

	@Test
	void aPageSizeGivenAsAVariableCountsWithItsValueOrElseItsDefault() {
		String document = "query($labs: Int, $arrangements: Int = 5) { jointLabs(first: $labs) { nodes { "
				+ "talentArrangements(first: $arrangements) { nodes { id } } } } }";

		assertThat(measure(document, Map.of("labs", 10)).cost()).isEqualTo(71);
	}

	@Test
	void aConnectionWithoutPageSizeCountsTwentyItems() {
		// jointLabs 1, then 20 times (nodes 1 + sector 1); totalCount and the ids are
		// scalars: 1 + 20 × 2
		assertThat(measure("{ jointLabs { totalCount nodes { id sector { id } } } }").cost()).isEqualTo(41);
	}

	@Test
	void aPageSizeCountsAsTheConnectionWouldTakeIt() {
		// Over the maximum page size counts the maximum (the connection refuses it with
		// its own message),
		// under zero nothing; `last` counts like `first`.
		assertThat(measure("{ jointLabs(first: 1000) { nodes { sector { id } } } }").cost()).isEqualTo(1 + 100 * 2);
		assertThat(measure("{ jointLabs(first: -1) { nodes { sector { id } } } }").cost()).isEqualTo(1);
		assertThat(measure("{ jointLabs(last: 3) { nodes { sector { id } } } }").cost()).isEqualTo(1 + 3 * 2);
	}

	@Test
	void aPlainListIsNotMultipliedAsItsSizeIsNotKnownBeforeItRuns() {
		// jointLabs 1, then 10 times (nodes 1 + members 1 + organization 1)
		assertThat(measure("{ jointLabs(first: 10) { nodes { members { organization { id } } } } }").cost())
			.isEqualTo(31);
		assertThat(measure("{ sectors { id } }").cost()).isEqualTo(1);
	}

	@Test
	void anAggregateIsPricedByItsWorkInTheDatabaseNotByWhatItSelects() {
		// statistics 1; each aggregate its @cost weight: jointLabs 50, crossBorderPairs
		// 100.
		assertThat(measure("{ statistics { jointLabs(groupBy: []) { count } crossBorderPairs { count } } }").cost())
			.isEqualTo(1 + 50 + 100);
	}

	@Test
	void thirtyAliasedAggregatesCostThirtyTimesAnAggregate() {
		StringBuilder document = new StringBuilder("{ statistics { ");
		for (int i = 0; i < 30; i++) {
			document.append("p").append(i).append(": projects(groupBy: []) { count } ");
		}

		assertThat(measure(document.append("} }").toString()).cost()).isEqualTo(1 + 30 * 50);
	}

	@Test
	void aMutationIsMeasuredAgainstTheMutationType() {
		QueryAnalysis.Measures measures = measure(
				"mutation { archiveJointLab(input: {id: \"x\", version: 0}) { jointLab { id } userErrors { code } } }");

		assertThat(measures.depth()).isEqualTo(3);
		assertThat(measures.cost()).isEqualTo(3);
	}

	// Root fields, aliases, directives

	@Test
	void rootFieldsCountThroughFragments() {
		assertThat(measure("{ a: sectors { id } b: cities { id } ...More } fragment More on Query { __typename }")
			.fields()).isEqualTo(3);
	}

	@Test
	void aliasesAndDirectivesAreCountedWhereverTheyAre() {
		Document document = Parser.parse("""
				query($skip: Boolean = false) @inContext(language: EN) {
				  a: sectors @skip(if: $skip) { b: id }
				  ...Names
				}
				fragment Names on Query { c: cities { d: code @include(if: true) } }""");

		assertThat(QueryAnalysis.aliases(document)).isEqualTo(4);
		assertThat(QueryAnalysis.directives(document)).isEqualTo(3);
	}

	private static QueryAnalysis.Measures measure(String document) {
		return measure(document, Map.of());
	}

	private static QueryAnalysis.Measures measure(String text, Map<String, Object> variables) {
		Document document = Parser.parse(text);
		OperationDefinition operation = document.getDefinitionsOfType(OperationDefinition.class).get(0);
		return QueryAnalysis.measure(document, operation, schema, variables);
	}

}
