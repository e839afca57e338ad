package org.gba.cooperation.events;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.gba.cooperation.shared.BaseEntity;

/** An organiser of an event. */
@Entity
@Table(name = "event_organizer")
public class EventOrganizer extends BaseEntity {

	@Column(name = "event_id")
	private long eventId;

	@Column(name = "organization_id")
	private long organizationId;

	@Enumerated(EnumType.STRING)
	private OrganizerRole role;

	protected EventOrganizer() {
		this.role = OrganizerRole.SUPPORTER;
	}

	EventOrganizer(long eventId, long organizationId, OrganizerRole role) {
		this.eventId = eventId;
		this.organizationId = organizationId;
		this.role = role;
	}

	public long getEventId() {
		return this.eventId;
	}

	public long getOrganizationId() {
		return this.organizationId;
	}

	public OrganizerRole getRole() {
		return this.role;
	}

}
