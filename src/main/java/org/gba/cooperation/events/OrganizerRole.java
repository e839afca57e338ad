package org.gba.cooperation.events;

/** The role of an organiser; the declaration order is the display order (host first). */
public enum OrganizerRole {

	HOST, CO_HOST, SUPPORTER

}
