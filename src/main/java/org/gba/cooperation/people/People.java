package org.gba.cooperation.people;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.gba.cooperation.shared.paging.Filter;
import org.gba.cooperation.shared.paging.KeysetConnection;
import org.gba.cooperation.shared.paging.KeysetPaginator;
import org.gba.cooperation.shared.paging.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The public API of this module: people by ID, in batches, and in pages. */
@Service
@Transactional(readOnly = true)
public class People {

	private final PersonRepository repository;

	private final KeysetPaginator paginator;

	People(PersonRepository repository, KeysetPaginator paginator) {
		this.repository = repository;
		this.paginator = paginator;
	}

	public Optional<Person> findById(long id) {
		return this.repository.findById(id);
	}

	public List<Person> findAll(Collection<Long> ids) {
		return this.repository.findAllById(ids);
	}

	public Map<Long, Person> byId(Collection<Long> ids) {
		return findAll(ids).stream().collect(Collectors.toMap(Person::getId, Function.identity()));
	}

	KeysetConnection<Person> page(Filter<Person> filter, PersonOrder order, PageRequest page) {
		return this.paginator.page(Person.class, filter, order.sortKey(), order.direction(), page);
	}

}
