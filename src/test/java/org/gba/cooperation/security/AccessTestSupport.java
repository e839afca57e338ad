package org.gba.cooperation.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.gba.cooperation.support.GraphQlIntegrationTestSupport;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gba.cooperation.support.GlobalIds.globalId;
import static org.gba.cooperation.support.GlobalIds.rowOf;

/**
 * Base of the access tests: a client per {@link Viewer}, and the global IDs of demo
 * records.
 * <p>
 * Every expected number of these tests follows from {@code db/demo/demo-data.sql};
 * database IDs below are the {@code id} columns of its rows. What the public sees (the
 * statuses the issue calls public):
 * <ul>
 * <li>joint labs: 40; 20 OPERATING (1 to 20) are public, 16 PLANNED and 4
 * UNDER_CONSTRUCTION (21 to 40) are not (there is no CLOSED lab);</li>
 * <li>investment events: 18; 11 COMPLETED, 4 PUBLISHED and 1 CANCELLED (1 to 16) are
 * public, the 2 DRAFT events (17 hosted by GD_DIIT with HKTDC, 18 hosted by GD_DOC) are
 * not; neither has deals or registrations;</li>
 * <li>cross-border projects: 40; 20 IN_PROGRESS, 8 APPROVED, 5 COMPLETED and 2 SUSPENDED
 * are public, the 5 PROPOSED (6, 19, 29, 37, 38) are not (there is no CANCELLED
 * project);</li>
 * <li>talent arrangements: 96; 57 ACTIVE and 12 ENDED (69) are public, 23 PROPOSED and 4
 * CANCELLED are not;</li>
 * <li>70 organisations, 70 people, 15 sectors and 14 cities, open to everyone.</li>
 * </ul>
 * Partner A, Guangdong University of Technology (GDUT, organisation 5), takes part in:
 * <ul>
 * <li>labs 6 (OPERATING), 30 and 34 (PLANNED), as lead;</li>
 * <li>projects 38 (PROPOSED, lead; investment 73, milestones 116 and 117) and 39
 * (IN_PROGRESS);</li>
 * <li>arrangements it hosts: 18 and 31 (ACTIVE), 11, 13, 25 and 55 (PROPOSED), of people
 * 11, 19, 6, 8, 15 and 36;</li>
 * <li>no event.</li>
 * </ul>
 * Partner B, Shantou University (STU, organisation 7), takes part in:
 * <ul>
 * <li>labs 36 and 37 (PLANNED), as lead;</li>
 * <li>projects 31 (APPROVED) and 37 (PROPOSED, lead; investment 72, milestone 115);</li>
 * <li>arrangements it hosts: 36 (ACTIVE, of person 22) and 60 (PROPOSED, of person
 * 39);</li>
 * <li>event 16 (PUBLISHED), as registrant.</li>
 * </ul>
 * So each sees beyond the public exactly its own non-public records: A labs 30 and 34,
 * project 38, arrangements 11, 13, 25 and 55; B labs 36 and 37, project 37, arrangement
 * 60. None of these involves the other.
 */
abstract class AccessTestSupport extends GraphQlIntegrationTestSupport {

	/** Guangdong University of Technology: partner A. */
	static final long GDUT = 5;

	/** Shantou University: partner B. */
	static final long STU = 7;

	/**
	 * Department of Industry and Information Technology of Guangdong Province: hosts
	 * draft event 17.
	 */
	static final long GD_DIIT = 33;

	/** Department of Commerce of Guangdong Province: hosts draft event 18. */
	static final long GD_DOC = 35;

	/**
	 * Macao Polytechnic University: a member of GDUT's planned lab 30 that hosts none of
	 * its arrangements.
	 */
	static final long MPU = 58;

	/** The message of the FORBIDDEN error of a protected contact detail. */
	static final String CONTACT_DETAILS_FORBIDDEN = "Contact details are shown only to coordinators and to partners "
			+ "whose organisation hosts this person";

	/** The GraphQL client of this caller. */
	HttpGraphQlTester as(Viewer viewer) {
		return switch (viewer) {
			case ANONYMOUS -> this.anonymous;
			case ANALYST -> analyst();
			case COORDINATOR -> coordinator();
			default -> partnerOf(organization(Objects.requireNonNull(viewer.organization())));
		};
	}

	/**
	 * Rows of the demo data named {@code "<type>:<database id>"} (what a global ID stands
	 * for), from a space-separated list of database IDs:
	 * {@code rows("JointLab", "30 34")}. Assertions compare rows, not global IDs, so that
	 * a failure names the rows of demo-data.sql.
	 */
	static List<String> rows(String typeName, @Nullable String rowIds) {
		if (rowIds == null || rowIds.isBlank()) {
			return List.of();
		}
		return Arrays.stream(rowIds.trim().split("\\s+")).map((id) -> typeName + ":" + Long.parseLong(id)).toList();
	}

	/** The rows these global IDs stand for; a null entry stays null. */
	static List<@Nullable String> rowsOf(List<@Nullable String> globalIds) {
		List<@Nullable String> rows = new ArrayList<>(globalIds.size());
		for (String globalId : globalIds) {
			rows.add((globalId != null) ? rowOf(globalId) : null);
		}
		return rows;
	}

	static String organization(long rowId) {
		return globalId("Organization", rowId);
	}

	static String lab(long rowId) {
		return globalId("JointLab", rowId);
	}

	static String event(long rowId) {
		return globalId("InvestmentEvent", rowId);
	}

	static String project(long rowId) {
		return globalId("CrossBorderProject", rowId);
	}

	static String arrangement(long rowId) {
		return globalId("TalentArrangement", rowId);
	}

	static String person(long rowId) {
		return globalId("Person", rowId);
	}

	/** The GraphQL type name of the records of a root connection. */
	static String typeOf(String connection) {
		return switch (connection) {
			case "jointLabs" -> "JointLab";
			case "investmentEvents" -> "InvestmentEvent";
			case "crossBorderProjects" -> "CrossBorderProject";
			case "talentArrangements" -> "TalentArrangement";
			default -> throw new IllegalArgumentException("No connection " + connection);
		};
	}

	/**
	 * The operation of {@code lookUps.graphql} that finds a row of this type, or null for
	 * types without one.
	 */
	static @Nullable String lookUpOf(String row) {
		return switch (row.split(":")[0]) {
			case "JointLab" -> "jointLab";
			case "InvestmentEvent" -> "investmentEvent";
			case "CrossBorderProject" -> "crossBorderProject";
			case "TalentArrangement" -> "talentArrangement";
			default -> null;
		};
	}

	/** A reference to a node in a response: its global ID. */
	record Ref(String id) {
	}

	/** The IDs of the objects of the list at this path; a null entry stays null. */
	static List<@Nullable String> ids(GraphQlTester.Response response, String path) {
		List<Ref> refs = response.path(path).entityList(Ref.class).get();
		List<@Nullable String> ids = new ArrayList<>(refs.size());
		for (Ref ref : refs) {
			ids.add((ref != null) ? ref.id() : null);
		}
		return ids;
	}

	/** The rows of the objects of the list at this path; a null entry stays null. */
	static List<@Nullable String> rowsAt(GraphQlTester.Response response, String path) {
		return rowsOf(ids(response, path));
	}

	/** The rows of every object anywhere in a response, at any depth. */
	static Set<String> everyRowIn(GraphQlTester.Response response) {
		Set<String> ids = new LinkedHashSet<>();
		collectIds(response.returnResponse().getData(), ids);
		Set<String> rows = new LinkedHashSet<>();
		ids.forEach((id) -> rows.add(rowOf(id)));
		return rows;
	}

	/**
	 * Checks that every page in a response that carries its totalCount holds all its
	 * nodes: none was cut short.
	 */
	static void assertEveryPageComplete(GraphQlTester.Response response) {
		assertPagesComplete(response.returnResponse().getData());
	}

	private static void assertPagesComplete(@Nullable Object json) {
		if (json instanceof Map<?, ?> object) {
			if (object.get("totalCount") instanceof Number total && object.get("nodes") instanceof List<?> nodes) {
				assertThat(nodes).as("a page of %s items", total).hasSize(total.intValue());
			}
			object.values().forEach(AccessTestSupport::assertPagesComplete);
		}
		else if (json instanceof Collection<?> list) {
			list.forEach(AccessTestSupport::assertPagesComplete);
		}
	}

	private static void collectIds(@Nullable Object json, Set<String> ids) {
		if (json instanceof Map<?, ?> object) {
			object.forEach((key, value) -> {
				if ("id".equals(key) && value instanceof String id) {
					ids.add(id);
				}
				else {
					collectIds(value, ids);
				}
			});
		}
		else if (json instanceof Collection<?> list) {
			list.forEach((item) -> collectIds(item, ids));
		}
	}

	/**
	 * Checks that every error is the FORBIDDEN answer to a protected contact detail, and
	 * returns their paths.
	 */
	static List<String> contactDetailErrorPaths(List<ResponseError> errors) {
		List<String> paths = new ArrayList<>();
		for (ResponseError error : errors) {
			assertThat(error.getMessage()).as("message of the error at %s", error.getPath())
				.isEqualTo(CONTACT_DETAILS_FORBIDDEN);
			assertThat(error.getExtensions()).as("extensions of the error at %s", error.getPath())
				.containsEntry("classification", "FORBIDDEN");
			paths.add(error.getPath());
		}
		return paths;
	}

}
