package org.gba.cooperation.organizations;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.gba.cooperation.shared.paging.VisibleRecords;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The public API of this module: organisations by ID, in batches, and in pages. */
@Service
@Transactional(readOnly = true)
public class Organizations {

	private final VisibleRecords records;

	Organizations(VisibleRecords records) {
		this.records = records;
	}

	public Optional<Organization> findById(long id) {
		return this.records.findById(Organization.class, id);
	}

	public List<Organization> findAll(Collection<Long> ids) {
		return this.records.findAll(Organization.class, ids);
	}

	public Map<Long, Organization> byId(Collection<Long> ids) {
		return findAll(ids).stream().collect(Collectors.toMap(Organization::getId, Function.identity()));
	}


}
