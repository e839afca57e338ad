package org.gba.cooperation.people;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.gba.cooperation.shared.access.AccessRules;
import org.gba.cooperation.shared.jpa.ReadOnlyQueries;
import org.gba.cooperation.shared.paging.VisibleRecords;
import org.springframework.stereotype.Service;

/** The public API of this module: people by ID, in batches, and in pages. */
@Service
@ReadOnlyQueries
public class People {

	private final VisibleRecords records;

	private final AccessRules accessRules;

	People(VisibleRecords records, AccessRules accessRules) {
		this.records = records;
		this.accessRules = accessRules;
	}

	public Optional<Person> findById(long id) {
		return this.records.findById(Person.class, id);
	}

	public List<Person> findAll(Collection<Long> ids) {
		return this.records.findAll(Person.class, ids);
	}

	/** The people a record the caller sees refers to, by ID: archived ones included. */
	public Map<Long, Person> byId(Collection<Long> ids) {
		return this.records.mapReferencedById(Person.class, ids);
	}

	/**
	 * The contact details of those of these people the caller may read them of; the
	 * others are absent.
	 */
	Map<Person, ContactDetails> contactDetails(Collection<Person> people) {
		Set<Long> readable = this.accessRules
			.contactDetailsReadable(people.stream().map(Person::getId).collect(Collectors.toSet()));
		Map<Person, ContactDetails> details = new HashMap<>();
		for (Person person : people) {
			if (readable.contains(person.getId())) {
				details.put(person, new ContactDetails(person.getEmail(), person.getPhone()));
			}
		}
		return details;
	}

}
