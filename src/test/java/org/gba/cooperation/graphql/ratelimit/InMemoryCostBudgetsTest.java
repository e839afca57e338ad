package org.gba.cooperation.graphql.ratelimit;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.gba.cooperation.graphql.ratelimit.RateLimitProperties.Allowance;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The in-memory store: exact arithmetic, atomic spending, and memory bounded whatever the
 * callers.
 */
class InMemoryCostBudgetsTest {

	private static final Allowance ALLOWANCE = new Allowance(100L, 10L);

	private static final Clock STILL = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

	@Test
	void aBucketThatFillsAgainIsDropped() {
		InMemoryCostBudgets budgets = new InMemoryCostBudgets(STILL, 10);

		budgets.spend("a", ALLOWANCE, 30);
		budgets.spend("b", ALLOWANCE, 0);

		// "a" is kept, 70 points; "b", full, is the same as no bucket.
		assertThat(budgets.size()).isEqualTo(1);
		assertThat(budgets.spend("a", ALLOWANCE, 0).remaining()).isEqualTo(70);
	}

	@Test
	void beyondTheMostCallersTheIdlestAreDropped() {
		InMemoryCostBudgets budgets = new InMemoryCostBudgets(STILL, 10);

		for (int i = 0; i < 25; i++) {
			budgets.spend("caller-" + i, ALLOWANCE, 50);
		}

		assertThat(budgets.size()).isLessThanOrEqualTo(10);
	}

	@Test
	void concurrentRequestsOfOneCallerNeverSpendTheSamePoints() throws Exception {
		InMemoryCostBudgets budgets = new InMemoryCostBudgets(STILL, 10);
		ExecutorService threads = Executors.newFixedThreadPool(8);
		try {
			List<Future<Boolean>> spent = IntStream.range(0, 200)
				.mapToObj((i) -> threads.submit(() -> budgets.spend("one", ALLOWANCE, 3).granted()))
				.toList();
			long granted = 0;
			for (Future<Boolean> each : spent) {
				granted += each.get() ? 1 : 0;
			}

			// 100 points, 3 each, the clock standing still: 33 granted, 1 point left.
			assertThat(granted).isEqualTo(33);
			assertThat(budgets.spend("one", ALLOWANCE, 0).remaining()).isEqualTo(1);
		}
		finally {
			threads.shutdownNow();
		}
	}

}
