package org.gba.cooperation.shared.bulkhead;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * The places of a compartment: a bounded number run, a bounded number wait, the rest are
 * refused at once; a wait is bounded; places come back however the work ends; nested work
 * takes no second place; the kinds do not share places.
 */
class BulkheadsTest {

	private final ExecutorService threads = Executors.newCachedThreadPool();

	@AfterEach
	void stop() {
		this.threads.shutdownNow();
	}

	@Test
	void beyondThePlacesAndTheQueueWorkIsRefusedAtOnce() throws Exception {
		Bulkheads bulkheads = bulkheads(1, 1, Duration.ofSeconds(30));
		CountDownLatch release = new CountDownLatch(1);
		Future<String> running = this.threads.submit(() -> bulkheads.run(HeavyWork.QUERY, () -> held(release)));
		awaitState(bulkheads, 1, 0);
		Future<String> waiting = this.threads.submit(() -> bulkheads.run(HeavyWork.QUERY, () -> "waited"));
		awaitState(bulkheads, 1, 1);

		long start = System.nanoTime();
		assertThatExceptionOfType(OverloadedException.class)
			.isThrownBy(() -> bulkheads.run(HeavyWork.QUERY, () -> "refused"))
			.satisfies((ex) -> {
				assertThat(ex.getMessage()).contains("gba.bulkhead.max-concurrent").contains("gba.bulkhead.queue-size");
				assertThat(ex.retryAfterSeconds()).isBetween(1L, 30L);
				assertThat(ex.kind()).isEqualTo(HeavyWork.QUERY);
			});
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
		assertThat(bulkheads.rejected(HeavyWork.QUERY)).isEqualTo(1);

		release.countDown();
		assertThat(running.get(10, TimeUnit.SECONDS)).isEqualTo("released");
		assertThat(waiting.get(10, TimeUnit.SECONDS)).isEqualTo("waited");
		awaitState(bulkheads, 0, 0);
	}

	@Test
	void workWaitsForAPlaceAtMostTheLongestWait() throws Exception {
		Bulkheads bulkheads = bulkheads(1, 5, Duration.ofMillis(200));
		CountDownLatch release = new CountDownLatch(1);
		Future<String> running = this.threads.submit(() -> bulkheads.run(HeavyWork.QUERY, () -> held(release)));
		awaitState(bulkheads, 1, 0);

		assertThatExceptionOfType(OverloadedException.class)
			.isThrownBy(() -> bulkheads.run(HeavyWork.QUERY, () -> "refused"))
			.withMessageContaining("waited 200 ms")
			.withMessageContaining("gba.bulkhead.max-wait");
		assertThat(bulkheads.queued(HeavyWork.QUERY)).isZero();

		release.countDown();
		running.get(10, TimeUnit.SECONDS);
	}

	@Test
	void aPlaceComesBackWhenTheWorkFailsAndWhenClosedOnAnotherThread() throws Exception {
		Bulkheads bulkheads = bulkheads(1, 0, Duration.ZERO);
		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> bulkheads.run(HeavyWork.QUERY, () -> {
			throw new IllegalStateException("failed");
		}));
		assertThat(bulkheads.active(HeavyWork.QUERY)).isZero();

		Bulkheads.Place place = bulkheads.enter(HeavyWork.QUERY);
		assertThat(bulkheads.active(HeavyWork.QUERY)).isEqualTo(1);
		this.threads.submit(place::close).get(10, TimeUnit.SECONDS);
		place.close(); // once only
		assertThat(bulkheads.active(HeavyWork.QUERY)).isZero();
		assertThat(bulkheads.run(HeavyWork.QUERY, () -> "ran")).isEqualTo("ran");
	}

	@Test
	void nestedHeavyWorkRunsInThePlaceOfTheWorkAroundIt() {
		Bulkheads bulkheads = bulkheads(1, 0, Duration.ZERO);
		String nested = bulkheads.run(HeavyWork.EXPORT, () -> {
			try (Bulkheads.Place page = bulkheads.enter(HeavyWork.QUERY)) {
				assertThat(bulkheads.active(HeavyWork.QUERY)).isZero();
				return bulkheads.run(HeavyWork.EXPORT, () -> "nested");
			}
		});
		assertThat(nested).isEqualTo("nested");
		assertThat(bulkheads.holdsPlace()).isFalse();
		assertThat(bulkheads.active(HeavyWork.EXPORT)).isZero();
	}

	@Test
	void exportsDoNotTakeThePlacesOfQueries() throws Exception {
		Bulkheads bulkheads = bulkheads(1, 0, Duration.ZERO);
		CountDownLatch release = new CountDownLatch(1);
		Future<String> export = this.threads.submit(() -> bulkheads.run(HeavyWork.EXPORT, () -> held(release)));
		awaitState(bulkheads, HeavyWork.EXPORT, 1, 0);
		assertThat(bulkheads.run(HeavyWork.QUERY, () -> "query")).isEqualTo("query");
		assertThatExceptionOfType(OverloadedException.class)
			.isThrownBy(() -> bulkheads.run(HeavyWork.EXPORT, () -> "second export"))
			.withMessageContaining("gba.bulkhead.exports.max-concurrent");
		release.countDown();
		export.get(10, TimeUnit.SECONDS);
	}

	private static Bulkheads bulkheads(int maxConcurrent, int queueSize, Duration maxWait) {
		return new Bulkheads(new BulkheadProperties(maxConcurrent, queueSize, maxWait, 2_000,
				new BulkheadProperties.Exports(1, 0, Duration.ZERO)));
	}

	private static String held(CountDownLatch release) {
		try {
			assertThat(release.await(30, TimeUnit.SECONDS)).isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return "released";
	}

	private static void awaitState(Bulkheads bulkheads, int active, int queued) {
		awaitState(bulkheads, HeavyWork.QUERY, active, queued);
	}

	/** Waits, at most 10 seconds, for the compartment's observable state. */
	private static void awaitState(Bulkheads bulkheads, HeavyWork kind, int active, int queued) {
		await().atMost(Duration.ofSeconds(10))
			.pollInterval(Duration.ofMillis(5))
			.until(() -> bulkheads.active(kind) == active && bulkheads.queued(kind) == queued);
	}

}
