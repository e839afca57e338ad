package org.gba.cooperation.shared;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;

import org.gba.cooperation.shared.search.SearchFields;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.jspecify.annotations.Nullable;

/**
 * What every mutable row has: a database-generated ID, an optimistic-locking version, and
 * creation and update instants (UTC).
 */
@MappedSuperclass
public abstract class BaseEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@GenericField(name = SearchFields.ROW_ID, sortable = Sortable.YES)
	private @Nullable Long id;

	@Version
	@Column(nullable = false)
	private long version;

	@Column(name = "created_at", nullable = false, updatable = false)
	private @Nullable Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private @Nullable Instant updatedAt;

	/** The database ID; set once the entity is persisted. */
	public Long getId() {
		if (this.id == null) {
			throw new IllegalStateException("Entity not persisted yet");
		}
		return this.id;
	}

	public long getVersion() {
		return this.version;
	}

	public Instant getCreatedAt() {
		return Objects.requireNonNull(this.createdAt, "Entity not persisted yet");
	}

	public Instant getUpdatedAt() {
		return Objects.requireNonNull(this.updatedAt, "Entity not persisted yet");
	}

	/**
	 * Marks the entity changed even when only its parts (members, participants...)
	 * changed, so that its version moves on and a client holding the old version gets
	 * STALE_VERSION.
	 */
	public void touch() {
		this.updatedAt = now();
	}

	@PrePersist
	void onCreate() {
		Instant now = now();
		this.createdAt = now;
		this.updatedAt = now;
	}

	@PreUpdate
	void onUpdate() {
		this.updatedAt = now();
	}

	/**
	 * Microseconds, as DATETIME(6) keeps them: what a client reads back is what it was
	 * answered.
	 */
	private static Instant now() {
		return Instant.now().truncatedTo(ChronoUnit.MICROS);
	}

}
