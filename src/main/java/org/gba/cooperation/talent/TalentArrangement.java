package org.gba.cooperation.talent;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.gba.cooperation.organizations.Organization;
import org.gba.cooperation.people.Person;
import org.gba.cooperation.shared.ArchivableEntity;
import org.gba.cooperation.shared.LocalizedText;
import org.gba.cooperation.shared.search.SearchFields;
import org.gba.cooperation.shared.search.StatisticsKeys;
import org.hibernate.annotations.EmbeddedColumnNaming;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.jspecify.annotations.Nullable;

/** A flexible talent arrangement (柔性引才安排). */
@Entity
@Indexed
@Table(name = "talent_arrangement")
public class TalentArrangement extends ArchivableEntity {

	@Column(name = "person_id")
	@GenericField
	private long personId;

	/**
	 * The person, whose names find the arrangement; read only. A change of the person
	 * indexes its arrangements again through {@link TalentSearchDependents}.
	 */
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "person_id", insertable = false, updatable = false)
	@IndexedEmbedded(includePaths = { SearchFields.TEXT, SearchFields.EXACT, "homeJurisdiction" })
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
	private @Nullable Person person;

	/** The host, for its jurisdiction and sector in the search document; read only. */
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "host_organization_id", insertable = false, updatable = false)
	@IndexedEmbedded(name = "host", includePaths = { "jurisdiction", "sectorId" })
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
	private @Nullable Organization hostOrganization;

	@Column(name = "host_organization_id")
	@GenericField
	private long hostOrganizationId;

	@Column(name = "joint_lab_id")
	@GenericField
	private @Nullable Long jointLabId;

	@Column(name = "project_id")
	@GenericField
	private @Nullable Long projectId;

	@Enumerated(EnumType.STRING)
	@KeywordField
	private TalentMode mode;

	@Enumerated(EnumType.STRING)
	@KeywordField
	private TalentCategory category;

	@Enumerated(EnumType.STRING)
	@KeywordField
	private TalentArrangementStatus status;

	@GenericField(sortable = Sortable.YES)
	private LocalDate startDate;

	private @Nullable LocalDate endDate;

	@Embedded
	@EmbeddedColumnNaming("description_%s")
	private @Nullable LocalizedText descriptions;

	protected TalentArrangement() {
		this.mode = TalentMode.SHORT_TERM_COOPERATION;
		this.category = TalentCategory.YOUNG_SCIENTIST;
		this.status = TalentArrangementStatus.PROPOSED;
		this.startDate = LocalDate.EPOCH;
		this.descriptions = LocalizedText.NONE;
	}

	TalentArrangement(long personId, long hostOrganizationId, @Nullable Long jointLabId, @Nullable Long projectId,
			TalentMode mode, TalentCategory category, LocalDate startDate, @Nullable LocalDate endDate,
			LocalizedText descriptions) {
		this.personId = personId;
		this.hostOrganizationId = hostOrganizationId;
		this.jointLabId = jointLabId;
		this.projectId = projectId;
		this.mode = mode;
		this.category = category;
		this.startDate = startDate;
		this.endDate = endDate;
		this.descriptions = descriptions;
		this.status = TalentArrangementStatus.PROPOSED;
	}

	void changeTerms(TalentMode mode, TalentCategory category) {
		this.mode = mode;
		this.category = category;
	}

	void placeIn(@Nullable Long jointLabId, @Nullable Long projectId) {
		this.jointLabId = jointLabId;
		this.projectId = projectId;
	}

	void schedule(LocalDate startDate, @Nullable LocalDate endDate) {
		this.startDate = startDate;
		this.endDate = endDate;
	}

	void describe(LocalizedText descriptions) {
		this.descriptions = descriptions;
	}

	void changeStatus(TalentArrangementStatus status) {
		this.status = status;
	}

	public long getPersonId() {
		return this.personId;
	}

	public long getHostOrganizationId() {
		return this.hostOrganizationId;
	}

	public @Nullable Long getJointLabId() {
		return this.jointLabId;
	}

	public @Nullable Long getProjectId() {
		return this.projectId;
	}

	public TalentMode getMode() {
		return this.mode;
	}

	public TalentCategory getCategory() {
		return this.category;
	}

	public TalentArrangementStatus getStatus() {
		return this.status;
	}

	public LocalDate getStartDate() {
		return this.startDate;
	}

	public @Nullable LocalDate getEndDate() {
		return this.endDate;
	}

	/**
	 * The host and the person's employer, who see the arrangement before it is public,
	 * for the search index.
	 */
	@GenericField(name = SearchFields.ORGANIZATIONS)
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
	List<Long> getInvolvedOrganizationIds() {
		Long employer = (this.person != null) ? this.person.getAffiliationId() : null;
		return (employer != null && employer != this.hostOrganizationId) ? List.of(this.hostOrganizationId, employer)
				: List.of(this.hostOrganizationId);
	}

	public LocalizedText getDescriptions() {
		return LocalizedText.orNone(this.descriptions);
	}

	/**
	 * The key the statistics count the arrangement under: its mode and category, the
	 * person's home jurisdiction and the host's jurisdiction.
	 */
	@KeywordField(name = SearchFields.STATISTICS, aggregable = Aggregable.YES, searchable = Searchable.NO)
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
	String getStatisticsKey() {
		return StatisticsKeys.of(StatisticsKeys.RECORD, this.mode, this.category,
				(this.person != null) ? this.person.getHomeJurisdiction() : null,
				(this.hostOrganization != null) ? this.hostOrganization.getJurisdiction() : null);
	}

}
