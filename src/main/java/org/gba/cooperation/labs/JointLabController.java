package org.gba.cooperation.labs;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import org.gba.cooperation.organizations.Organization;
import org.gba.cooperation.reference.City;
import org.gba.cooperation.reference.Sector;
import org.gba.cooperation.shared.Batches;
import org.gba.cooperation.shared.Jurisdiction;
import org.gba.cooperation.shared.NodeLoader;
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
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/** Joint lab queries and fields, and {@code Organization.jointLabs}. */
@Controller
class JointLabController {

	private final JointLabs jointLabs;

	private final VisibleRecords records;

	JointLabController(JointLabs jointLabs, VisibleRecords records, BatchLoaderRegistry registry) {
		this.jointLabs = jointLabs;
		this.records = records;
		NestedConnections.register(registry, "Organization.jointLabs", records, JointLab.class, Organization.class,
				JointLabFilter.MEMBER_OF);
		registry.forTypePair(Long.class, JointLab.class)
			.registerMappedBatchLoader((ids, env) -> Mono.fromCallable(() -> jointLabs.byId(ids)));
	}

	@QueryMapping
	KeysetConnection<JointLab> jointLabs(@Argument @Nullable JointLabFilter filter,
			@Argument @Nullable JointLabOrder orderBy, DataFetchingEnvironment env) {
		return this.records.page(JointLab.class, filter,
				Ordering.chosen(orderBy, filter, JointLabOrder.RELEVANCE, JointLabOrder.DEFAULT), env);
	}

	@QueryMapping
	@Nullable JointLab jointLab(@Argument String id) {
		return this.records.findByGlobalId(JointLab.class, id).orElse(null);
	}

	@SchemaMapping(typeName = "Organization", field = "jointLabs")
	CompletableFuture<KeysetConnection<JointLab>> organizationJointLabs(Organization organization,
			@Argument @Nullable JointLabFilter filter, @Argument @Nullable JointLabOrder orderBy,
			DataFetchingEnvironment env) {
		return NestedConnections.load(env, "Organization.jointLabs", organization.getId(), filter,
				Ordering.chosen(orderBy, filter, JointLabOrder.RELEVANCE, JointLabOrder.DEFAULT));
	}

	@SchemaMapping
	CompletableFuture<Sector> sector(JointLab lab, DataLoader<Long, Sector> sectors) {
		return sectors.load(lab.getSectorId());
	}

	@SchemaMapping
	CompletableFuture<City> hostCity(JointLab lab, DataLoader<Long, City> cities) {
		return cities.load(lab.getHostCityId());
	}

	@BatchMapping
	Map<JointLab, List<JointLabMember>> members(List<JointLab> labs) {
		return Batches.byParent(labs, this.jointLabs::membersByLab, List.of());
	}

	@BatchMapping
	Map<JointLab, List<Jurisdiction>> memberJurisdictions(List<JointLab> labs) {
		return Batches.byParent(labs, this.jointLabs::memberJurisdictionsByLab, List.of());
	}

	@SchemaMapping
	CompletableFuture<Organization> organization(JointLabMember member, DataLoader<Long, Organization> organizations) {
		return organizations.load(member.getOrganizationId());
	}

	@Bean
	static NodeLoader<JointLab> jointLabNodeLoader(JointLabs jointLabs) {
		return NodeLoader.of("JointLab", jointLabs::findAll);
	}

}
