package org.gba.cooperation.talent;

/** How a person's talent is used without employing them. */
public enum TalentMode {

	SHORT_TERM_COOPERATION, PROJECT_EQUITY, VISITING, PART_TIME, DUAL_APPOINTMENT, REMOTE_CONSULTING

}
