package org.gba.cooperation.shared.jpa;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * A read replica of the database: the reads of requests go to it, the writes (and what a
 * caller reads in the seconds after it wrote) to the primary, {@code spring.datasource}.
 *
 * @param url the replica's JDBC URL (a MySQL or MariaDB replica of the primary); unset,
 * every statement goes to the primary
 * @param username the replica's user (default: the primary's); it needs the
 * {@code REPLICATION CLIENT} privilege (MySQL: or {@code REPLICATION SLAVE ADMIN}) to
 * read its own lag
 * @param password the replica's password (default: the primary's)
 * @param maxLag the replica is skipped (reads go to the primary) while it is further
 * behind than this, or not replicating at all; default 5 s
 * @param checkInterval how often the replica's lag is read; default 1 s
 * @param readYourWrites for how long after a caller's mutation its reads go to the
 * primary, whichever instance serves them; default 5 s
 * @param connectionTimeout the longest a read waits for a connection to the replica
 * before it goes to the primary (at least 250 ms, Hikari's minimum); default 250 ms
 * @param maximumPoolSize the most connections to the replica; default 10
 */
@ConfigurationProperties("gba.datasource.replica")
public record ReplicaProperties(@Nullable String url, @Nullable String username, @Nullable String password,
		@DefaultValue("5s") Duration maxLag, @DefaultValue("1s") Duration checkInterval,
		@DefaultValue("5s") Duration readYourWrites, @DefaultValue("250ms") Duration connectionTimeout,
		@DefaultValue("10") int maximumPoolSize) {

	public ReplicaProperties {
		if (connectionTimeout.toMillis() < 250) {
			throw new IllegalArgumentException(
					"gba.datasource.replica.connection-timeout must be at least 250 ms, not " + connectionTimeout);
		}
		if (checkInterval.toMillis() < 10) {
			throw new IllegalArgumentException(
					"gba.datasource.replica.check-interval must be at least 10 ms, not " + checkInterval);
		}
		if (maximumPoolSize < 1) {
			throw new IllegalArgumentException("gba.datasource.replica.maximum-pool-size must be at least 1");
		}
	}

}
