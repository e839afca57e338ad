package org.gba.cooperation.projects;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;

import org.gba.cooperation.organizations.Organization;
import org.gba.cooperation.shared.ArchivableEntity;
import org.gba.cooperation.shared.Jurisdiction;
import org.gba.cooperation.shared.LocalizedText;
import org.gba.cooperation.shared.NameSortKeys;
import org.gba.cooperation.shared.search.MoneyTotalsBinder;
import org.gba.cooperation.shared.search.NameSortKeysBinder;
import org.gba.cooperation.shared.search.NamesBinder;
import org.gba.cooperation.shared.search.SearchFields;
import org.gba.cooperation.shared.search.StatisticsKeys;
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

/** A cross-border cooperation project (跨境合作項目). */
@Entity
@Indexed
@Table(name = "cross_border_project")
public class CrossBorderProject extends ArchivableEntity {

	@Column(name = "sector_id")
	@GenericField
	private long sectorId;

	@Column(name = "city_id")
	@GenericField
	private long cityId;

	@Enumerated(EnumType.STRING)
	@KeywordField
	private CrossBorderProjectStatus status;

	@GenericField(sortable = Sortable.YES)
	private LocalDate startDate;

	private @Nullable LocalDate endDate;

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
	@EmbeddedColumnNaming("description_%s")
	private @Nullable LocalizedText descriptions;

	/**
	 * The participating organisations, read for the search index only: participants are
	 * written as rows ({@link ProjectParticipant}), never through this collection.
	 */
	@ManyToMany
	@JoinTable(name = "project_participant", joinColumns = @JoinColumn(name = "project_id"),
			inverseJoinColumns = @JoinColumn(name = "organization_id"))
	@BatchSize(size = 100)
	private Set<Organization> participantOrganizations = new HashSet<>();

	/** The participants with their roles, read for the search index only (the lead). */
	@OneToMany
	@JoinColumn(name = "project_id", insertable = false, updatable = false)
	@BatchSize(size = 100)
	private List<ProjectParticipant> participantRows = new ArrayList<>();

	/**
	 * The investment committed, read for the search index only: counted and summed per
	 * currency for the statistics. Recording an investment is a write of the project,
	 * which indexes it again.
	 */
	@OneToMany
	@JoinColumn(name = "project_id", insertable = false, updatable = false)
	@BatchSize(size = 100)
	@PropertyBinding(binder = @PropertyBinderRef(type = MoneyTotalsBinder.class))
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
	private List<Investment> investmentRows = new ArrayList<>();

	protected CrossBorderProject() {
		this.status = CrossBorderProjectStatus.PROPOSED;
		this.startDate = LocalDate.EPOCH;
		this.names = LocalizedText.NONE;
		this.descriptions = this.names;
	}

	CrossBorderProject(LocalizedText names, LocalizedText descriptions, long sectorId, long cityId,
			LocalDate startDate) {
		this.names = names;
		this.descriptions = descriptions;
		this.sectorId = sectorId;
		this.cityId = cityId;
		this.startDate = startDate;
		this.status = CrossBorderProjectStatus.PROPOSED;
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

	void assignSector(long sectorId) {
		this.sectorId = sectorId;
	}

	void moveTo(long cityId) {
		this.cityId = cityId;
	}

	void schedule(LocalDate startDate, @Nullable LocalDate endDate) {
		this.startDate = startDate;
		this.endDate = endDate;
	}

	void changeStatus(CrossBorderProjectStatus status) {
		this.status = status;
	}

	public long getSectorId() {
		return this.sectorId;
	}

	public long getCityId() {
		return this.cityId;
	}

	public CrossBorderProjectStatus getStatus() {
		return this.status;
	}

	public LocalDate getStartDate() {
		return this.startDate;
	}

	public @Nullable LocalDate getEndDate() {
		return this.endDate;
	}

	public LocalizedText getNames() {
		return this.names;
	}

	NameSortKeys getNameSortKeys() {
		return this.nameSortKeys;
	}

	public LocalizedText getDescriptions() {
		return LocalizedText.orNone(this.descriptions);
	}

	/** The participating organisations, for the search index. */
	@GenericField(name = SearchFields.ORGANIZATIONS)
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
	List<Long> getParticipantOrganizationIds() {
		return this.participantOrganizations.stream().map(Organization::getId).sorted().toList();
	}

	/** The participants' jurisdictions, for the search index. */
	@KeywordField(name = "jurisdictions")
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
	List<Jurisdiction> getParticipantJurisdictions() {
		return this.participantOrganizations.stream().map(Organization::getJurisdiction).distinct().sorted().toList();
	}

	/**
	 * The keys the statistics count the project under: its sector, start year and lead
	 * participant's jurisdiction, and each pair of jurisdictions it brings together.
	 */
	@KeywordField(name = SearchFields.STATISTICS, aggregable = Aggregable.YES, searchable = Searchable.NO)
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
	List<String> getStatisticsKeys() {
		Long lead = this.participantRows.stream()
			.filter((participant) -> participant.getRole() == ParticipantRole.LEAD)
			.map(ProjectParticipant::getOrganizationId)
			.findFirst()
			.orElse(null);
		Jurisdiction leadJurisdiction = this.participantOrganizations.stream()
			.filter((organization) -> lead != null && lead.equals(organization.getId()))
			.map(Organization::getJurisdiction)
			.findFirst()
			.orElse(null);
		List<String> keys = new ArrayList<>();
		keys.add(StatisticsKeys.of(StatisticsKeys.RECORD, this.sectorId, this.startDate.getYear(), leadJurisdiction));
		for (List<Jurisdiction> pair : StatisticsKeys.pairs(getParticipantJurisdictions())) {
			keys.add(StatisticsKeys.of(StatisticsKeys.PAIR, pair.get(0), pair.get(1), this.sectorId));
		}
		return keys;
	}

}
