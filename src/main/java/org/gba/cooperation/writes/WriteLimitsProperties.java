package org.gba.cooperation.writes;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long and how many mutations may hold a database connection, so that writers waiting
 * on a lock held elsewhere can neither outlast a request nor take the connections readers
 * need.
 *
 * @param timeout the longest a mutation's transaction may run, and each of its SQL
 * statements within it (row locks waited for included): past it the transaction is rolled
 * back and the mutation answers the user error {@code TIMEOUT}, having written nothing.
 * Also never more than the request has left of {@code gba.graphql.timeout}. At least 1
 * second (JDBC counts time-outs in seconds)
 * @param maxConcurrent the most mutations running at once on this instance; must stay
 * below the connection pool's size ({@code spring.datasource.hikari.maximum-pool-size}),
 * so that readers always find a connection
 * @param queueTimeout the longest a mutation waits for one of those places; past it the
 * mutation answers the user error {@code OVERLOADED}, having written nothing
 */
@ConfigurationProperties("gba.writes")
public record WriteLimitsProperties(@DefaultValue("5s") Duration timeout, @DefaultValue("5") int maxConcurrent,
		@DefaultValue("2s") Duration queueTimeout) {

	public WriteLimitsProperties {
		if (timeout.compareTo(Duration.ofSeconds(1)) < 0) {
			throw new IllegalArgumentException("gba.writes.timeout must be at least 1s, not " + timeout);
		}
		if (maxConcurrent < 1) {
			throw new IllegalArgumentException("gba.writes.max-concurrent must be at least 1, not " + maxConcurrent);
		}
	}

}
