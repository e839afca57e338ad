package org.gba.cooperation.talent;

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

/** A flexible talent arrangement (柔性引才安排). */
@Entity
@Table(name = "talent_arrangement")
public class TalentArrangement extends ArchivableEntity {

	@Column(name = "person_id")
	private long personId;

	@Column(name = "host_organization_id")
	private long hostOrganizationId;

	@Column(name = "joint_lab_id")
	private @Nullable Long jointLabId;

	@Column(name = "project_id")
	private @Nullable Long projectId;

	@Enumerated(EnumType.STRING)
	private TalentMode mode;

	@Enumerated(EnumType.STRING)
	private TalentCategory category;

	@Enumerated(EnumType.STRING)
	private TalentArrangementStatus status;

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

	public LocalizedText getDescriptions() {
		return LocalizedText.orNone(this.descriptions);
	}

}
