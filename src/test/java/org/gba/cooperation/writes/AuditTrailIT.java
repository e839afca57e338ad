package org.gba.cooperation.writes;

import java.util.Map;

import org.gba.cooperation.support.WriteIntegrationTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.execution.ErrorType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code auditTrail} connection of a record: the same entries as the root query,
 * loaded in batches.
 */
class AuditTrailIT extends WriteIntegrationTestSupport {

	private static final String SYSU = "T3JnYW5pemF0aW9uOjE";

	@Test
	void aRecordsOwnTrailListsItsChangesOldestFirst() {
		String lab = createdLab("Lab with a trail of its own");
		this.graphQl.documentName("labs/updateJointLab")
			.variable("input", Map.of("id", lab, "version", 0, "names", names("Lab with a trail, renamed")))
			.execute();

		this.graphQl.documentName("writes/nestedAuditTrails")
			.operationName("labTrail")
			.variable("id", lab)
			.execute()
			.path("jointLab.auditTrail.totalCount")
			.entity(Integer.class)
			.isEqualTo(2)
			.path("jointLab.auditTrail.nodes[*].action")
			.entityList(String.class)
			.containsExactly("createJointLab", "updateJointLab");
	}

	@Test
	void theTrailsOfManyRecordsCostNoMoreStatementsThanOfFew() {
		createdLab("Lab in a page of trails");
		long forFive = statementsForTrailsOf(5);
		long forForty = statementsForTrailsOf(40);

		assertThat(forForty).as("statements:%n%s", this.statements.statements()).isLessThanOrEqualTo(forFive);
	}

	@Test
	void partnersSeeNoTrail() {
		String lab = createdLab("Lab whose trail a partner asks for");

		partnerOf(SYSU).documentName("writes/nestedAuditTrails")
			.operationName("labTrail")
			.variable("id", lab)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getErrorType()).isEqualTo(ErrorType.FORBIDDEN)));
	}

	private long statementsForTrailsOf(int labs) {
		this.statements.reset();
		this.graphQl.documentName("writes/nestedAuditTrails")
			.operationName("labsWithTrails")
			.variable("first", labs)
			.execute()
			.path("jointLabs.nodes")
			.entityList(Object.class)
			.hasSize(labs);
		return this.statements.count();
	}

	private String createdLab(String name) {
		return this.graphQl.documentName("labs/createJointLab")
			.variable("input", jointLabInput(names(name), firstSectorId(), secondCityId(), SYSU))
			.execute()
			.path("createJointLab.jointLab.id")
			.entity(String.class)
			.get();
	}

	private static Map<String, Object> names(String english) {
		return Map.of("zhHant", "審計", "zhHans", "审计", "en", english);
	}

}
