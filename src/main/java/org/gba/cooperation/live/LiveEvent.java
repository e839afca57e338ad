package org.gba.cooperation.live;

/**
 * A change that subscribers may be told about, published by a domain module as a Spring
 * application event inside the transaction that makes the change. It names records by
 * their database IDs only: what a subscriber receives is read again, with the
 * subscriber's access rules, when it is delivered.
 */
public interface LiveEvent {

}
