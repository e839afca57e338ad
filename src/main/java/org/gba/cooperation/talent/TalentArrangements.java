package org.gba.cooperation.talent;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.gba.cooperation.shared.jpa.ReadOnlyQueries;
import org.gba.cooperation.shared.paging.VisibleRecords;
import org.springframework.stereotype.Service;

/** The public API of this module: talent arrangements by ID, in batches and in pages. */
@Service
@ReadOnlyQueries
public class TalentArrangements {

	private final VisibleRecords records;

	TalentArrangements(VisibleRecords records) {
		this.records = records;
	}

	public Optional<TalentArrangement> findById(long id) {
		return this.records.findById(TalentArrangement.class, id);
	}

	public List<TalentArrangement> findAll(Collection<Long> ids) {
		return this.records.findAll(TalentArrangement.class, ids);
	}

}
