package org.gba.cooperation.shared.bulkhead;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The compartments of heavy work ({@link Bulkheads}): how many of each kind run at once,
 * how many wait, and how long.
 *
 * @param maxConcurrent the most heavy queries running at once on this instance; default
 * the processors less one, at least 1 (1 on 2 cores: the other core stays for light
 * requests). Each holds at most one database connection at a time, so with
 * {@code exports.max-concurrent} it must stay below the connection pool's size (checked
 * at start-up)
 * @param queueSize the most heavy queries waiting for a place; beyond it a query is
 * refused at once with {@code OVERLOADED}. Each waiting query parks its request thread
 * (no CPU, no connection); keep it well under {@code server.tomcat.threads.max} (200)
 * @param maxWait the longest a heavy query waits for a place before it is refused with
 * {@code OVERLOADED}; it counts in the request's {@code gba.graphql.timeout}
 * @param heavyCost the requested query cost from which a query is heavy even without
 * {@code statistics} or a search (large nested pages)
 * @param exports the compartment of bulk exports
 */
@ConfigurationProperties("gba.bulkhead")
public record BulkheadProperties(@Nullable Integer maxConcurrent, @DefaultValue("100") int queueSize,
		@DefaultValue("5s") Duration maxWait, @DefaultValue("2000") long heavyCost, @DefaultValue Exports exports) {

	public BulkheadProperties {
		if (maxConcurrent == null) {
			maxConcurrent = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
		}
		check("gba.bulkhead", maxConcurrent, queueSize, maxWait);
		if (heavyCost < 1) {
			throw new IllegalArgumentException("gba.bulkhead.heavy-cost must be at least 1, not " + heavyCost);
		}
	}

	/** The most heavy queries running at once, set or defaulted. */
	public int concurrent() {
		return (this.maxConcurrent != null) ? this.maxConcurrent : 1;
	}

	/**
	 * The compartment of bulk exports.
	 *
	 * @param maxConcurrent the most exports running at once on this instance
	 * @param queueSize the most exports waiting for a place
	 * @param maxWait the longest an export waits for a place
	 */
	public record Exports(@DefaultValue("1") int maxConcurrent, @DefaultValue("4") int queueSize,
			@DefaultValue("10s") Duration maxWait) {

		public Exports {
			check("gba.bulkhead.exports", maxConcurrent, queueSize, maxWait);
		}

	}

	private static void check(String prefix, int maxConcurrent, int queueSize, Duration maxWait) {
		if (maxConcurrent < 1) {
			throw new IllegalArgumentException(prefix + ".max-concurrent must be at least 1, not " + maxConcurrent);
		}
		if (queueSize < 0) {
			throw new IllegalArgumentException(prefix + ".queue-size must be at least 0, not " + queueSize);
		}
		if (maxWait.isNegative()) {
			throw new IllegalArgumentException(prefix + ".max-wait must not be negative, not " + maxWait);
		}
	}

}
