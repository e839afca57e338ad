package org.gba.cooperation.graphql.ratelimit;

import java.time.Duration;

import org.gba.cooperation.shared.access.Caller;

/**
 * Spends points of a signed-in caller's budget outside any request: the pages of a bulk
 * export, which run in the background but are the caller's reading all the same. The
 * points come from the same bucket as the caller's requests ({@link CostBudgets}, sized
 * by its role), so an export and the caller's own requests share one budget.
 */
public final class BackgroundBudgets {

	private final CostBudgets budgets;

	private final RateLimitProperties properties;

	BackgroundBudgets(CostBudgets budgets, RateLimitProperties properties) {
		this.budgets = budgets;
		this.properties = properties;
	}

	/**
	 * Takes {@code points} from the caller's bucket if it holds them (at most the
	 * bucket's size is asked for, so that any amount can be paid in time).
	 * @return zero when taken; otherwise how long until the bucket holds them (nothing
	 * was taken)
	 */
	public Duration spend(Caller caller, long points) {
		RateLimitProperties.Allowance allowance = this.properties.tierOf(caller).allowance();
		long cost = Math.min(Math.max(points, 0), allowance.points());
		Balance balance = this.budgets.spend(RateLimitInterceptor.subjectKey(caller), allowance, cost);
		return balance.granted() ? Duration.ZERO : Duration.ofSeconds(Math.max(1, balance.secondsUntil(cost)));
	}

}
