package org.gba.cooperation.shared.redis;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the state that several instances must share is kept.
 *
 * @param store {@code memory} (default: each instance keeps its own, right for one
 * instance) or {@code redis} (every instance shares one Redis server: cost budgets,
 * persisted queries, subscription fan-out)
 * @param redis the Redis server, when {@code store=redis}
 */
@ConfigurationProperties("gba.shared-state")
public record SharedStateProperties(@DefaultValue("memory") Store store, @DefaultValue Redis redis) {

	/** Where shared state is kept. */
	public enum Store {

		/** In this instance's memory. */
		MEMORY,

		/** In one Redis server shared by every instance. */
		REDIS

	}

	/**
	 * The Redis server of {@code store=redis}.
	 *
	 * @param url the server, as a Redis URI ({@code redis://[:password@]host:port[/db]},
	 * {@code rediss://} for TLS); default {@code redis://127.0.0.1:6379}
	 * @param timeout the longest a request waits for Redis (each command) before it falls
	 * back to this instance's own state; default 100 ms
	 * @param retryAfter after Redis failed, how long requests use this instance's own
	 * state before they try Redis again, and how often a lost connection is retried;
	 * default 2 s
	 * @param keyPrefix the prefix of every key and channel this API uses, so that several
	 * deployments (or test runs) can share one server; default {@code gba:}
	 */
	public record Redis(@DefaultValue("redis://127.0.0.1:6379") String url, @DefaultValue("100ms") Duration timeout,
			@DefaultValue("2s") Duration retryAfter, @DefaultValue("gba:") String keyPrefix) {

		public Redis {
			if (timeout.isNegative() || timeout.isZero()) {
				throw new IllegalArgumentException("gba.shared-state.redis.timeout must be positive, not " + timeout);
			}
			if (retryAfter.isNegative() || retryAfter.isZero()) {
				throw new IllegalArgumentException(
						"gba.shared-state.redis.retry-after must be positive, not " + retryAfter);
			}
		}

	}

}
