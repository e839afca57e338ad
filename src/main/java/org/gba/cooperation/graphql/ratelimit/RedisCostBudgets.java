package org.gba.cooperation.graphql.ratelimit;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.api.StatefulRedisConnection;
import org.gba.cooperation.graphql.ratelimit.RateLimitProperties.Allowance;
import org.gba.cooperation.shared.redis.SharedRedis;
import org.jspecify.annotations.Nullable;

/**
 * The budgets of callers in Redis, shared by every instance: Bucket4j's token buckets,
 * updated by compare-and-swap, so that what a caller spends on one instance is spent on
 * all. A bucket's key names its allowance, so that a caller whose role changes starts a
 * bucket of its new size; Redis forgets a bucket once it would be full again.
 *
 * <p>
 * When Redis is not reachable, budgets fall back to this instance's own (the in-memory
 * ones): a caller may then spend its budget once on each instance until Redis returns,
 * which is the price of never refusing or holding a request because the budgets' store is
 * down. Whole points only: Bucket4j counts tokens, not fractions.
 */
final class RedisCostBudgets implements CostBudgets {

	/**
	 * Bucket4j refills at most one token per nanosecond; a faster restore rate (a budget
	 * meant never to run out, as the benchmark's) is that.
	 */
	private static final long MAX_REFILL_PER_SECOND = 1_000_000_000L;

	private final SharedRedis redis;

	private final CostBudgets local;

	private volatile @Nullable ProxyManager<byte[]> buckets;

	RedisCostBudgets(SharedRedis redis, CostBudgets local) {
		this.redis = redis;
		this.local = local;
	}

	@Override
	public Balance spend(String caller, Allowance allowance, long cost) {
		return this.redis.attemptBinary("cost budgets", (connection) -> {
			BucketProxy bucket = bucket(connection, caller, allowance);
			if (cost <= 0) {
				return new Balance(true, bucket.getAvailableTokens(), allowance);
			}
			ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(cost);
			return new Balance(probe.isConsumed(), probe.getRemainingTokens(), allowance);
		}).orElseGet(() -> this.local.spend(caller, allowance, cost));
	}

	@Override
	public Balance refund(String caller, Allowance allowance, long points) {
		if (points <= 0) {
			return spend(caller, allowance, 0);
		}
		return this.redis.attemptBinary("cost budgets", (connection) -> {
			// Capped at the bucket's size, as the in-memory budgets are.
			long available = bucket(connection, caller, allowance).asVerbose()
				.addTokens(points)
				.getDiagnostics()
				.getAvailableTokens();
			return new Balance(true, available, allowance);
		}).orElseGet(() -> this.local.refund(caller, allowance, points));
	}

	private BucketProxy bucket(StatefulRedisConnection<byte[], byte[]> connection, String caller, Allowance allowance) {
		byte[] key = this.redis.key("budget:" + allowance.points() + "/" + allowance.perSecond() + ":" + caller)
			.getBytes(StandardCharsets.UTF_8);
		return buckets(connection).builder().build(key, () -> configurationOf(allowance));
	}

	/** The bucket of an allowance, as Bucket4j keeps it. */
	static BucketConfiguration configurationOf(Allowance allowance) {
		return BucketConfiguration.builder()
			.addLimit((limit) -> limit.capacity(allowance.points())
				.refillGreedy(Math.min(allowance.perSecond(), MAX_REFILL_PER_SECOND), Duration.ofSeconds(1)))
			.build();
	}

	private ProxyManager<byte[]> buckets(StatefulRedisConnection<byte[], byte[]> connection) {
		ProxyManager<byte[]> buckets = this.buckets;
		if (buckets == null) {
			buckets = Bucket4jLettuce.casBasedBuilder(connection)
				// A full bucket is the same as none: Redis drops it (10 s after it
				// fills).
				.expirationAfterWrite(
						ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)))
				.requestTimeout(this.redis.timeout())
				.build();
			this.buckets = buckets;
		}
		return buckets;
	}

}
