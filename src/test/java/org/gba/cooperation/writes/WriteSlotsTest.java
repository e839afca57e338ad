package org.gba.cooperation.writes;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The bulkhead of writers: so many at once, a bounded wait for a place, and always room
 * for readers.
 */
class WriteSlotsTest {

	@Test
	void aWriterFindingEveryPlaceTakenIsTurnedAwayAfterItsPatienceHavingRunNothing() throws Exception {
		WriteSlots slots = new WriteSlots(limits(1), pool(10));
		CountDownLatch holding = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService other = Executors.newSingleThreadExecutor();
		try {
			other.submit(() -> slots.callWithin(Duration.ofSeconds(5), () -> {
				holding.countDown();
				await(release);
				return "first";
			}));
			await(holding);

			Object second = slots.callWithin(Duration.ofMillis(50), () -> "second");

			assertThat(second).isNull();
		}
		finally {
			release.countDown();
			other.shutdown();
			assertThat(other.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
		}
	}

	@Test
	void aPlaceGivenBackServesTheNextWriter() {
		WriteSlots slots = new WriteSlots(limits(1), pool(10));

		assertThat(slots.callWithin(Duration.ZERO, () -> "first")).isEqualTo("first");
		assertThat(slots.callWithin(Duration.ZERO, () -> "second")).isEqualTo("second");
	}

	@Test
	void aWriteWithinAWriteTakesNoSecondPlace() {
		WriteSlots slots = new WriteSlots(limits(1), pool(10));

		assertThat(slots.callWithin(Duration.ZERO, () -> slots.callWithin(Duration.ZERO, () -> "nested")))
			.isEqualTo("nested");
	}

	@Test
	void writersMayNotTakeEveryConnectionOfThePool() {
		assertThatIllegalStateException().isThrownBy(() -> new WriteSlots(limits(10), pool(10)))
			.withMessageContaining("gba.writes.max-concurrent (10) must be less than the connection pool's size (10");
	}

	private static WriteLimitsProperties limits(int maxConcurrent) {
		return new WriteLimitsProperties(Duration.ofSeconds(5), maxConcurrent, Duration.ofSeconds(2));
	}

	private static HikariDataSource pool(int size) {
		HikariDataSource pool = new HikariDataSource();
		pool.setMaximumPoolSize(size);
		return pool;
	}

	private static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
