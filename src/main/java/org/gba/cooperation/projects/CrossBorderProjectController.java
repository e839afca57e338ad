package org.gba.cooperation.projects;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import org.gba.cooperation.organizations.Organization;
import org.gba.cooperation.reference.City;
import org.gba.cooperation.reference.Sector;
import org.gba.cooperation.shared.Batches;
import org.gba.cooperation.shared.CurrencyCode;
import org.gba.cooperation.shared.CurrencyConversions;
import org.gba.cooperation.shared.CurrencyConversions.Total;
import org.gba.cooperation.shared.Jurisdiction;
import org.gba.cooperation.shared.Money;
import org.gba.cooperation.shared.MoneyTotals;
import org.gba.cooperation.shared.NodeLoader;
import org.gba.cooperation.shared.Reference;
import org.gba.cooperation.shared.paging.KeysetConnection;
import org.gba.cooperation.shared.paging.NestedConnections;
import org.gba.cooperation.shared.paging.Ordering;
import org.gba.cooperation.shared.paging.VisibleRecords;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * Cross-border project queries and fields, and {@code Organization.crossBorderProjects}.
 */
@Controller
class CrossBorderProjectController {

	private static final String INVESTMENT_TOTAL = "CrossBorderProject.investmentTotal";

	private final CrossBorderProjects projects;

	private final VisibleRecords records;

	private final Clock clock;

	CrossBorderProjectController(CrossBorderProjects projects, VisibleRecords records, CurrencyConversions conversions,
			Clock clock, BatchLoaderRegistry registry) {
		this.projects = projects;
		this.records = records;
		this.clock = clock;
		MoneyTotals.register(registry, INVESTMENT_TOTAL, conversions, projects::investmentTotalsByProject);
		NestedConnections.register(registry, "Organization.crossBorderProjects", records, CrossBorderProject.class,
				Organization.class, CrossBorderProjectFilter.PARTICIPANT);
		registry.forTypePair(Long.class, CrossBorderProject.class)
			.registerMappedBatchLoader((ids, env) -> Mono.fromCallable(() -> projects.byId(ids)));
	}

	@QueryMapping
	KeysetConnection<CrossBorderProject> crossBorderProjects(@Argument @Nullable CrossBorderProjectFilter filter,
			@Argument @Nullable CrossBorderProjectOrder orderBy, DataFetchingEnvironment env) {
		return this.records.page(CrossBorderProject.class, filter,
				Ordering.chosen(orderBy, filter, CrossBorderProjectOrder.RELEVANCE, CrossBorderProjectOrder.DEFAULT),
				env);
	}

	@QueryMapping
	@Nullable CrossBorderProject crossBorderProject(@Argument String id) {
		return this.records.findByGlobalId(CrossBorderProject.class, id).orElse(null);
	}

	@SchemaMapping(typeName = "Organization", field = "crossBorderProjects")
	CompletableFuture<KeysetConnection<CrossBorderProject>> organizationProjects(Organization organization,
			@Argument @Nullable CrossBorderProjectFilter filter, @Argument @Nullable CrossBorderProjectOrder orderBy,
			DataFetchingEnvironment env) {
		return NestedConnections.load(env, "Organization.crossBorderProjects", organization.getId(), filter,
				Ordering.chosen(orderBy, filter, CrossBorderProjectOrder.RELEVANCE, CrossBorderProjectOrder.DEFAULT));
	}

	@BatchMapping
	Map<CrossBorderProject, List<ProjectParticipant>> participants(List<CrossBorderProject> projects) {
		return Batches.byParent(projects, this.projects::participantsByProject, List.of());
	}

	@BatchMapping
	Map<CrossBorderProject, Jurisdiction> leadJurisdiction(List<CrossBorderProject> projects) {
		return Batches.byParent(projects, this.projects::leadJurisdictionByProject, null);
	}

	@BatchMapping
	Map<CrossBorderProject, List<Investment>> investments(List<CrossBorderProject> projects) {
		return Batches.byParent(projects, this.projects::investmentsByProject, List.of());
	}

	@BatchMapping
	Map<CrossBorderProject, List<Money>> investmentTotals(List<CrossBorderProject> projects) {
		return Batches.byParent(projects, this.projects::investmentTotalsByProject, List.of());
	}

	/**
	 * The sums per currency of a page of projects, converted in one batch (see
	 * {@link MoneyTotals}).
	 */
	@SchemaMapping
	CompletableFuture<Total> investmentTotal(CrossBorderProject project, @Argument @Nullable CurrencyCode currency,
			@Argument @Nullable LocalDate on, DataFetchingEnvironment env) {
		return MoneyTotals.load(env, INVESTMENT_TOTAL, project.getId(), MoneyTotals.currency(currency, env),
				MoneyTotals.date(on, this.clock));
	}

	@BatchMapping
	Map<CrossBorderProject, List<Milestone>> milestones(List<CrossBorderProject> projects) {
		return Batches.byParent(projects, this.projects::milestonesByProject, List.of());
	}

	@Bean
	static RuntimeWiringConfigurer crossBorderProjectReferences() {
		return Reference.fields("CrossBorderProject",
				Reference.field("sector", Sector.class, CrossBorderProject::getSectorId),
				Reference.field("city", City.class, CrossBorderProject::getCityId));
	}

	@Bean
	static RuntimeWiringConfigurer projectParticipantReferences() {
		return Reference.fields("ProjectParticipant",
				Reference.field("organization", Organization.class, ProjectParticipant::getOrganizationId));
	}

	@Bean
	static RuntimeWiringConfigurer investmentReferences() {
		return Reference.fields("Investment",
				Reference.field("project", CrossBorderProject.class, Investment::getProjectId),
				Reference.field("investor", Organization.class, Investment::getInvestorId));
	}

	@Bean
	static RuntimeWiringConfigurer milestoneReferences() {
		return Reference.fields("Milestone",
				Reference.field("project", CrossBorderProject.class, Milestone::getProjectId));
	}

	@Bean
	static NodeLoader<CrossBorderProject> crossBorderProjectNodeLoader(CrossBorderProjects projects) {
		return NodeLoader.of("CrossBorderProject", projects::findAll);
	}

	@Bean
	static NodeLoader<Investment> investmentNodeLoader(CrossBorderProjects projects) {
		return NodeLoader.of("Investment", projects::findInvestments);
	}

	@Bean
	static NodeLoader<Milestone> milestoneNodeLoader(CrossBorderProjects projects) {
		return NodeLoader.of("Milestone", projects::findMilestones);
	}

}
