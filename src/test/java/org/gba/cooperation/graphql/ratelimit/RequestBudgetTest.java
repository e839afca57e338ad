package org.gba.cooperation.graphql.ratelimit;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import graphql.execution.AbortExecutionException;
import org.gba.cooperation.graphql.ratelimit.RateLimitProperties.Allowance;
import org.gba.cooperation.graphql.ratelimit.RateLimitProperties.Tier;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** One request's budget: spent once, refunded once, and told in plain English. */
class RequestBudgetTest {

	private static final Clock STILL = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

	private final InMemoryCostBudgets budgets = new InMemoryCostBudgets(STILL, 10);

	@Test
	void aCostOverTheBucketSaysWhoseBudgetItIs() {
		RequestBudget budget = new RequestBudget(this.budgets, "address:192.0.2.1",
				new Tier("anonymous", new Allowance(100L, 10L)));

		assertThatExceptionOfType(AbortExecutionException.class).isThrownBy(() -> budget.spend(101))
			.satisfies((refused) -> assertThat(refused.getUnderlyingErrors().get(0).getMessage())
				.contains("the budget of an anonymous caller holds"));
	}

	@Test
	void whatARequestDidNotUseGoesBackOnceHoweverOftenItSettles() {
		// A subscription settles with each of its messages.
		RequestBudget budget = new RequestBudget(this.budgets, "subject:subscriber",
				new Tier("partner", new Allowance(100L, 10L)));
		budget.spend(50);

		budget.settle(10);
		budget.settle(10);
		budget.settle(10);

		assertThat(budget.now().remaining()).isEqualTo(90);
	}

}
