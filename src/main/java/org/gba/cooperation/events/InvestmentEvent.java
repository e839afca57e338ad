package org.gba.cooperation.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;

import org.gba.cooperation.reference.City;
import org.gba.cooperation.shared.ArchivableEntity;
import org.gba.cooperation.shared.Jurisdiction;
import org.gba.cooperation.shared.LocalizedMessage;
import org.gba.cooperation.shared.LocalizedText;
import org.gba.cooperation.shared.Money;
import org.gba.cooperation.shared.NameSortKeys;
import org.gba.cooperation.shared.search.MoneyTotalsBinder;
import org.gba.cooperation.shared.search.NameSortKeysBinder;
import org.gba.cooperation.shared.search.NamesBinder;
import org.gba.cooperation.shared.search.SearchFields;
import org.gba.cooperation.shared.search.StatisticsKeys;
import org.gba.cooperation.writes.UserErrorCode;
import org.gba.cooperation.writes.UserErrorException;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.EmbeddedColumnNaming;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.PropertyBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyBinding;
import org.jspecify.annotations.Nullable;

/**
 * An investment promotion event (招商引資活動), and its rules: it runs from its first to its
 * last day, and registration closes on or before the last day; its status moves along
 * {@link InvestmentEventStatus#next()}; organisations register while it is published, has
 * room and registration is open; its registrations are a record once it is cancelled or
 * completed; deals are recorded while it is published or completed, from its first day
 * on. A rule broken is refused with a {@link UserErrorException} naming the input field
 * concerned.
 */
@Entity
@Indexed
@Table(name = "investment_event")
public class InvestmentEvent extends ArchivableEntity {

	@Enumerated(EnumType.STRING)
	@KeywordField
	private InvestmentEventKind kind;

	@Enumerated(EnumType.STRING)
	@KeywordField
	private InvestmentEventStatus status;

	@Column(name = "city_id")
	@GenericField
	private long cityId;

	/** The city, for its jurisdiction in the search document; read only. */
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "city_id", insertable = false, updatable = false)
	private @Nullable City city;

	/** Organisers, registrations and target sectors, read for the search index only. */
	@OneToMany
	@JoinColumn(name = "event_id", insertable = false, updatable = false)
	@BatchSize(size = 100)
	private List<EventOrganizer> organizerRows = new ArrayList<>();

	@OneToMany
	@JoinColumn(name = "event_id", insertable = false, updatable = false)
	@BatchSize(size = 100)
	private List<EventRegistration> registrationRows = new ArrayList<>();

	@OneToMany
	@JoinColumn(name = "event_id", insertable = false, updatable = false)
	@BatchSize(size = 100)
	private List<EventTargetSector> sectorRows = new ArrayList<>();

	/**
	 * The deals signed at the event, read for the search index only: counted and summed
	 * per currency for the statistics. Recording a deal is a write of the event, which
	 * indexes it again.
	 */
	@OneToMany
	@JoinColumn(name = "event_id", insertable = false, updatable = false)
	@BatchSize(size = 100)
	@PropertyBinding(binder = @PropertyBinderRef(type = MoneyTotalsBinder.class))
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
	private List<Deal> dealRows = new ArrayList<>();

	@GenericField(sortable = Sortable.YES)
	private LocalDate startsOn;

	private LocalDate endsOn;

	private @Nullable LocalDate registrationClosesOn;

	private @Nullable Integer capacity;

	private @Nullable Integer edition;

	@Embedded
	@EmbeddedColumnNaming("name_%s")
	@PropertyBinding(binder = @PropertyBinderRef(type = NamesBinder.class))
	private LocalizedText names;

	/** Where the names sort for each reader's language, made from them on every write. */
	@Embedded
	@EmbeddedColumnNaming("name_sort_%s")
	@PropertyBinding(binder = @PropertyBinderRef(type = NameSortKeysBinder.class))
	private NameSortKeys nameSortKeys = NameSortKeys.NONE;

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
		requireDatesInOrder(startsOn, endsOn, registrationClosesOn);
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

	@PrePersist
	@PreUpdate
	void sortNames() {
		this.nameSortKeys = NameSortKeys.of(this.names);
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
		requireDatesInOrder(startsOn, endsOn, registrationClosesOn);
		this.startsOn = startsOn;
		this.endsOn = endsOn;
		this.registrationClosesOn = registrationClosesOn;
	}

	/**
	 * Limits the registrations to {@code capacity}, which may not be below the
	 * {@code registered} ones.
	 */
	void limitTo(@Nullable Integer capacity, long registered) {
		if (capacity != null && capacity < registered) {
			throw new UserErrorException(UserErrorCode.INVALID_VALUE,
					LocalizedMessage.of("event.capacityBelowRegistrations", registered), "input", "capacity");
		}
		this.capacity = capacity;
	}

	/** Moves to the status, if {@link InvestmentEventStatus#next()} allows it. */
	void moveTo(InvestmentEventStatus to) {
		if (!this.status.next().contains(to)) {
			throw new UserErrorException(UserErrorCode.INVALID_TRANSITION,
					LocalizedMessage.of("event.invalidTransition", this.status, to, this.status.next()), "input", "id");
		}
		this.status = to;
	}

	/**
	 * Checks that registration is open today. A draft is not open yet
	 * (INVALID_TRANSITION: publish it first); a cancelled or completed event, or one past
	 * its closing day, is closed for good (REGISTRATION_CLOSED).
	 */
	void requireOpenForRegistration(LocalDate today) {
		switch (this.status) {
			case DRAFT -> throw new UserErrorException(UserErrorCode.INVALID_TRANSITION,
					LocalizedMessage.of("event.draftNotOpen"), "input", "id");
			case CANCELLED, COMPLETED -> throw new UserErrorException(UserErrorCode.REGISTRATION_CLOSED,
					LocalizedMessage.of("event.noMoreRegistrations", this.status), "input", "id");
			case PUBLISHED -> {
			}
		}
		LocalDate closesOn = lastDayOfRegistration();
		if (today.isAfter(closesOn)) {
			throw new UserErrorException(UserErrorCode.REGISTRATION_CLOSED,
					LocalizedMessage.of("event.registrationClosed", closesOn), "input", "id");
		}
	}

	/**
	 * Checks that there is room for one more, with {@code registered} organisations
	 * registered (CAPACITY_REACHED).
	 */
	void requireRoom(long registered) {
		if (this.capacity != null && registered >= this.capacity) {
			throw new UserErrorException(UserErrorCode.CAPACITY_REACHED,
					LocalizedMessage.of("event.capacityReached", this.capacity), "input", "id");
		}
	}

	/**
	 * Checks that registrations may still be withdrawn: not once the event is cancelled
	 * or completed, a record.
	 */
	void requireRegistrationsOpenToChange() {
		if (this.status == InvestmentEventStatus.CANCELLED || this.status == InvestmentEventStatus.COMPLETED) {
			throw new UserErrorException(UserErrorCode.REGISTRATION_CLOSED,
					LocalizedMessage.of("event.registrationsFrozen", this.status), "input", "id");
		}
	}

	/**
	 * Checks that a deal signed on this day may be recorded: at a published or completed
	 * event, from its first day.
	 */
	void requireDealSignedOn(LocalDate signedOn) {
		if (this.status != InvestmentEventStatus.PUBLISHED && this.status != InvestmentEventStatus.COMPLETED) {
			throw new UserErrorException(UserErrorCode.INVALID_TRANSITION,
					LocalizedMessage.of("event.dealsWhenPublishedOrCompleted", this.status), "input", "id");
		}
		if (signedOn.isBefore(this.startsOn)) {
			throw new UserErrorException(UserErrorCode.DATES_OUT_OF_ORDER,
					LocalizedMessage.of("event.dealBeforeEvent", signedOn, this.startsOn), "input", "signedOn");
		}
	}

	/**
	 * The last day of registration: the closing day if the event has one, else its last
	 * day.
	 */
	LocalDate lastDayOfRegistration() {
		return (this.registrationClosesOn != null) ? this.registrationClosesOn : this.endsOn;
	}

	private static void requireDatesInOrder(LocalDate startsOn, LocalDate endsOn, @Nullable LocalDate closesOn) {
		if (endsOn.isBefore(startsOn)) {
			throw new UserErrorException(UserErrorCode.DATES_OUT_OF_ORDER,
					LocalizedMessage.of("event.lastDayBeforeFirst", endsOn, startsOn), "input", "endsOn");
		}
		if (closesOn != null && closesOn.isAfter(endsOn)) {
			throw new UserErrorException(UserErrorCode.DATES_OUT_OF_ORDER,
					LocalizedMessage.of("event.closesAfterLastDay", closesOn, endsOn), "input", "registrationClosesOn");
		}
	}

	void numberEdition(@Nullable Integer edition) {
		this.edition = edition;
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

	NameSortKeys getNameSortKeys() {
		return this.nameSortKeys;
	}

	public LocalizedText getVenues() {
		return LocalizedText.orNone(this.venues);
	}

	public LocalizedText getDescriptions() {
		return LocalizedText.orNone(this.descriptions);
	}

	/** The organisers and registrants, for the search index. */
	@GenericField(name = SearchFields.ORGANIZATIONS)
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
	List<Long> getInvolvedOrganizationIds() {
		return Stream
			.concat(this.organizerRows.stream().map(EventOrganizer::getOrganizationId),
					this.registrationRows.stream().map(EventRegistration::getOrganizationId))
			.distinct()
			.toList();
	}

	/** The target sectors, for the search index. */
	@GenericField(name = "sectors")
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
	List<Long> getTargetSectorIds() {
		return this.sectorRows.stream().map(EventTargetSector::getSectorId).distinct().toList();
	}

	/** The jurisdiction of its city, for the search index. */
	@KeywordField(name = "jurisdiction")
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
	@Nullable Jurisdiction getCityJurisdiction() {
		return (this.city != null) ? this.city.getJurisdiction() : null;
	}

	/**
	 * The key the statistics count the event under: the month it starts in and its city.
	 */
	@KeywordField(name = SearchFields.STATISTICS, aggregable = Aggregable.YES, searchable = Searchable.NO)
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
	String getStatisticsKey() {
		return StatisticsKeys.of(StatisticsKeys.RECORD, this.startsOn.getYear(), this.startsOn.getMonthValue(),
				this.cityId);
	}

}
