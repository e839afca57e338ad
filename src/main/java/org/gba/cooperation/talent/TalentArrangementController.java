package org.gba.cooperation.talent;

import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import org.gba.cooperation.labs.JointLab;
import org.gba.cooperation.organizations.Organization;
import org.gba.cooperation.people.Person;
import org.gba.cooperation.projects.CrossBorderProject;
import org.gba.cooperation.shared.NodeLoader;
import org.gba.cooperation.shared.Reference;
import org.gba.cooperation.shared.paging.KeysetConnection;
import org.gba.cooperation.shared.paging.NestedConnections;
import org.gba.cooperation.shared.paging.Ordering;
import org.gba.cooperation.shared.paging.ParentLink;
import org.gba.cooperation.shared.paging.VisibleRecords;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Controller;

/**
 * Talent arrangement queries and fields, and the {@code talentArrangements} connections
 * of organisations, people, joint labs and projects.
 */
@Controller
class TalentArrangementController {

	private final TalentArrangements arrangements;

	private final VisibleRecords records;

	TalentArrangementController(TalentArrangements arrangements, VisibleRecords records, BatchLoaderRegistry registry) {
		this.arrangements = arrangements;
		this.records = records;
		NestedConnections.register(registry, "Organization.talentArrangements", records, TalentArrangement.class,
				Organization.class, ParentLink.column(
						(arrangement) -> arrangement.get(TalentArrangement_.hostOrganizationId), "hostOrganizationId"));
		NestedConnections.register(registry, "Person.talentArrangements", records, TalentArrangement.class,
				Person.class,
				ParentLink.column((arrangement) -> arrangement.get(TalentArrangement_.personId), "personId"));
		NestedConnections.register(registry, "JointLab.talentArrangements", records, TalentArrangement.class,
				JointLab.class,
				ParentLink.column((arrangement) -> arrangement.get(TalentArrangement_.jointLabId), "jointLabId"));
		NestedConnections.register(registry, "CrossBorderProject.talentArrangements", records, TalentArrangement.class,
				CrossBorderProject.class,
				ParentLink.column((arrangement) -> arrangement.get(TalentArrangement_.projectId), "projectId"));
	}

	@QueryMapping
	KeysetConnection<TalentArrangement> talentArrangements(@Argument @Nullable TalentArrangementFilter filter,
			@Argument @Nullable TalentArrangementOrder orderBy, DataFetchingEnvironment env) {
		return this.records.page(TalentArrangement.class, filter,
				Ordering.chosen(orderBy, filter, TalentArrangementOrder.RELEVANCE, TalentArrangementOrder.DEFAULT),
				env);
	}

	@QueryMapping
	@Nullable TalentArrangement talentArrangement(@Argument String id) {
		return this.records.findByGlobalId(TalentArrangement.class, id).orElse(null);
	}

	@SchemaMapping(typeName = "Organization", field = "talentArrangements")
	CompletableFuture<KeysetConnection<TalentArrangement>> hostedArrangements(Organization host,
			@Argument @Nullable TalentArrangementFilter filter, @Argument @Nullable TalentArrangementOrder orderBy,
			DataFetchingEnvironment env) {
		return nested(env, "Organization.talentArrangements", host.getId(), filter, orderBy);
	}

	@SchemaMapping(typeName = "Person", field = "talentArrangements")
	CompletableFuture<KeysetConnection<TalentArrangement>> personArrangements(Person person,
			@Argument @Nullable TalentArrangementFilter filter, @Argument @Nullable TalentArrangementOrder orderBy,
			DataFetchingEnvironment env) {
		return nested(env, "Person.talentArrangements", person.getId(), filter, orderBy);
	}

	@SchemaMapping(typeName = "JointLab", field = "talentArrangements")
	CompletableFuture<KeysetConnection<TalentArrangement>> labArrangements(JointLab lab,
			@Argument @Nullable TalentArrangementFilter filter, @Argument @Nullable TalentArrangementOrder orderBy,
			DataFetchingEnvironment env) {
		return nested(env, "JointLab.talentArrangements", lab.getId(), filter, orderBy);
	}

	@SchemaMapping(typeName = "CrossBorderProject", field = "talentArrangements")
	CompletableFuture<KeysetConnection<TalentArrangement>> projectArrangements(CrossBorderProject project,
			@Argument @Nullable TalentArrangementFilter filter, @Argument @Nullable TalentArrangementOrder orderBy,
			DataFetchingEnvironment env) {
		return nested(env, "CrossBorderProject.talentArrangements", project.getId(), filter, orderBy);
	}

	private static CompletableFuture<KeysetConnection<TalentArrangement>> nested(DataFetchingEnvironment env,
			String field, long parentId, @Nullable TalentArrangementFilter filter,
			@Nullable TalentArrangementOrder orderBy) {
		return NestedConnections.load(env, field, parentId, filter,
				Ordering.chosen(orderBy, filter, TalentArrangementOrder.RELEVANCE, TalentArrangementOrder.DEFAULT));
	}

	@Bean
	static RuntimeWiringConfigurer talentArrangementReferences() {
		return Reference.fields("TalentArrangement",
				Reference.field("person", Person.class, TalentArrangement::getPersonId),
				Reference.field("host", Organization.class, TalentArrangement::getHostOrganizationId),
				Reference.field("jointLab", JointLab.class, TalentArrangement::getJointLabId),
				Reference.field("project", CrossBorderProject.class, TalentArrangement::getProjectId));
	}

	@Bean
	static NodeLoader<TalentArrangement> talentArrangementNodeLoader(TalentArrangements arrangements) {
		return NodeLoader.of("TalentArrangement", arrangements::findAll);
	}

}
