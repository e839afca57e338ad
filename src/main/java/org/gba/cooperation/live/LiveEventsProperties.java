package org.gba.cooperation.live;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Live updates to subscribers.
 *
 * @param bufferSize how many changes may wait for one subscriber that has not taken them
 * yet (a slow client); one more ends its subscription with the error
 * {@code SUBSCRIBER_TOO_SLOW}
 * @param maxSubscribers how many subscriptions this instance keeps open at once; one more
 * is refused with the error {@code TOO_MANY_SUBSCRIBERS}
 */
@ConfigurationProperties("gba.live")
public record LiveEventsProperties(@DefaultValue("256") int bufferSize, @DefaultValue("10000") int maxSubscribers) {

	public LiveEventsProperties {
		if (bufferSize < 1) {
			throw new IllegalArgumentException("gba.live.buffer-size must be at least 1");
		}
		if (maxSubscribers < 1) {
			throw new IllegalArgumentException("gba.live.max-subscribers must be at least 1");
		}
	}

}
