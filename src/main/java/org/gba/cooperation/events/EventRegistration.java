package org.gba.cooperation.events;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.gba.cooperation.shared.BaseEntity;

/** An organisation's registration for an event. */
@Entity
@Table(name = "event_registration")
public class EventRegistration extends BaseEntity {

	@Column(name = "event_id")
	private long eventId;

	@Column(name = "organization_id")
	private long organizationId;

	@Enumerated(EnumType.STRING)
	private RegistrationStatus status;

	private Instant registeredAt;

	protected EventRegistration() {
		this.status = RegistrationStatus.REGISTERED;
		this.registeredAt = Instant.EPOCH;
	}

	EventRegistration(long eventId, long organizationId, Instant registeredAt) {
		this.eventId = eventId;
		this.organizationId = organizationId;
		this.status = RegistrationStatus.REGISTERED;
		this.registeredAt = registeredAt;
	}

	/** Registers again after a withdrawal: the registration counts from now. */
	void renew(Instant registeredAt) {
		this.status = RegistrationStatus.REGISTERED;
		this.registeredAt = registeredAt;
	}

	void withdraw() {
		this.status = RegistrationStatus.WITHDRAWN;
	}

	public long getEventId() {
		return this.eventId;
	}

	public long getOrganizationId() {
		return this.organizationId;
	}

	public RegistrationStatus getStatus() {
		return this.status;
	}

	public Instant getRegisteredAt() {
		return this.registeredAt;
	}

}
