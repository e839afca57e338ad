package org.gba.cooperation.people;

import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import org.gba.cooperation.organizations.Organization;
import org.gba.cooperation.reference.Sector;
import org.gba.cooperation.shared.LocalizedMessage;
import org.gba.cooperation.shared.NodeLoader;
import org.gba.cooperation.shared.Reference;
import org.gba.cooperation.shared.access.ForbiddenException;
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
import reactor.core.publisher.Mono;

/** Person queries and fields, and {@code Organization.people}. */
@Controller
class PersonController {

	private final People people;

	private final VisibleRecords records;

	PersonController(People people, VisibleRecords records, BatchLoaderRegistry registry) {
		this.people = people;
		this.records = records;
		NestedConnections.register(registry, "Organization.people", records, Person.class, Organization.class,
				ParentLink.column((person) -> person.get(Person_.affiliationId), "affiliationId"));
		registry.forTypePair(Long.class, Person.class)
			.registerMappedBatchLoader((ids, env) -> Mono.fromCallable(() -> people.byId(ids)));
		registry.forTypePair(Person.class, ContactDetails.class)
			.registerMappedBatchLoader((persons, env) -> Mono.fromCallable(() -> people.contactDetails(persons)));
	}

	@QueryMapping
	KeysetConnection<Person> people(@Argument @Nullable PersonFilter filter, @Argument @Nullable PersonOrder orderBy,
			DataFetchingEnvironment env) {
		return this.records.page(Person.class, filter,
				Ordering.chosen(orderBy, filter, PersonOrder.RELEVANCE, PersonOrder.DEFAULT), env);
	}

	@QueryMapping
	@Nullable Person person(@Argument String id) {
		return this.records.findByGlobalId(Person.class, id).orElse(null);
	}

	@SchemaMapping(typeName = "Organization", field = "people")
	CompletableFuture<KeysetConnection<Person>> affiliatedPeople(Organization organization,
			@Argument @Nullable PersonFilter filter, @Argument @Nullable PersonOrder orderBy,
			DataFetchingEnvironment env) {
		return NestedConnections.load(env, "Organization.people", organization.getId(), filter,
				Ordering.chosen(orderBy, filter, PersonOrder.RELEVANCE, PersonOrder.DEFAULT));
	}

	@SchemaMapping
	CompletableFuture<@Nullable String> email(Person person, DataLoader<Person, ContactDetails> contactDetails) {
		return contactDetails.load(person).thenApply((details) -> readable(details).email());
	}

	@SchemaMapping
	CompletableFuture<@Nullable String> phone(Person person, DataLoader<Person, ContactDetails> contactDetails) {
		return contactDetails.load(person).thenApply((details) -> readable(details).phone());
	}

	private static ContactDetails readable(@Nullable ContactDetails details) {
		if (details == null) {
			throw new ForbiddenException(LocalizedMessage.of("person.contactDetailsForbidden"));
		}
		return details;
	}

	@Bean
	static RuntimeWiringConfigurer personReferences() {
		return Reference.fields("Person", Reference.field("affiliation", Organization.class, Person::getAffiliationId),
				Reference.field("expertise", Sector.class, Person::getExpertiseSectorId));
	}

	@Bean
	static NodeLoader<Person> personNodeLoader(People people) {
		return NodeLoader.of("Person", people::findAll);
	}

}
