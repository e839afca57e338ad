package org.gba.cooperation.shared.search;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * One searchable text of a record, in its normal form (read in queries only;
 * {@link SearchIndexWriter} writes them).
 */
@Entity
@Immutable
@Table(name = "search_text")
public class SearchText {

	@Id
	private Long id = 0L;

	@Column(name = "entity_type")
	private String entityType = "";

	@Column(name = "entity_id")
	private Long entityId = 0L;

	@Column(name = "normal_text")
	private String normalText = "";

	protected SearchText() {
	}

}
