package org.gba.cooperation.projects;

/** The role of a participant; the declaration order is the display order (lead first). */
public enum ParticipantRole {

	LEAD, PARTNER, INVESTOR, INSURER

}
