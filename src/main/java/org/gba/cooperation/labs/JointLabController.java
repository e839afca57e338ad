package org.gba.cooperation.labs;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import org.gba.cooperation.organizations.Organization;
import org.gba.cooperation.reference.City;
import org.gba.cooperation.reference.Sector;
import org.gba.cooperation.shared.Batches;
import org.gba.cooperation.shared.Jurisdiction;
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

	@BatchMapping
	Map<JointLab, List<JointLabMember>> members(List<JointLab> labs) {
		return Batches.byParent(labs, this.jointLabs::membersByLab, List.of());
	}

	@BatchMapping
	Map<JointLab, List<Jurisdiction>> memberJurisdictions(List<JointLab> labs) {
		return Batches.byParent(labs, this.jointLabs::memberJurisdictionsByLab, List.of());
	}

	@Bean
	static RuntimeWiringConfigurer jointLabReferences() {
		return Reference.fields("JointLab", Reference.field("sector", Sector.class, JointLab::getSectorId),
				Reference.field("hostCity", City.class, JointLab::getHostCityId));
	}

	@Bean
	static RuntimeWiringConfigurer jointLabMemberReferences() {
		return Reference.fields("JointLabMember",
				Reference.field("organization", Organization.class, JointLabMember::getOrganizationId));
	}

	@Bean
	static NodeLoader<JointLab> jointLabNodeLoader(JointLabs jointLabs) {
		return NodeLoader.of("JointLab", jointLabs::findAll);
	}

}
