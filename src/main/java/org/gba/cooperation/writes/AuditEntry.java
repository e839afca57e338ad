package org.gba.cooperation.writes;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.gba.cooperation.shared.BaseEntity;
import org.jspecify.annotations.Nullable;

/**
 * One change of one object by one mutation: who, when, which action, what changed. Never
 * updated.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends BaseEntity {

	private Instant occurredAt;

	private String subject;

	@Column(name = "organization_id")
	private @Nullable Long organizationId;

	private String objectType;

	private long objectId;

	private String action;

	/** A JSON array of {@code {"field", "before", "after"}}. */
	private String changes;

	protected AuditEntry() {
		this.occurredAt = Instant.EPOCH;
		this.subject = "";
		this.objectType = "";
		this.action = "";
		this.changes = "[]";
	}

	AuditEntry(Instant occurredAt, String subject, @Nullable Long organizationId, String objectType, long objectId,
			String action, String changes) {
		this.occurredAt = occurredAt;
		this.subject = subject;
		this.organizationId = organizationId;
		this.objectType = objectType;
		this.objectId = objectId;
		this.action = action;
		this.changes = changes;
	}

	public Instant getOccurredAt() {
		return this.occurredAt;
	}

	public String getSubject() {
		return this.subject;
	}

	public @Nullable Long getOrganizationId() {
		return this.organizationId;
	}

	public String getObjectType() {
		return this.objectType;
	}

	public long getObjectId() {
		return this.objectId;
	}

	public String getAction() {
		return this.action;
	}

	public String getChanges() {
		return this.changes;
	}

}
