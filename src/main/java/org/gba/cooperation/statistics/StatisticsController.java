package org.gba.cooperation.statistics;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import graphql.schema.DataFetchingEnvironment;
import org.gba.cooperation.reference.City;
import org.gba.cooperation.reference.Sector;
import org.gba.cooperation.shared.CurrencyCode;
import org.gba.cooperation.shared.CurrencyConversions;
import org.gba.cooperation.shared.InContext;
import org.gba.cooperation.shared.Money;
import org.gba.cooperation.shared.Reference;
import org.gba.cooperation.shared.search.SearchFreshness;
import org.gba.cooperation.statistics.Buckets.CrossBorderPairBucket;
import org.gba.cooperation.statistics.Buckets.EventBucket;
import org.gba.cooperation.statistics.Buckets.JointLabBucket;
import org.gba.cooperation.statistics.Buckets.ProjectBucket;
import org.gba.cooperation.statistics.Buckets.TalentArrangementBucket;
import org.gba.cooperation.statistics.Dimensions.CrossBorderPairDimension;
import org.gba.cooperation.statistics.Dimensions.EventDimension;
import org.gba.cooperation.statistics.Dimensions.JointLabDimension;
import org.gba.cooperation.statistics.Dimensions.ProjectDimension;
import org.gba.cooperation.statistics.Dimensions.TalentArrangementDimension;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Controller;

/** The {@code statistics} query and the fields of its buckets. */
@Controller
class StatisticsController {

	/**
	 * The currency of sums when neither the field nor the operation's {@code @inContext}
	 * names one.
	 */
	static final CurrencyCode DEFAULT_CURRENCY = CurrencyCode.CNY;

	private final JointLabStatistics jointLabs;

	private final ProjectStatistics projects;

	private final EventStatistics events;

	private final TalentArrangementStatistics talentArrangements;

	private final CrossBorderPairStatistics crossBorderPairs;

	private final CurrencyConversions conversions;

	private final Clock clock;

	private final StatisticsProperties properties;

	private final SearchFreshness freshness;

	StatisticsController(JointLabStatistics jointLabs, ProjectStatistics projects, EventStatistics events,
			TalentArrangementStatistics talentArrangements, CrossBorderPairStatistics crossBorderPairs,
			CurrencyConversions conversions, Clock clock, StatisticsProperties properties, SearchFreshness freshness) {
		this.properties = properties;
		this.freshness = freshness;
		this.jointLabs = jointLabs;
		this.projects = projects;
		this.events = events;
		this.talentArrangements = talentArrangements;
		this.crossBorderPairs = crossBorderPairs;
		this.conversions = conversions;
		this.clock = clock;
	}

	/**
	 * The entry point: the statistics are its fields, each computed only when asked for.
	 */
	@QueryMapping
	Statistics statistics() {
		// Taken before any aggregate is computed: each counts every write committed
		// before it.
		return new Statistics(this.properties.fromDatabase() ? this.clock.instant() : this.freshness.asOf());
	}

	@SchemaMapping(typeName = "Statistics")
	Instant asOf(Statistics statistics) {
		return statistics.asOf();
	}

	@SchemaMapping(typeName = "Statistics")
	List<JointLabBucket> jointLabs(@Argument @Nullable StatisticsFilter filter,
			@Argument @Nullable List<JointLabDimension> groupBy) {
		StatisticsFilter counted = orNone(filter);
		Set<JointLabDimension> dimensions = dimensions(groupBy, EnumSet.allOf(JointLabDimension.class));
		return this.properties.fromDatabase() ? this.jointLabs.bucketsInDatabase(counted, dimensions)
				: this.jointLabs.buckets(counted, dimensions);
	}

	@SchemaMapping(typeName = "Statistics")
	List<ProjectBucket> projects(@Argument @Nullable StatisticsFilter filter,
			@Argument @Nullable List<ProjectDimension> groupBy, @Argument @Nullable CurrencyCode currency,
			@Argument @Nullable LocalDate ratesOn, DataFetchingEnvironment env) {
		Sums sums = sums(currency, ratesOn, env);
		StatisticsFilter counted = orNone(filter);
		Set<ProjectDimension> dimensions = dimensions(groupBy, EnumSet.allOf(ProjectDimension.class));
		List<ProjectBucket> buckets = this.properties.fromDatabase()
				? this.projects.bucketsInDatabase(counted, dimensions, sums)
				: this.projects.buckets(counted, dimensions, sums);
		if (env.getSelectionSet().contains("sum")) {
			sums.checkConvertible(buckets.stream().map(ProjectBucket::amounts).toList());
		}
		return buckets;
	}

	@SchemaMapping(typeName = "Statistics")
	List<EventBucket> events(@Argument @Nullable StatisticsFilter filter,
			@Argument @Nullable List<EventDimension> groupBy, @Argument @Nullable CurrencyCode currency,
			@Argument @Nullable LocalDate ratesOn, DataFetchingEnvironment env) {
		Sums sums = sums(currency, ratesOn, env);
		StatisticsFilter counted = orNone(filter);
		Set<EventDimension> dimensions = dimensions(groupBy, EnumSet.of(EventDimension.MONTH, EventDimension.CITY));
		List<EventBucket> buckets = this.properties.fromDatabase()
				? this.events.bucketsInDatabase(counted, dimensions, sums)
				: this.events.buckets(counted, dimensions, sums);
		if (env.getSelectionSet().contains("sum")) {
			sums.checkConvertible(buckets.stream().map(EventBucket::amounts).toList());
		}
		return buckets;
	}

	@SchemaMapping(typeName = "Statistics")
	List<TalentArrangementBucket> talentArrangements(@Argument @Nullable StatisticsFilter filter,
			@Argument @Nullable List<TalentArrangementDimension> groupBy) {
		StatisticsFilter counted = orNone(filter);
		Set<TalentArrangementDimension> dimensions = dimensions(groupBy,
				EnumSet.allOf(TalentArrangementDimension.class));
		return this.properties.fromDatabase() ? this.talentArrangements.bucketsInDatabase(counted, dimensions)
				: this.talentArrangements.buckets(counted, dimensions);
	}

	@SchemaMapping(typeName = "Statistics")
	List<CrossBorderPairBucket> crossBorderPairs(@Argument @Nullable StatisticsFilter filter,
			@Argument @Nullable List<CrossBorderPairDimension> groupBy) {
		StatisticsFilter counted = orNone(filter);
		Set<CrossBorderPairDimension> dimensions = dimensions(groupBy, EnumSet.noneOf(CrossBorderPairDimension.class));
		return this.properties.fromDatabase() ? this.crossBorderPairs.bucketsInDatabase(counted, dimensions)
				: this.crossBorderPairs.buckets(counted, dimensions);
	}

	@SchemaMapping(typeName = "ProjectBucket", field = "sum")
	Money projectSum(ProjectBucket bucket) {
		return bucket.amounts().sum();
	}

	@SchemaMapping(typeName = "ProjectBucket", field = "sumsByCurrency")
	List<Money> projectSumsByCurrency(ProjectBucket bucket) {
		return bucket.amounts().sumsByCurrency();
	}

	@SchemaMapping(typeName = "EventBucket", field = "sum")
	Money eventSum(EventBucket bucket) {
		return bucket.amounts().sum();
	}

	@SchemaMapping(typeName = "EventBucket", field = "sumsByCurrency")
	List<Money> eventSumsByCurrency(EventBucket bucket) {
		return bucket.amounts().sumsByCurrency();
	}

	/**
	 * How sums are converted: into the field's currency, else the operation's
	 * {@code @inContext} currency, else CNY; at the rates effective on {@code ratesOn},
	 * else today in the Bay Area.
	 */
	private Sums sums(@Nullable CurrencyCode currency, @Nullable LocalDate ratesOn, DataFetchingEnvironment env) {
		CurrencyCode inContext = InContext.of(env.getGraphQlContext()).currency();
		CurrencyCode target = (currency != null) ? currency : (inContext != null) ? inContext : DEFAULT_CURRENCY;
		return new Sums(target, (ratesOn != null) ? ratesOn : LocalDate.now(this.clock), this.conversions);
	}

	private static StatisticsFilter orNone(@Nullable StatisticsFilter filter) {
		return (filter != null) ? filter : StatisticsFilter.NONE;
	}

	/**
	 * The dimensions asked for: the schema's default when the argument is null (as when
	 * omitted), none (one grand total) when empty.
	 */
	private static <E extends Enum<E>> Set<E> dimensions(@Nullable List<E> groupBy, Set<E> byDefault) {
		if (groupBy == null) {
			return byDefault;
		}
		return groupBy.isEmpty() ? Set.of() : EnumSet.copyOf(groupBy);
	}

	@Bean
	static RuntimeWiringConfigurer jointLabBucketReferences() {
		return Reference.fields("JointLabBucket", Reference.field("sector", Sector.class, JointLabBucket::sectorId));
	}

	@Bean
	static RuntimeWiringConfigurer projectBucketReferences() {
		return Reference.fields("ProjectBucket", Reference.field("sector", Sector.class, ProjectBucket::sectorId));
	}

	@Bean
	static RuntimeWiringConfigurer crossBorderPairBucketReferences() {
		return Reference.fields("CrossBorderPairBucket",
				Reference.field("sector", Sector.class, CrossBorderPairBucket::sectorId));
	}

	@Bean
	static RuntimeWiringConfigurer eventBucketReferences() {
		return Reference.fields("EventBucket", Reference.field("city", City.class, EventBucket::cityId));
	}

	/**
	 * The GraphQL type {@code Statistics}: a namespace, its fields computed on demand,
	 * and the instant they are exact at.
	 */
	record Statistics(Instant asOf) {

	}

}
