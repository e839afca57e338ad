package org.gba.cooperation.talent;

/** The talent categories of Guangdong's talent policy. */
public enum TalentCategory {

	STRATEGIC_SCIENTIST, LEADING_TALENT, INNOVATION_TEAM_MEMBER, YOUNG_SCIENTIST, OUTSTANDING_ENGINEER,
	MASTER_CRAFTSMAN, HIGHLY_SKILLED_WORKER

}
