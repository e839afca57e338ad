package org.gba.cooperation.statistics;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.awaitility.core.ThrowingRunnable;
import org.gba.cooperation.shared.CurrencyCode;
import org.gba.cooperation.shared.CurrencyConversions;
import org.gba.cooperation.support.WriteIntegrationTestSupport;
import org.gba.cooperation.support.search.OpenSearchTestNode;
import org.gba.cooperation.support.search.RequiresOpenSearch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.gba.cooperation.support.GlobalIds.globalId;

/**
 * The statistics count a write as soon as it is in the index: with the embedded index
 * when its mutation has answered (and {@code asOf} is later than that), with OpenSearch
 * within a few seconds. Investments and deals are summed, a moved host moves its
 * arrangements; after each write the index's buckets are still the database's.
 */
@Tag(RequiresOpenSearch.SEARCH_TAG)
class StatisticsWritesIT extends WriteIntegrationTestSupport {

	private static final String MACAO_CITY = globalId("City", 14);

	private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
	};

	@Autowired
	private ProjectStatistics projects;

	@Autowired
	private EventStatistics events;

	@Autowired
	private TalentArrangementStatistics talentArrangements;

	@Autowired
	private CurrencyConversions conversions;

	@AfterEach
	void forgetTheCaller() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void anInvestmentIsInTheSumsOnceItsMutationHasAnswered() throws Throwable {
		Map<String, Object> project = first("crossBorderProjects");
		BigDecimal before = investedHkd();

		succeeded(
				execute(this.graphQl, "projects/recordInvestment",
						on(project, Map.of("kind", "EQUITY", "amount",
								Map.of("amount", "1250000.57", "currency", "HKD"), "committedOn", "2026-04-01"))),
				"recordInvestment", "crossBorderProject");
		Instant answered = Instant.now();

		counted(() -> assertThat(investedHkd()).isEqualByComparingTo(before.add(new BigDecimal("1250000.57"))));
		if (!OpenSearchTestNode.requested()) {
			assertThat(asOf()).isAfterOrEqualTo(answered);
		}
		asAnalyst(() -> assertThat(
				this.projects.buckets(StatisticsFilter.NONE, EnumSet.allOf(Dimensions.ProjectDimension.class), sums())
					.stream()
					.map((b) -> b.amounts().sumsByCurrency())
					.toList())
			.isEqualTo(this.projects
				.bucketsInDatabase(StatisticsFilter.NONE, EnumSet.allOf(Dimensions.ProjectDimension.class), sums())
				.stream()
				.map((b) -> b.amounts().sumsByCurrency())
				.toList()));
	}

	@Test
	void movingAHostMovesItsArrangementsToTheNewJurisdiction() throws Throwable {
		Map<String, Object> arrangement = this.graphQl
			.document("{ talentArrangements(first: 1, filter: {hostJurisdictions: [GUANGDONG]}) "
					+ "{ nodes { host { id version } } } }")
			.execute()
			.path("talentArrangements.nodes[0].host")
			.entity(MAP)
			.get();
		long macaoHostedBefore = hostedIn("MACAO");

		succeeded(execute(this.graphQl, "organizations/updateOrganization",
				on(arrangement, Map.of("cityId", MACAO_CITY))), "updateOrganization", "organization");

		counted(() -> assertThat(hostedIn("MACAO")).isGreaterThan(macaoHostedBefore));
		// With OpenSearch, the host's arrangements reach the index one outbox batch after
		// another: all of them in a few seconds.
		counted(() -> asAnalyst(() -> assertThat(this.talentArrangements.buckets(StatisticsFilter.NONE,
				EnumSet.allOf(Dimensions.TalentArrangementDimension.class)))
			.isEqualTo(this.talentArrangements.bucketsInDatabase(StatisticsFilter.NONE,
					EnumSet.allOf(Dimensions.TalentArrangementDimension.class)))));
		asAnalyst(() -> assertThat(
				this.events.buckets(StatisticsFilter.NONE, EnumSet.of(Dimensions.EventDimension.CITY), sums()).size())
			.isEqualTo(this.events
				.bucketsInDatabase(StatisticsFilter.NONE, EnumSet.of(Dimensions.EventDimension.CITY), sums())
				.size()));
	}

	private Map<String, Object> first(String connection) {
		return this.graphQl.document("{ c: " + connection + "(first: 1) { nodes { id version } } }")
			.execute()
			.path("c.nodes[0]")
			.entity(MAP)
			.get();
	}

	private BigDecimal investedHkd() {
		List<Map<String, Object>> sums = this.graphQl
			.document("{ statistics { projects(groupBy: []) { sumsByCurrency { amount currency } } } }")
			.execute()
			.path("statistics.projects[0].sumsByCurrency")
			.entityList(MAP)
			.get();
		return sums.stream()
			.filter((sum) -> "HKD".equals(sum.get("currency")))
			.map((sum) -> new BigDecimal((String) sum.get("amount")))
			.findFirst()
			.orElse(BigDecimal.ZERO);
	}

	private long hostedIn(String jurisdiction) {
		List<Map<String, Object>> buckets = this.graphQl
			.document("{ statistics { talentArrangements(groupBy: [HOST_JURISDICTION]) { hostJurisdiction count } } }")
			.execute()
			.path("statistics.talentArrangements")
			.entityList(MAP)
			.get();
		return buckets.stream()
			.filter((bucket) -> jurisdiction.equals(bucket.get("hostJurisdiction")))
			.mapToLong((bucket) -> ((Number) bucket.get("count")).longValue())
			.sum();
	}

	private Instant asOf() {
		return Instant.parse(this.graphQl.document("{ statistics { asOf } }")
			.execute()
			.path("statistics.asOf")
			.entity(String.class)
			.get());
	}

	private Sums sums() {
		return new Sums(CurrencyCode.CNY, LocalDate.of(2026, 1, 1), this.conversions);
	}

	private static void asAnalyst(Runnable check) {
		Jwt analyst = Jwt.withTokenValue("test")
			.header("alg", "none")
			.subject("analyst")
			.claim("roles", List.of("ANALYST"))
			.build();
		SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(analyst));
		try {
			check.run();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/**
	 * Counted when the mutation answers on Lucene; on OpenSearch, through the outbox,
	 * within a few seconds.
	 */
	private static void counted(ThrowingRunnable assertion) throws Throwable {
		if (OpenSearchTestNode.requested()) {
			await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).untilAsserted(assertion);
		}
		else {
			assertion.run();
		}
	}

}
