package org.gba.cooperation.graphql.ratelimit;

import org.gba.cooperation.graphql.ratelimit.RateLimitProperties.Allowance;

/**
 * Where the cost budgets of callers are kept: in memory in one instance
 * ({@link InMemoryCostBudgets}); a store shared by every instance comes with scale-out.
 * An implementation must be safe for concurrent use, and take points from one caller's
 * bucket atomically.
 */
public interface CostBudgets {

	/**
	 * Takes {@code cost} points from the caller's bucket if it holds that many, first
	 * restoring what its allowance restores since the bucket was last used; takes nothing
	 * otherwise.
	 * @param caller who spends: a token subject or a client address, as a key
	 * @param allowance the size and restore rate of the caller's bucket
	 * @param cost the points to take; 0 takes nothing and reads the bucket
	 * @return whether the points were taken, and what the bucket holds afterwards
	 */
	Balance spend(String caller, Allowance allowance, long cost);

	/**
	 * Gives back points taken by {@link #spend} that a request did not use, up to the
	 * bucket's size.
	 * @param caller who spent them
	 * @param allowance the size and restore rate of the caller's bucket
	 * @param points the points to give back
	 * @return what the bucket holds afterwards (granted)
	 */
	Balance refund(String caller, Allowance allowance, long points);

}
