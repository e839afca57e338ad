package org.gba.cooperation.graphql.ratelimit;

import org.gba.cooperation.graphql.ratelimit.RateLimitProperties.Allowance;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Bucket4j configuration of an allowance. Bucket4j refuses to refill faster than one
 * token per nanosecond; a budget meant never to run out (the benchmark's: 10^12 points a
 * second) once made every spend fail, and so fall back to the instance's own budget.
 */
class RedisCostBudgetsTest {

	@Test
	void anAllowanceRestoringFasterThanBucket4jAllowsRefillsAsFastAsItAllows() {
		var configuration = RedisCostBudgets.configurationOf(new Allowance(1_000_000_000_000L, 1_000_000_000_000L));

		assertThat(configuration.getBandwidths()).singleElement().satisfies((bandwidth) -> {
			assertThat(bandwidth.getCapacity()).isEqualTo(1_000_000_000_000L);
			assertThat(bandwidth.getRefillTokens()).isEqualTo(1_000_000_000L);
		});
	}

	@Test
	void anOrdinaryAllowanceIsKeptAsConfigured() {
		var configuration = RedisCostBudgets.configurationOf(new Allowance(50_000L, 1_000L));

		assertThat(configuration.getBandwidths()).singleElement().satisfies((bandwidth) -> {
			assertThat(bandwidth.getCapacity()).isEqualTo(50_000L);
			assertThat(bandwidth.getRefillTokens()).isEqualTo(1_000L);
			assertThat(bandwidth.getRefillPeriodNanos()).isEqualTo(1_000_000_000L);
		});
	}

}
