package org.gba.cooperation.labs;

/**
 * The role of a member institution; the declaration order is the display order (lead
 * first).
 */
public enum JointLabMemberRole {

	LEAD, PARTNER

}
