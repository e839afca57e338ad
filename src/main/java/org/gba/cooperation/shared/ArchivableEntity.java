package org.gba.cooperation.shared;

import java.time.Instant;

import jakarta.persistence.MappedSuperclass;

import org.gba.cooperation.shared.search.SearchFields;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.jspecify.annotations.Nullable;

/**
 * An aggregate that is archived, never deleted: other records keep referring to it.
 * Archived ones are hidden from every caller but coordinators, and refuse changes.
 */
@MappedSuperclass
public abstract class ArchivableEntity extends BaseEntity {

	private @Nullable Instant archivedAt;

	public @Nullable Instant getArchivedAt() {
		return this.archivedAt;
	}

	@GenericField(name = SearchFields.ARCHIVED)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "archivedAt")))
	public boolean isArchived() {
		return this.archivedAt != null;
	}

	public void archive(Instant when) {
		this.archivedAt = when;
	}

}
