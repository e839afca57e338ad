package org.gba.cooperation.events;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/** A sector an event seeks investment for: an immutable link row. */
@Entity
@Table(name = "event_sector")
public class EventTargetSector {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(name = "event_id")
	private long eventId;

	@Column(name = "sector_id")
	private long sectorId;

	protected EventTargetSector() {
	}

	EventTargetSector(long eventId, long sectorId) {
		this.eventId = eventId;
		this.sectorId = sectorId;
	}

	long getEventId() {
		return this.eventId;
	}

	long getSectorId() {
		return this.sectorId;
	}

}
