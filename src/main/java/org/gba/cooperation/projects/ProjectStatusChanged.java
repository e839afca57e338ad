package org.gba.cooperation.projects;

import org.gba.cooperation.live.LiveEvent;

/**
 * A cross-border project moved to another status; subscribers are told once it is
 * committed.
 */
record ProjectStatusChanged(long projectId) implements LiveEvent {
}
