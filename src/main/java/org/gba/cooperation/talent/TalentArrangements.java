package org.gba.cooperation.talent;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.gba.cooperation.shared.paging.Filter;
import org.gba.cooperation.shared.paging.KeysetConnection;
import org.gba.cooperation.shared.paging.KeysetPaginator;
import org.gba.cooperation.shared.paging.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The public API of this module: talent arrangements by ID, in batches and in pages. */
@Service
@Transactional(readOnly = true)
public class TalentArrangements {

	private final TalentArrangementRepository repository;

	private final KeysetPaginator paginator;

	TalentArrangements(TalentArrangementRepository repository, KeysetPaginator paginator) {
		this.repository = repository;
		this.paginator = paginator;
	}

	public Optional<TalentArrangement> findById(long id) {
		return this.repository.findById(id);
	}

	public List<TalentArrangement> findAll(Collection<Long> ids) {
		return this.repository.findAllById(ids);
	}

	KeysetConnection<TalentArrangement> page(Filter<TalentArrangement> filter, TalentArrangementOrder order,
			PageRequest page) {
		return this.paginator.page(TalentArrangement.class, filter, order.sortKey(), order.direction(), page);
	}

}
