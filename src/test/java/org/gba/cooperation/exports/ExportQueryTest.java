package org.gba.cooperation.exports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import org.gba.cooperation.writes.UserErrorCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The export's document, prepared against the API's schema (read from {@code schema/}):
 * the paging variables on every occurrence of the connection, the connection's own fields
 * left out, the CSV columns in the order of the selection.
 */
class ExportQueryTest {

	private static GraphQLSchema schema;

	@BeforeAll
	static void readSchema() throws IOException {
		TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
		try (Stream<Path> files = Files.list(Path.of("schema"))) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".graphqls")).sorted().toList()) {
				registry.merge(new SchemaParser().parse(Files.readString(file)));
			}
		}
		schema = UnExecutableSchemaGenerator.makeUnExecutableSchema(registry);
	}

	@Test
	void theConnectionGetsThePagingVariablesAndLosesItsOwnFields() {
		ExportQuery.Prepared prepared = ExportQuery
			.prepare("query @inContext(language: PT) { ...arrangements } fragment arrangements on Query { "
					+ "talentArrangements(filter: {statuses: [ACTIVE]}) { totalCount pageInfo { endCursor } nodes { id } } }",
					schema, 2000);

		assertThat(prepared.nextPages())
			.contains("query ($gbaExportFirst:Int!,$gbaExportAfter:String) @inContext(language:PT){...arrangements}")
			.contains(
					"talentArrangements(filter:{statuses:[ACTIVE]},first:$gbaExportFirst,after:$gbaExportAfter){nodes{id}"
							+ "gbaExportPageInfo:pageInfo{hasNextPage endCursor}}")
			.doesNotContain("totalCount");
		assertThat(prepared.firstPage()).contains("gbaExportTotalCount:totalCount");
		assertThat(prepared.rootKey()).isEqualTo("talentArrangements");
		assertThat(prepared.nodesKey()).isEqualTo("nodes");
	}

	@Test
	void columnsFollowTheSelectionWithObjectsFlattenedAndListsWhole() {
		ExportQuery.Prepared prepared = ExportQuery.prepare("{ labs: jointLabs { edges { cursor item: node { id "
				+ "names { en } hostCity { name } members { role } memberJurisdictions ...more } } } } "
				+ "fragment more on JointLab { status hostCity { code } }", schema, 2000);

		assertThat(prepared.rootKey()).isEqualTo("labs");
		assertThat(prepared.edgesKey()).isEqualTo("edges");
		assertThat(prepared.nodeKey()).isEqualTo("item");
		assertThat(prepared.columns()).extracting(ExportQuery.Column::name)
			.containsExactly("id", "names.en", "hostCity.name", "hostCity.code", "members", "memberJurisdictions",
					"status");
		assertThat(prepared.columns()).filteredOn(ExportQuery.Column::json)
			.extracting(ExportQuery.Column::name)
			.containsExactly("members", "memberJurisdictions");
		assertThat(prepared.columns().get(3).path()).isEqualTo(List.of("hostCity", "code"));
	}

	@Test
	void aDocumentThatCannotBeExportedSaysWhy() {
		assertThatExceptionOfType(ExportQuery.Refusal.class)
			.isThrownBy(() -> ExportQuery.prepare("{ jointLabs(last: 3) { nodes { id } } }", schema, 2000))
			.satisfies((refusal) -> assertThat(refusal.code()).isEqualTo(UserErrorCode.EXPORT_PAGING_ARGUMENTS));
		assertThatExceptionOfType(ExportQuery.Refusal.class)
			.isThrownBy(() -> ExportQuery.prepare("{ jointLabs { nodes { id } } }", schema, 5))
			.satisfies((refusal) -> assertThat(refusal.code()).isEqualTo(UserErrorCode.EXPORT_SYNTAX_ERROR));
		assertThatExceptionOfType(ExportQuery.Refusal.class)
			.isThrownBy(() -> ExportQuery.prepare("{ node(id: \"x\") { id } }", schema, 2000))
			.satisfies((refusal) -> assertThat(refusal.code()).isEqualTo(UserErrorCode.EXPORT_NOT_A_CONNECTION));
	}

}
