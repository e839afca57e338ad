package org.gba.cooperation.organizations;

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

/** The public API of this module: organisations by ID, in batches, and in pages. */
@Service
@Transactional(readOnly = true)
public class Organizations {

	private final OrganizationRepository repository;

	private final KeysetPaginator paginator;

	Organizations(OrganizationRepository repository, KeysetPaginator paginator) {
		this.repository = repository;
		this.paginator = paginator;
	}

	public Optional<Organization> findById(long id) {
		return this.repository.findById(id);
	}

	public List<Organization> findAll(Collection<Long> ids) {
		return this.repository.findAllById(ids);
	}

	public Map<Long, Organization> byId(Collection<Long> ids) {
		return findAll(ids).stream().collect(Collectors.toMap(Organization::getId, Function.identity()));
	}

	KeysetConnection<Organization> page(Filter<Organization> filter, OrganizationOrder order, PageRequest page) {
		return this.paginator.page(Organization.class, filter, order.sortKey(), order.direction(), page);
	}

}
