package org.gba.cooperation.projects;

/** Where a project stands. */
public enum CrossBorderProjectStatus {
	PROPOSED, APPROVED, IN_PROGRESS, COMPLETED, SUSPENDED, CANCELLED
}
