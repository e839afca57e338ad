package org.gba.cooperation.events;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.gba.cooperation.shared.ArchivableEntity;
import org.gba.cooperation.shared.LocalizedText;
import org.hibernate.annotations.EmbeddedColumnNaming;
import org.jspecify.annotations.Nullable;

/** An investment promotion event (招商引資活動). */
@Entity
@Table(name = "investment_event")
public class InvestmentEvent extends ArchivableEntity {

	@Enumerated(EnumType.STRING)
	private InvestmentEventKind kind;

	@Enumerated(EnumType.STRING)
	private InvestmentEventStatus status;

	@Column(name = "city_id")
	private long cityId;

	private LocalDate startsOn;

	private LocalDate endsOn;

	private @Nullable LocalDate registrationClosesOn;

	private @Nullable Integer capacity;

	private @Nullable Integer edition;

	@Embedded
	@EmbeddedColumnNaming("name_%s")
	private LocalizedText names;

	@Embedded
	@EmbeddedColumnNaming("venue_%s")
	private @Nullable LocalizedText venues;

	@Embedded
	@EmbeddedColumnNaming("description_%s")
	private @Nullable LocalizedText descriptions;

	protected InvestmentEvent() {
		this.kind = InvestmentEventKind.CONFERENCE;
		this.status = InvestmentEventStatus.DRAFT;
		this.startsOn = LocalDate.EPOCH;
		this.endsOn = LocalDate.EPOCH;
		this.names = LocalizedText.NONE;
		this.venues = this.names;
		this.descriptions = this.names;
	}

	InvestmentEvent(LocalizedText names, LocalizedText descriptions, LocalizedText venues, InvestmentEventKind kind,
			long cityId, LocalDate startsOn, LocalDate endsOn, @Nullable LocalDate registrationClosesOn,
			@Nullable Integer capacity, @Nullable Integer edition) {
		this.names = names;
		this.descriptions = descriptions;
		this.venues = venues;
		this.kind = kind;
		this.cityId = cityId;
		this.startsOn = startsOn;
		this.endsOn = endsOn;
		this.registrationClosesOn = registrationClosesOn;
		this.capacity = capacity;
		this.edition = edition;
		this.status = InvestmentEventStatus.DRAFT;
	}

	void rename(LocalizedText names) {
		this.names = names;
	}

	void describe(LocalizedText descriptions) {
		this.descriptions = descriptions;
	}

	void holdAt(LocalizedText venues) {
		this.venues = venues;
	}

	void changeKind(InvestmentEventKind kind) {
		this.kind = kind;
	}

	void moveTo(long cityId) {
		this.cityId = cityId;
	}

	void schedule(LocalDate startsOn, LocalDate endsOn, @Nullable LocalDate registrationClosesOn) {
		this.startsOn = startsOn;
		this.endsOn = endsOn;
		this.registrationClosesOn = registrationClosesOn;
	}

	void limitTo(@Nullable Integer capacity) {
		this.capacity = capacity;
	}

	void numberEdition(@Nullable Integer edition) {
		this.edition = edition;
	}

	void changeStatus(InvestmentEventStatus status) {
		this.status = status;
	}

	public InvestmentEventKind getKind() {
		return this.kind;
	}

	public InvestmentEventStatus getStatus() {
		return this.status;
	}

	public long getCityId() {
		return this.cityId;
	}

	public LocalDate getStartsOn() {
		return this.startsOn;
	}

	public LocalDate getEndsOn() {
		return this.endsOn;
	}

	public @Nullable LocalDate getRegistrationClosesOn() {
		return this.registrationClosesOn;
	}

	public @Nullable Integer getCapacity() {
		return this.capacity;
	}

	public @Nullable Integer getEdition() {
		return this.edition;
	}

	public LocalizedText getNames() {
		return this.names;
	}

	public LocalizedText getVenues() {
		return LocalizedText.orNone(this.venues);
	}

	public LocalizedText getDescriptions() {
		return LocalizedText.orNone(this.descriptions);
	}

}
