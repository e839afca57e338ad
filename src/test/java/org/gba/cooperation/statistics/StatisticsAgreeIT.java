package org.gba.cooperation.statistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import org.gba.cooperation.shared.CurrencyCode;
import org.gba.cooperation.shared.CurrencyConversions;
import org.gba.cooperation.shared.DateRange;
import org.gba.cooperation.shared.Jurisdiction;
import org.gba.cooperation.support.GraphQlIntegrationTestSupport;
import org.gba.cooperation.support.search.RequiresOpenSearch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gba.cooperation.support.GlobalIds.globalId;

/**
 * The search engine's aggregates are the database's: for every statistic, every
 * combination of its dimensions, a range of filters and every class of caller, the
 * buckets counted by the index ({@code buckets}) equal, key for key, count for count and
 * cent for cent, those of the {@code GROUP BY} statements ({@code bucketsInDatabase}) on
 * the demo data. So the index's keys, the access rule in the engine
 * ({@code AccessRules.aggregableInIndex}) and each filter's conditions on index fields
 * are checked against their SQL counterparts.
 */
@Tag(RequiresOpenSearch.SEARCH_TAG)
class StatisticsAgreeIT extends GraphQlIntegrationTestSupport {

	private static final String SYSU = globalId("Organization", 1);

	@Autowired
	private JointLabStatistics jointLabs;

	@Autowired
	private ProjectStatistics projects;

	@Autowired
	private EventStatistics events;

	@Autowired
	private TalentArrangementStatistics talentArrangements;

	@Autowired
	private CrossBorderPairStatistics crossBorderPairs;

	@Autowired
	private CurrencyConversions conversions;

	static Stream<StatisticsFilter> filters() {
		List<String> sectors = List.of(globalId("Sector", 1), globalId("Sector", 3));
		return Stream.of(StatisticsFilter.NONE,
				new StatisticsFilter(new DateRange(LocalDate.of(2020, 1, 1), LocalDate.of(2024, 6, 30)), null, null),
				new StatisticsFilter(null, sectors, null),
				new StatisticsFilter(null, null, List.of(Jurisdiction.MACAO)),
				new StatisticsFilter(new DateRange(LocalDate.of(2019, 1, 1), null), sectors,
						List.of(Jurisdiction.GUANGDONG)),
				new StatisticsFilter(null, List.of(), null));
	}

	@AfterEach
	void forgetTheCaller() {
		SecurityContextHolder.clearContext();
	}

	@ParameterizedTest
	@MethodSource("filters")
	void everyStatisticCountsInTheIndexWhatTheDatabaseCounts(StatisticsFilter filter) {
		Sums sums = new Sums(CurrencyCode.CNY, LocalDate.of(2026, 1, 1), this.conversions);
		for (Jwt caller : callers()) {
			SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(caller));
			String who = caller.getSubject();
			for (Set<Dimensions.JointLabDimension> groupBy : subsets(Dimensions.JointLabDimension.class)) {
				assertThat(this.jointLabs.buckets(filter, groupBy)).as("%s jointLabs %s %s", who, groupBy, filter)
					.isNotNull()
					.isEqualTo(this.jointLabs.bucketsInDatabase(filter, groupBy));
			}
			for (Set<Dimensions.TalentArrangementDimension> groupBy : subsets(
					Dimensions.TalentArrangementDimension.class)) {
				assertThat(this.talentArrangements.buckets(filter, groupBy))
					.as("%s talentArrangements %s %s", who, groupBy, filter)
					.isEqualTo(this.talentArrangements.bucketsInDatabase(filter, groupBy));
			}
			for (Set<Dimensions.CrossBorderPairDimension> groupBy : subsets(
					Dimensions.CrossBorderPairDimension.class)) {
				assertThat(this.crossBorderPairs.buckets(filter, groupBy))
					.as("%s crossBorderPairs %s %s", who, groupBy, filter)
					.isEqualTo(this.crossBorderPairs.bucketsInDatabase(filter, groupBy));
			}
			for (Set<Dimensions.ProjectDimension> groupBy : subsets(Dimensions.ProjectDimension.class)) {
				assertThat(comparable(this.projects.buckets(filter, groupBy, sums), ProjectRow::of))
					.as("%s projects %s %s", who, groupBy, filter)
					.isEqualTo(comparable(this.projects.bucketsInDatabase(filter, groupBy, sums), ProjectRow::of));
			}
			for (Set<Dimensions.EventDimension> groupBy : subsets(Dimensions.EventDimension.class)) {
				assertThat(comparable(this.events.buckets(filter, groupBy, sums), EventRow::of))
					.as("%s events %s %s", who, groupBy, filter)
					.isEqualTo(comparable(this.events.bucketsInDatabase(filter, groupBy, sums), EventRow::of));
			}
		}
	}

	/**
	 * A caller without roles (counted as anonymous callers are), a partner and an analyst
	 * (counted as coordinators are: archived records by no one).
	 */
	private static List<Jwt> callers() {
		return List.of(jwt("no-role", List.of(), null), jwt("partner", List.of("PARTNER"), SYSU),
				jwt("analyst", List.of("ANALYST"), null));
	}

	private static Jwt jwt(String subject, List<String> roles, String organization) {
		Jwt.Builder jwt = Jwt.withTokenValue("test").header("alg", "none").subject(subject).claim("roles", roles);
		if (organization != null) {
			jwt.claim("org", organization);
		}
		return jwt.build();
	}

	private static <E extends Enum<E>> List<Set<E>> subsets(Class<E> type) {
		E[] values = type.getEnumConstants();
		List<Set<E>> subsets = new ArrayList<>();
		for (int mask = 0; mask < (1 << values.length); mask++) {
			Set<E> subset = EnumSet.noneOf(type);
			for (int i = 0; i < values.length; i++) {
				if ((mask & (1 << i)) != 0) {
					subset.add(values[i]);
				}
			}
			subsets.add(subset);
		}
		return subsets;
	}

	private static <B, R> List<R> comparable(List<B> buckets, Function<B, R> row) {
		return buckets.stream().map(row).toList();
	}

	/** A project bucket without its conversion settings: keys, count, exact sums. */
	private record ProjectRow(Object sector, Object year, Object lead, int count, Object sums) {

		static ProjectRow of(Buckets.ProjectBucket bucket) {
			return new ProjectRow(String.valueOf(bucket.sectorId()), String.valueOf(bucket.year()),
					String.valueOf(bucket.leadJurisdiction()), bucket.count(), bucket.amounts().sumsByCurrency());
		}

	}

	/** An event bucket without its conversion settings: keys, counts, exact sums. */
	private record EventRow(Object year, Object month, Object city, int count, int deals, Object sums) {

		static EventRow of(Buckets.EventBucket bucket) {
			return new EventRow(String.valueOf(bucket.year()), String.valueOf(bucket.month()),
					String.valueOf(bucket.cityId()), bucket.count(), bucket.dealCount(),
					bucket.amounts().sumsByCurrency());
		}

	}

}
