package org.gba.cooperation.labs;

import org.gba.cooperation.live.LiveEvent;

/** A joint lab moved to another status; subscribers are told once it is committed. */
record JointLabStatusChanged(long jointLabId) implements LiveEvent {
}
