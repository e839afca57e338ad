package org.gba.cooperation.talent;

import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import org.gba.cooperation.labs.JointLab;
import org.gba.cooperation.organizations.Organization;
import org.gba.cooperation.people.Person;
import org.gba.cooperation.projects.CrossBorderProject;
import org.gba.cooperation.shared.GlobalId;
import org.gba.cooperation.shared.NodeLoader;
import org.gba.cooperation.shared.paging.Filter;
import org.gba.cooperation.shared.paging.KeysetConnection;
import org.gba.cooperation.shared.paging.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Talent arrangement queries and fields, and the {@code talentArrangements} connections of
 * organisations, people, joint labs and projects.
 */
@Controller
class TalentArrangementController {

	private final TalentArrangements arrangements;

	TalentArrangementController(TalentArrangements arrangements) {
		this.arrangements = arrangements;
	}

	@QueryMapping
	KeysetConnection<TalentArrangement> talentArrangements(@Argument @Nullable TalentArrangementFilter filter,
			@Argument @Nullable TalentArrangementOrder orderBy, DataFetchingEnvironment env) {
		return page(Filter.none(), filter, orderBy, env);
	}

	@QueryMapping
	@Nullable TalentArrangement talentArrangement(@Argument String id) {
		return this.arrangements.findById(GlobalId.decode(id, "TalentArrangement")).orElse(null);
	}

	@SchemaMapping(typeName = "Organization", field = "talentArrangements")
	KeysetConnection<TalentArrangement> hostedArrangements(Organization host,
			@Argument @Nullable TalentArrangementFilter filter, @Argument @Nullable TalentArrangementOrder orderBy,
			DataFetchingEnvironment env) {
		return page(scope("hostOrganizationId", host.getId()), filter, orderBy, env);
	}

	@SchemaMapping(typeName = "Person", field = "talentArrangements")
	KeysetConnection<TalentArrangement> personArrangements(Person person,
			@Argument @Nullable TalentArrangementFilter filter, @Argument @Nullable TalentArrangementOrder orderBy,
			DataFetchingEnvironment env) {
		return page(scope("personId", person.getId()), filter, orderBy, env);
	}

	@SchemaMapping(typeName = "JointLab", field = "talentArrangements")
	KeysetConnection<TalentArrangement> labArrangements(JointLab lab,
			@Argument @Nullable TalentArrangementFilter filter, @Argument @Nullable TalentArrangementOrder orderBy,
			DataFetchingEnvironment env) {
		return page(scope("jointLabId", lab.getId()), filter, orderBy, env);
	}

	@SchemaMapping(typeName = "CrossBorderProject", field = "talentArrangements")
	KeysetConnection<TalentArrangement> projectArrangements(CrossBorderProject project,
			@Argument @Nullable TalentArrangementFilter filter, @Argument @Nullable TalentArrangementOrder orderBy,
			DataFetchingEnvironment env) {
		return page(scope("projectId", project.getId()), filter, orderBy, env);
	}

	@SchemaMapping
	CompletableFuture<Person> person(TalentArrangement arrangement, DataLoader<Long, Person> people) {
		return people.load(arrangement.getPersonId());
	}

	@SchemaMapping
	CompletableFuture<Organization> host(TalentArrangement arrangement, DataLoader<Long, Organization> organizations) {
		return organizations.load(arrangement.getHostOrganizationId());
	}

	@SchemaMapping
	@Nullable CompletableFuture<JointLab> jointLab(TalentArrangement arrangement, DataLoader<Long, JointLab> labs) {
		return (arrangement.getJointLabId() != null) ? labs.load(arrangement.getJointLabId()) : null;
	}

	@SchemaMapping
	@Nullable CompletableFuture<CrossBorderProject> project(TalentArrangement arrangement,
			DataLoader<Long, CrossBorderProject> projects) {
		return (arrangement.getProjectId() != null) ? projects.load(arrangement.getProjectId()) : null;
	}

	private static Filter<TalentArrangement> scope(String attribute, long id) {
		return (where) -> where.equal(attribute, id);
	}

	private KeysetConnection<TalentArrangement> page(Filter<TalentArrangement> scope,
			@Nullable TalentArrangementFilter filter, @Nullable TalentArrangementOrder orderBy,
			DataFetchingEnvironment env) {
		Filter<TalentArrangement> where = (filter != null) ? scope.and(filter.toFilter()) : scope;
		return this.arrangements.page(where, (orderBy != null) ? orderBy : TalentArrangementOrder.DEFAULT,
				PageRequest.from(env.getArguments()));
	}

	@Bean
	static NodeLoader<TalentArrangement> talentArrangementNodeLoader(TalentArrangements arrangements) {
		return NodeLoader.of("TalentArrangement", arrangements::findAll);
	}

}
