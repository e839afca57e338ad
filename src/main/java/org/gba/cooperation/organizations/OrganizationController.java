package org.gba.cooperation.organizations;

import graphql.schema.DataFetchingEnvironment;
import org.gba.cooperation.reference.City;
import org.gba.cooperation.reference.Sector;
import org.gba.cooperation.shared.NodeLoader;
import org.gba.cooperation.shared.Reference;
import org.gba.cooperation.shared.paging.KeysetConnection;
import org.gba.cooperation.shared.paging.Ordering;
import org.gba.cooperation.shared.paging.VisibleRecords;
import org.gba.cooperation.writes.AuditEntry;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * Organisation queries and fields. Registers {@code DataLoader<Long, Organization>},
 * through which the other modules resolve their organisations in batches.
 */
@Controller
class OrganizationController {

	private final Organizations organizations;

	private final VisibleRecords records;

	OrganizationController(Organizations organizations, VisibleRecords records, BatchLoaderRegistry registry) {
		this.organizations = organizations;
		this.records = records;
		registry.forTypePair(Long.class, Organization.class)
			.registerMappedBatchLoader((ids, env) -> Mono.fromCallable(() -> organizations.byId(ids)));
	}

	@QueryMapping
	KeysetConnection<Organization> organizations(@Argument @Nullable OrganizationFilter filter,
			@Argument @Nullable OrganizationOrder orderBy, DataFetchingEnvironment env) {
		return this.records.page(Organization.class, filter,
				Ordering.chosen(orderBy, filter, OrganizationOrder.RELEVANCE, OrganizationOrder.DEFAULT), env);
	}

	@QueryMapping
	@Nullable Organization organization(@Argument String id) {
		return this.records.findByGlobalId(Organization.class, id).orElse(null);
	}

	@Bean
	static RuntimeWiringConfigurer organizationReferences() {
		return Reference.fields("Organization", Reference.field("city", City.class, Organization::getCityId),
				Reference.field("sector", Sector.class, Organization::getSectorId));
	}

	@Bean
	static RuntimeWiringConfigurer auditEntryReferences() {
		return Reference.fields("AuditEntry",
				Reference.field("organization", Organization.class, AuditEntry::getOrganizationId));
	}

	@Bean
	static NodeLoader<Organization> organizationNodeLoader(Organizations organizations) {
		return NodeLoader.of("Organization", organizations::findAll);
	}

}
