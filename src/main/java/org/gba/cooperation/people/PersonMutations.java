package org.gba.cooperation.people;

import org.gba.cooperation.people.PersonInputs.ArchivePersonInput;
import org.gba.cooperation.people.PersonInputs.CreatePersonInput;
import org.gba.cooperation.people.PersonInputs.UpdatePersonInput;
import org.gba.cooperation.writes.Payload;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/**
 * The person mutations (validation of the inputs happens in {@code Mutations}, into user
 * errors).
 */
@Controller
class PersonMutations {

	private final PersonWrites writes;

	PersonMutations(PersonWrites writes) {
		this.writes = writes;
	}

	@MutationMapping
	Payload<Person> createPerson(@Argument CreatePersonInput input) {
		return this.writes.create(input);
	}

	@MutationMapping
	Payload<Person> updatePerson(@Argument UpdatePersonInput input) {
		return this.writes.update(input);
	}

	@MutationMapping
	Payload<Person> archivePerson(@Argument ArchivePersonInput input) {
		return this.writes.archive(input);
	}

}
