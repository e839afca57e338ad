package org.gba.cooperation.graphql.ratelimit;

import java.time.Clock;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.gba.cooperation.graphql.ratelimit.RateLimitProperties.Allowance;

/**
 * The budgets of one instance, in memory. Only buckets that are not full are kept: a full
 * bucket is the same as no bucket, so a bucket that fills up is dropped, and so, when
 * more than {@code maxCallers} are kept, are those that have filled since they were last
 * used, then the ones idle longest (which gives those callers their points back early:
 * memory stays bounded whatever the number of callers).
 */
final class InMemoryCostBudgets implements CostBudgets {

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	private final Clock clock;

	private final int maxCallers;

	InMemoryCostBudgets(Clock clock, int maxCallers) {
		this.clock = clock;
		this.maxCallers = maxCallers;
	}

	@Override
	public Balance spend(String caller, Allowance allowance, long cost) {
		long now = this.clock.millis();
		if (this.buckets.size() >= this.maxCallers && !this.buckets.containsKey(caller)) {
			prune(now);
		}
		Balance[] balance = new Balance[1];
		// compute() runs atomically for one key: two requests of one caller never spend
		// the same points.
		this.buckets.compute(caller, (key, bucket) -> {
			double available = (bucket != null) ? bucket.availableAt(now, allowance) : allowance.points();
			boolean granted = cost <= available;
			if (granted) {
				available -= cost;
			}
			balance[0] = new Balance(granted, available, allowance);
			long at = (bucket != null) ? Math.max(now, bucket.updatedAt()) : now;
			return (available >= allowance.points()) ? null : Bucket.of(available, at, allowance);
		});
		return balance[0];
	}

	@Override
	public Balance refund(String caller, Allowance allowance, long points) {
		long now = this.clock.millis();
		Balance[] balance = new Balance[1];
		this.buckets.compute(caller, (key, bucket) -> {
			// No bucket: it filled up and was dropped meanwhile, and a full bucket takes
			// nothing back.
			double available = (bucket != null)
					? Math.min(allowance.points(), bucket.availableAt(now, allowance) + Math.max(0, points))
					: allowance.points();
			balance[0] = new Balance(true, available, allowance);
			long at = (bucket != null) ? Math.max(now, bucket.updatedAt()) : now;
			return (available >= allowance.points()) ? null : Bucket.of(available, at, allowance);
		});
		return balance[0];
	}

	/** How many callers have a bucket that is not full (for tests and metrics). */
	int size() {
		return this.buckets.size();
	}

	private synchronized void prune(long now) {
		if (this.buckets.size() < this.maxCallers) {
			return;
		}
		this.buckets.values().removeIf((bucket) -> bucket.fullAt() <= now);
		int excess = this.buckets.size() - this.maxCallers * 9 / 10;
		if (excess > 0) {
			this.buckets.entrySet()
				.stream()
				.sorted(Comparator.comparingLong((Map.Entry<String, Bucket> entry) -> entry.getValue().updatedAt()))
				.limit(excess)
				.map(Map.Entry::getKey)
				.toList()
				.forEach(this.buckets::remove);
		}
	}

	/**
	 * A bucket as it was last used.
	 *
	 * @param points what it held then
	 * @param updatedAt when, in epoch milliseconds
	 * @param fullAt when it is full again, unless used before
	 */
	private record Bucket(double points, long updatedAt, long fullAt) {

		static Bucket of(double points, long now, Allowance allowance) {
			long untilFull = (long) Math.ceil((allowance.points() - points) * 1000 / allowance.perSecond());
			return new Bucket(points, now, now + untilFull);
		}

		/**
		 * What it holds at {@code now}: what it held, plus what was restored since, up to
		 * its size.
		 */
		double availableAt(long now, Allowance allowance) {
			// A clock set back restores nothing, rather than taking points away.
			long elapsed = Math.max(0, now - this.updatedAt);
			return Math.min(allowance.points(), this.points + elapsed * allowance.perSecond() / 1000.0);
		}

	}

}
