package org.gba.cooperation.shared.search;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * How fresh what the search index answers is: the instant before which every committed
 * write is in it. With the embedded Lucene index, writes are indexed before their
 * mutation answers ({@code sync}), so the index is current. With OpenSearch, the
 * instances index each other's writes from the outbox in the background: the index holds
 * every write older than the oldest event still waiting in the outbox, and, when none
 * waits, every write older than one polling interval and one refresh interval (a
 * processed event's documents become visible at the next refresh).
 */
@Component
public class SearchFreshness {

	private final SearchProperties properties;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	SearchFreshness(SearchProperties properties, JdbcTemplate jdbc, Clock clock) {
		this.properties = properties;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Every write committed before this instant is in the index. */
	public Instant asOf() {
		Instant now = this.clock.instant();
		if (!this.properties.isOpenSearch()) {
			return now;
		}
		Instant indexed = now.minus(SearchConfiguration.REFRESH_INTERVAL).minus(pollingInterval());
		// Stored in UTC (hibernate.jdbc.time_zone), as Hibernate Search writes it.
		LocalDateTime oldest = this.jdbc.queryForObject("SELECT MIN(process_after) FROM hsearch_outbox_event",
				LocalDateTime.class);
		if (oldest == null) {
			return indexed;
		}
		Instant waiting = oldest.toInstant(ZoneOffset.UTC);
		return waiting.isBefore(indexed) ? waiting : indexed;
	}

	private Duration pollingInterval() {
		return (this.properties.pollingInterval() != null) ? this.properties.pollingInterval()
				: SearchConfiguration.DEFAULT_POLLING_INTERVAL;
	}

}
