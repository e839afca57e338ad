package org.gba.cooperation.shared.search;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * One gram of a record's searchable texts (read in queries only;
 * {@link SearchIndexWriter} writes them).
 */
@Entity
@Immutable
@Table(name = "search_token")
public class SearchToken {

	@Id
	private Long id = 0L;

	@Column(name = "entity_type")
	private String entityType = "";

	@Column(name = "entity_id")
	private Long entityId = 0L;

	private String token = "";

	protected SearchToken() {
	}

}
