package org.gba.cooperation.security;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gba.cooperation.security.Viewer.ANALYST;
import static org.gba.cooperation.security.Viewer.ANONYMOUS;
import static org.gba.cooperation.security.Viewer.COORDINATOR;
import static org.gba.cooperation.security.Viewer.GDUT_PARTNER;
import static org.gba.cooperation.security.Viewer.GD_DIIT_PARTNER;
import static org.gba.cooperation.security.Viewer.GD_DOC_PARTNER;
import static org.gba.cooperation.security.Viewer.STU_PARTNER;
import static org.gba.cooperation.support.GlobalIds.globalId;
import static org.gba.cooperation.support.GlobalIds.rowOf;

/**
 * Records by ID: the singular look-ups ({@code jointLab(id:)} and the like),
 * {@code node(id:)} and {@code nodes(ids:)}, and the references from one record to
 * another. A record the caller may not see is not found: null, without an error. Deals,
 * investments and milestones are visible exactly when their event or project is.
 */
class NodeAccessIT extends AccessTestSupport {

	/** A record of the demo data and the callers who may see it. */
	record Sighting(String row, Set<Viewer> seenBy) {

		static Sighting byEveryone(String row) {
			return new Sighting(row, EnumSet.allOf(Viewer.class));
		}

		static Sighting by(String row, Viewer... viewers) {
			return new Sighting(row, EnumSet.copyOf(List.of(viewers)));
		}

		@Override
		public String toString() {
			return this.row;
		}

	}

	/**
	 * Public records (everyone), and non-public ones with those who take part in them.
	 * The demo data has deals only for events 1 to 9, 11 and 12, all COMPLETED: no deal
	 * belongs to a hidden event.
	 */
	static Stream<Sighting> sightings() {
		return Stream.of(
				// OPERATING
				Sighting.byEveryone("JointLab:6"),
				// PLANNED, GDUT lead; PLANNED, STU lead
				Sighting.by("JointLab:30", GDUT_PARTNER, ANALYST, COORDINATOR),
				Sighting.by("JointLab:36", STU_PARTNER, ANALYST, COORDINATOR),
				// PUBLISHED; CANCELLED (cancelled events stay public)
				Sighting.byEveryone("InvestmentEvent:16"), Sighting.byEveryone("InvestmentEvent:10"),
				// DRAFT, hosted by GD_DIIT (with HKTDC); DRAFT, hosted by GD_DOC
				Sighting.by("InvestmentEvent:17", GD_DIIT_PARTNER, ANALYST, COORDINATOR),
				Sighting.by("InvestmentEvent:18", GD_DOC_PARTNER, ANALYST, COORDINATOR),
				// IN_PROGRESS
				Sighting.byEveryone("CrossBorderProject:39"),
				// PROPOSED, GDUT lead; PROPOSED, STU lead
				Sighting.by("CrossBorderProject:38", GDUT_PARTNER, ANALYST, COORDINATOR),
				Sighting.by("CrossBorderProject:37", STU_PARTNER, ANALYST, COORDINATOR),
				// ACTIVE
				Sighting.byEveryone("TalentArrangement:36"),
				// PROPOSED, hosted by GDUT; PROPOSED, hosted by STU; CANCELLED, hosted by
				// MPU
				Sighting.by("TalentArrangement:13", GDUT_PARTNER, ANALYST, COORDINATOR),
				Sighting.by("TalentArrangement:60", STU_PARTNER, ANALYST, COORDINATOR),
				Sighting.by("TalentArrangement:14", ANALYST, COORDINATOR),
				// of event 1 (COMPLETED)
				Sighting.byEveryone("Deal:1"),
				// of project 39 (IN_PROGRESS), of project 38 (GDUT's), of project 37
				// (STU's)
				Sighting.byEveryone("Investment:74"), Sighting.by("Investment:73", GDUT_PARTNER, ANALYST, COORDINATOR),
				Sighting.by("Investment:72", STU_PARTNER, ANALYST, COORDINATOR), Sighting.byEveryone("Milestone:118"),
				Sighting.by("Milestone:116", GDUT_PARTNER, ANALYST, COORDINATOR),
				Sighting.by("Milestone:115", STU_PARTNER, ANALYST, COORDINATOR));
	}

	/**
	 * The records that have a singular look-up (deals, investments and milestones have
	 * none).
	 */
	static Stream<Sighting> lookedUp() {
		return sightings().filter((sighting) -> lookUpOf(sighting.row()) != null);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("lookedUp")
	void aLookUpByIdFindsARecordForExactlyThoseWhoSeeIt(Sighting sighting) {
		Set<Viewer> found = EnumSet.noneOf(Viewer.class);
		for (Viewer viewer : Viewer.values()) {
			GraphQlTester.Response response = as(viewer).documentName("security/lookUps")
				.operationName(lookUpOf(sighting.row()))
				.variable("id", globalId(sighting.row()))
				.execute();
			response.errors().verify();
			if (response.returnResponse().field("record").getValue() != null) {
				response.path("record.id").entity(String.class).isEqualTo(globalId(sighting.row()));
				found.add(viewer);
			}
		}

		assertThat(found).isEqualTo(sighting.seenBy());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("sightings")
	void nodeFindsARecordForExactlyThoseWhoSeeIt(Sighting sighting) {
		Set<Viewer> found = EnumSet.noneOf(Viewer.class);
		for (Viewer viewer : Viewer.values()) {
			GraphQlTester.Response response = as(viewer).documentName("api/node")
				.variable("id", globalId(sighting.row()))
				.execute();
			response.errors().verify();
			if (response.returnResponse().field("node").getValue() != null) {
				response.path("node.__typename").entity(String.class).isEqualTo(sighting.row().split(":")[0]);
				found.add(viewer);
			}
		}

		assertThat(found).isEqualTo(sighting.seenBy());
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(Viewer.class)
	void nodesAnswersNullWhereTheCallerMayNotSee(Viewer viewer) {
		List<Sighting> all = sightings().toList();
		List<@Nullable String> expected = new ArrayList<>();
		for (Sighting sighting : all) {
			expected.add(sighting.seenBy().contains(viewer) ? sighting.row() : null);
		}

		GraphQlTester.Response response = as(viewer).documentName("api/nodes")
			.variable("ids", all.stream().map((sighting) -> globalId(sighting.row())).toList())
			.execute();

		response.errors().verify();
		assertThat(rowsAt(response, "nodes")).containsExactlyElementsOf(expected);
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(Viewer.class)
	void anArrangementsLabAndProjectAreThoseTheCallerSees(Viewer viewer) {
		// The arrangements as a coordinator sees them: every reference of the data. (In
		// the demo data,
		// each arrangement working in a non-public lab is itself PROPOSED and hosted by a
		// member of
		// that lab, and every arrangement on a project is on a public one, so no caller
		// sees an
		// arrangement whose lab or project it may not see: the null branch is not reached
		// here.)
		Map<String, Reference> inData = references(
				as(COORDINATOR).documentName("security/references").operationName("arrangementReferences").execute());

		GraphQlTester.Response response = as(viewer).documentName("security/references")
			.operationName("arrangementReferences")
			.execute();

		Set<String> labs = new HashSet<>(rowsAt(response, "jointLabs.nodes"));
		Set<String> projects = new HashSet<>(rowsAt(response, "crossBorderProjects.nodes"));
		Map<String, Reference> seen = references(response);
		Map<String, Reference> expected = new HashMap<>();
		seen.keySet().forEach((arrangement) -> {
			Reference reference = inData.get(arrangement);
			expected.put(arrangement, new Reference(labs.contains(reference.jointLab()) ? reference.jointLab() : null,
					projects.contains(reference.project()) ? reference.project() : null));
		});
		assertThat(seen).isEqualTo(expected);
	}

	@Test
	void aPartnerFollowsItsProposedArrangementToItsPlannedLab() {
		// Arrangement 11 (PROPOSED, hosted by GDUT) works in lab 34 (PLANNED, GDUT lead).
		GraphQlTester.Response response = as(GDUT_PARTNER).documentName("security/references")
			.operationName("arrangement")
			.variable("id", arrangement(11))
			.execute();

		response.path("talentArrangement.jointLab.id").entity(String.class).isEqualTo(lab(34));
		response.path("talentArrangement.project").valueIsNull();
	}

	@Test
	void aDealLeadsToItsEvent() {
		// Deal 1 was signed at event 1 (COMPLETED).
		as(ANONYMOUS).documentName("security/references")
			.operationName("parentOf")
			.variable("id", globalId("Deal:1"))
			.execute()
			.path("node.event.id")
			.entity(String.class)
			.isEqualTo(event(1));
	}

	@Test
	void anInvestmentOfAProposedProjectLeadsAPartnerOfTheProjectToIt() {
		// Investment 73 is committed to project 38 (PROPOSED, GDUT lead).
		as(GDUT_PARTNER).documentName("security/references")
			.operationName("parentOf")
			.variable("id", globalId("Investment:73"))
			.execute()
			.path("node.project.id")
			.entity(String.class)
			.isEqualTo(project(38));
	}

	@Test
	void aMilestoneOfAProposedProjectLeadsAPartnerOfTheProjectToIt() {
		// Milestone 116 belongs to project 38 (PROPOSED, GDUT lead).
		as(GDUT_PARTNER).documentName("security/references")
			.operationName("parentOf")
			.variable("id", globalId("Milestone:116"))
			.execute()
			.path("node.project.id")
			.entity(String.class)
			.isEqualTo(project(38));
	}

	/**
	 * The lab and project an arrangement refers to, as rows; null where there is none.
	 */
	record Reference(@Nullable String jointLab, @Nullable String project) {
	}

	/** An arrangement as the {@code arrangementReferences} document returns it. */
	record ArrangementReferences(String id, @Nullable Ref jointLab, @Nullable Ref project) {
	}

	private static Map<String, Reference> references(GraphQlTester.Response response) {
		Map<String, Reference> references = new HashMap<>();
		for (ArrangementReferences arrangement : response.path("talentArrangements.nodes")
			.entityList(ArrangementReferences.class)
			.get()) {
			references.put(rowOf(arrangement.id()),
					new Reference((arrangement.jointLab() != null) ? rowOf(arrangement.jointLab().id()) : null,
							(arrangement.project() != null) ? rowOf(arrangement.project().id()) : null));
		}
		return references;
	}

}
