package org.gba.cooperation.graphql.ratelimit;

import java.util.List;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.execution.AbortExecutionException;
import org.gba.cooperation.graphql.ratelimit.RateLimitProperties.Tier;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.execution.ErrorType;

/**
 * The budget of the caller of one request, in the request's {@code GraphQLContext} under
 * this class. The query limits spend the request's requested cost from it once the cost
 * is known, before the document is validated or run, and {@link #settle settle} at its
 * actual cost once it ran; the {@link RateLimitInterceptor} reports what it holds
 * afterwards.
 */
public final class RequestBudget {

	/**
	 * The classification, and {@code extensions.code}, of a request refused for want of
	 * points.
	 */
	static final String THROTTLED = "THROTTLED";

	private final CostBudgets budgets;

	private final String caller;

	private final Tier tier;

	private volatile @Nullable Balance spent;

	private volatile long cost;

	RequestBudget(CostBudgets budgets, String caller, Tier tier) {
		this.budgets = budgets;
		this.caller = caller;
		this.tier = tier;
	}

	/**
	 * Takes the request's cost from the caller's bucket.
	 * @throws AbortExecutionException when the cost is more than the bucket can ever hold
	 * ({@code QUERY_TOO_COSTLY}) or more than it holds now ({@code THROTTLED});
	 * graphql-java then answers with that error and runs nothing
	 */
	public void spend(long cost) {
		long size = this.tier.allowance().points();
		if (cost > size) {
			throw new AbortExecutionException(List.of(GraphQLError.newError()
				.errorType(ErrorType.BAD_REQUEST)
				.message("The query costs " + cost + ", over the " + size + " points the budget of "
						+ withArticle(this.tier.name()) + " caller holds (gba.graphql.rate-limit." + this.tier.name()
						+ ".size)")
				.extensions(Map.of("code", "QUERY_TOO_COSTLY"))
				.build()));
		}
		Balance balance = this.budgets.spend(this.caller, this.tier.allowance(), cost);
		this.cost = cost;
		this.spent = balance;
		if (!balance.granted()) {
			throw new AbortExecutionException(List.of(GraphQLError.newError()
				.errorType(ErrorClassification.errorClassification(THROTTLED))
				.message("Rate limit: the query costs " + cost + " points and your budget holds " + balance.remaining()
						+ " of " + size + ", restored at " + this.tier.allowance().perSecond()
						+ " points per second; retry in " + balance.secondsUntil(cost) + " seconds")
				.extensions(Map.of("code", THROTTLED))
				.build()));
		}
	}

	/** "an anonymous", "a partner": the tier's name with its indefinite article. */
	static String withArticle(String tier) {
		return ("aeiou".indexOf(Character.toLowerCase(tier.charAt(0))) >= 0 ? "an " : "a ") + tier;
	}

	/**
	 * Gives back what the request paid beyond its actual cost (Shopify's way): a request
	 * that runs fewer nodes than its page sizes allow pays for what it ran. At least one
	 * point stays spent for a request that cost anything, so that requests that run
	 * nothing (invalid documents) are not free.
	 */
	public void settle(long actualCost) {
		Balance spent = this.spent;
		if (spent == null || !spent.granted()) {
			return;
		}
		long kept = Math.min(this.cost, Math.max(actualCost, 1));
		if (kept < this.cost) {
			this.spent = this.budgets.refund(this.caller, this.tier.allowance(), this.cost - kept);
			// Settled: a subscription settles again with each message, and must not be
			// refunded again.
			this.cost = kept;
		}
	}

	/**
	 * What the caller's bucket holds now, as reported with every message of a
	 * subscription (which may come long after the request spent its cost).
	 */
	public Balance now() {
		return this.budgets.spend(this.caller, this.tier.allowance(), 0);
	}

	/**
	 * What the caller's bucket holds after this request: as it spent, or as it is now if
	 * it spent nothing.
	 */
	Balance balance() {
		Balance spent = this.spent;
		return (spent != null) ? spent : this.budgets.spend(this.caller, this.tier.allowance(), 0);
	}

	/** Whether the request was refused for want of points. */
	boolean throttled() {
		Balance spent = this.spent;
		return spent != null && !spent.granted();
	}

	/** The seconds until the bucket holds the refused request's cost. */
	long secondsUntilAffordable() {
		return balance().secondsUntil(this.cost);
	}

}
