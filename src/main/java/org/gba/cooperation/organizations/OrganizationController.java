package org.gba.cooperation.organizations;

import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import org.gba.cooperation.reference.City;
import org.gba.cooperation.reference.Sector;
import org.gba.cooperation.shared.NodeLoader;
import org.gba.cooperation.shared.paging.KeysetConnection;
import org.gba.cooperation.shared.paging.Ordering;
import org.gba.cooperation.shared.paging.VisibleRecords;
import org.gba.cooperation.writes.AuditEntry;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
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

	@SchemaMapping
	CompletableFuture<City> city(Organization organization, DataLoader<Long, City> cities) {
		return cities.load(organization.getCityId());
	}

	@SchemaMapping
	@Nullable CompletableFuture<Sector> sector(Organization organization, DataLoader<Long, Sector> sectors) {
		return (organization.getSectorId() != null) ? sectors.load(organization.getSectorId()) : null;
	}

	@SchemaMapping(typeName = "AuditEntry", field = "organization")
	@Nullable CompletableFuture<Organization> auditedFor(AuditEntry entry, DataLoader<Long, Organization> organizations) {
		return (entry.getOrganizationId() != null) ? organizations.load(entry.getOrganizationId()) : null;
	}

	@Bean
	static NodeLoader<Organization> organizationNodeLoader(Organizations organizations) {
		return NodeLoader.of("Organization", organizations::findAll);
	}

}
