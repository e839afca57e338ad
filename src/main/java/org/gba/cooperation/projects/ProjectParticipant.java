package org.gba.cooperation.projects;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.gba.cooperation.shared.BaseEntity;

/** An organisation taking part in a project, with its role. */
@Entity
@Table(name = "project_participant")
public class ProjectParticipant extends BaseEntity {

	@Column(name = "project_id")
	private long projectId;

	@Column(name = "organization_id")
	private long organizationId;

	@Enumerated(EnumType.STRING)
	private ParticipantRole role;

	private LocalDate joinedOn;

	protected ProjectParticipant() {
		this.role = ParticipantRole.PARTNER;
		this.joinedOn = LocalDate.EPOCH;
	}

	ProjectParticipant(long projectId, long organizationId, ParticipantRole role, LocalDate joinedOn) {
		this.projectId = projectId;
		this.organizationId = organizationId;
		this.role = role;
		this.joinedOn = joinedOn;
	}

	public long getProjectId() {
		return this.projectId;
	}

	public long getOrganizationId() {
		return this.organizationId;
	}

	public ParticipantRole getRole() {
		return this.role;
	}

	public LocalDate getJoinedOn() {
		return this.joinedOn;
	}

}
