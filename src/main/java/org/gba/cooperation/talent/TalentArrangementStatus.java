package org.gba.cooperation.talent;

/** Where a talent arrangement stands. */
public enum TalentArrangementStatus {
	PROPOSED, ACTIVE, ENDED, CANCELLED
}
