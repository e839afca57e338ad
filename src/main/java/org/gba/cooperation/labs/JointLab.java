package org.gba.cooperation.labs;

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
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;

import org.gba.cooperation.organizations.Organization;
import org.gba.cooperation.shared.ArchivableEntity;
import org.gba.cooperation.shared.Jurisdiction;
import org.gba.cooperation.shared.LocalizedText;
import org.gba.cooperation.shared.NameSortKeys;
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

/** A Guangdong-Hong Kong-Macao joint laboratory (粵港澳聯合實驗室). */
@Entity
@Indexed
@Table(name = "joint_lab")
public class JointLab extends ArchivableEntity {

	@Column(name = "sector_id")
	@GenericField
	private long sectorId;

	@Column(name = "host_city_id")
	@GenericField
	private long hostCityId;

	@Enumerated(EnumType.STRING)
	@KeywordField
	private JointLabStatus status;

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
	 * The member organisations, read for the search index only: members are written as
	 * rows ({@link JointLabMember}), never through this collection.
	 */
	@ManyToMany
	@JoinTable(name = "joint_lab_member", joinColumns = @JoinColumn(name = "joint_lab_id"),
			inverseJoinColumns = @JoinColumn(name = "organization_id"))
	@BatchSize(size = 100)
	private Set<Organization> memberOrganizations = new HashSet<>();

	protected JointLab() {
		this.status = JointLabStatus.PLANNED;
		this.startDate = LocalDate.EPOCH;
		this.names = LocalizedText.NONE;
		this.descriptions = this.names;
	}

	JointLab(LocalizedText names, LocalizedText descriptions, long sectorId, long hostCityId, LocalDate startDate) {
		this.names = names;
		this.descriptions = descriptions;
		this.sectorId = sectorId;
		this.hostCityId = hostCityId;
		this.startDate = startDate;
		this.status = JointLabStatus.PLANNED;
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

	void moveTo(long hostCityId) {
		this.hostCityId = hostCityId;
	}

	void schedule(LocalDate startDate, @Nullable LocalDate endDate) {
		this.startDate = startDate;
		this.endDate = endDate;
	}

	void changeStatus(JointLabStatus status) {
		this.status = status;
	}

	public long getSectorId() {
		return this.sectorId;
	}

	public long getHostCityId() {
		return this.hostCityId;
	}

	public JointLabStatus getStatus() {
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

	/** The member organisations, for the search index. */
	@GenericField(name = SearchFields.ORGANIZATIONS)
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
	List<Long> getMemberOrganizationIds() {
		return this.memberOrganizations.stream().map(Organization::getId).sorted().toList();
	}

	/** The members' jurisdictions, for the search index. */
	@KeywordField(name = "jurisdictions")
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
	List<Jurisdiction> getMemberJurisdictions() {
		return this.memberOrganizations.stream().map(Organization::getJurisdiction).distinct().sorted().toList();
	}

	/**
	 * The keys the statistics count the lab under: its sector and status, once in each
	 * member jurisdiction, and each pair of jurisdictions it brings together.
	 */
	@KeywordField(name = SearchFields.STATISTICS, aggregable = Aggregable.YES, searchable = Searchable.NO)
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
	List<String> getStatisticsKeys() {
		List<Jurisdiction> jurisdictions = getMemberJurisdictions();
		List<String> keys = new ArrayList<>();
		keys.add(StatisticsKeys.of(StatisticsKeys.RECORD, this.sectorId, this.status));
		for (Jurisdiction jurisdiction : jurisdictions) {
			keys.add(StatisticsKeys.of(StatisticsKeys.JURISDICTION, jurisdiction, this.sectorId, this.status));
		}
		for (List<Jurisdiction> pair : StatisticsKeys.pairs(jurisdictions)) {
			keys.add(StatisticsKeys.of(StatisticsKeys.PAIR, pair.get(0), pair.get(1), this.sectorId));
		}
		return keys;
	}

}
