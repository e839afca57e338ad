package org.gba.cooperation.api;

import java.util.regex.Pattern;

import org.gba.cooperation.support.GraphQlIntegrationTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No N+1: nested lists and references load in batches, so a page of many records costs
 * the same number of SQL statements as a page of few. The demo data has 40 labs, 40
 * projects, 18 events and 96 arrangements; each test compares a page of 10 with a page of
 * all (or 100). The larger page may need one statement fewer, never more: a reference
 * already loaded at one depth (a sector, a city) is served from the request's data loader
 * cache at the next.
 */
class BatchLoadingIT extends GraphQlIntegrationTestSupport {

	@Test
	void labsWithMembersAndTheirOrganizationsCostTheSameStatementsForTenAndForAll() {
		long forTen = statementsFor("labs/labsWithMembers", 10, "jointLabs", 10);
		long forAll = statementsFor("labs/labsWithMembers", 100, "jointLabs", 40);

		assertThat(forAll).as("statements of the last request:%n%s", this.executed).isLessThanOrEqualTo(forTen);
		// page + count, members, member jurisdictions, organisations (cities and sectors
		// from memory, but read once, maybe by this request, on their first use)
		assertThat(forTen).as("statements of the last request:%n%s", this.executed).isLessThanOrEqualTo(7);
	}

	@Test
	void citiesAndSectorsAreReadFromMemory() {
		// The first use of either, in this application context, may read both tables
		// once.
		statementsFor("labs/labsWithMembers", 10, "jointLabs", 10);
		long statements = statementsFor("labs/labsWithMembers", 10, "jointLabs", 10);

		assertThat(this.executed).as("statements of the last request").doesNotContainPattern(READS_REFERENCE_DATA);
		// page + count, members, member jurisdictions, organisations
		assertThat(statements).as("statements of the last request:%n%s", this.executed).isEqualTo(5);
	}

	/**
	 * A statement that reads the city or sector table (not a column named after them).
	 */
	private static final Pattern READS_REFERENCE_DATA = Pattern.compile("(?i)\\b(from|join)\\s+(city|sector)\\b");

	@Test
	void projectsWithParticipantsInvestmentsAndMilestonesCostTheSameStatementsForTenAndForAll() {
		long forTen = statementsFor("projects/projectsInFull", 10, "crossBorderProjects", 10);
		long forAll = statementsFor("projects/projectsInFull", 100, "crossBorderProjects", 40);

		assertThat(forAll).as("statements of the last request:%n%s", this.executed).isLessThanOrEqualTo(forTen);
		assertThat(forTen).as("statements of the last request:%n%s", this.executed).isLessThanOrEqualTo(12);
	}

	@Test
	void eventsWithOrganizersRegistrationsAndDealsCostTheSameStatementsForTenAndForAll() {
		long forTen = statementsFor("events/eventsInFull", 10, "investmentEvents", 10);
		long forAll = statementsFor("events/eventsInFull", 100, "investmentEvents", 18);

		assertThat(forAll).as("statements of the last request:%n%s", this.executed).isLessThanOrEqualTo(forTen);
		assertThat(forTen).as("statements of the last request:%n%s", this.executed).isLessThanOrEqualTo(12);
	}

	@Test
	void arrangementsWithPeopleHostsLabsAndProjectsCostTheSameStatementsForTenAndForAHundred() {
		long forTen = statementsFor("talent/arrangementsInFull", 10, "talentArrangements", 10);
		long forHundred = statementsFor("talent/arrangementsInFull", 100, "talentArrangements", 96);

		assertThat(forHundred).as("statements of the last request:%n%s", this.executed).isLessThanOrEqualTo(forTen);
		assertThat(forTen).as("statements of the last request:%n%s", this.executed).isLessThanOrEqualTo(10);
	}

	/** The statements of the last request, shown when an assertion fails. */
	private String executed = "";

	private long statementsFor(String document, int first, String connection, int expectedNodes) {
		this.statements.reset();
		this.graphQl.documentName(document)
			.variable("first", first)
			.execute()
			.errors()
			.verify()
			.path(connection + ".nodes")
			.entityList(Object.class)
			.hasSize(expectedNodes);
		this.executed = this.statements.statements();
		return this.statements.count();
	}

}
