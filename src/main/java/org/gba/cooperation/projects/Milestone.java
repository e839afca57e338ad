package org.gba.cooperation.projects;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.gba.cooperation.shared.BaseEntity;
import org.gba.cooperation.shared.LocalizedText;
import org.hibernate.annotations.EmbeddedColumnNaming;
import org.jspecify.annotations.Nullable;

/** A milestone of a project. */
@Entity
@Table(name = "project_milestone")
public class Milestone extends BaseEntity {

	@Column(name = "project_id")
	private long projectId;

	private LocalDate dueOn;

	private @Nullable LocalDate completedOn;

	@Embedded
	@EmbeddedColumnNaming("title_%s")
	private LocalizedText titles;

	protected Milestone() {
		this.dueOn = LocalDate.EPOCH;
		this.titles = LocalizedText.NONE;
	}

	Milestone(long projectId, LocalizedText titles, LocalDate dueOn) {
		this.projectId = projectId;
		this.titles = titles;
		this.dueOn = dueOn;
	}

	void complete(LocalDate completedOn) {
		this.completedOn = completedOn;
	}

	public long getProjectId() {
		return this.projectId;
	}

	public LocalDate getDueOn() {
		return this.dueOn;
	}

	public @Nullable LocalDate getCompletedOn() {
		return this.completedOn;
	}

	public boolean isCompleted() {
		return this.completedOn != null;
	}

	public LocalizedText getTitles() {
		return this.titles;
	}

}
