package org.gba.cooperation.live;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Subscription;
import reactor.core.publisher.BaseSubscriber;
import reactor.core.scheduler.Schedulers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The in-memory event source: bounded buffers, and subscriptions that end cleanly. */
class InMemoryLiveEventsTest {

	private InMemoryLiveEvents live;

	@BeforeEach
	void start() {
		this.live = new InMemoryLiveEvents(new LiveEventsProperties(4, 2), Schedulers.immediate());
		this.live.start();
	}

	@AfterEach
	void stop() {
		this.live.stop();
	}

	@Test
	void aSubscriberThatTakesNothingIsEndedWhenItsBufferIsFullWhileOthersGoOn() {
		Recorder slow = new Recorder(0);
		Recorder fast = new Recorder(Long.MAX_VALUE);
		subscribe(slow);
		subscribe(fast);

		for (int i = 1; i <= 10; i++) {
			this.live.publish(new Change(i));
		}

		assertThat(fast.received).hasSize(10);
		assertThat(slow.error.get()).isInstanceOfSatisfying(SubscriptionEndedException.class,
				(ended) -> assertThat(ended.code()).isEqualTo("SUBSCRIBER_TOO_SLOW"));
		assertThat(this.live.subscriberCount()).isEqualTo(1);
		// Two were opened; one has ended: the count of those opened never goes down.
		assertThat(this.live.subscriptionsOpened()).isEqualTo(2);
	}

	@Test
	void onlyWhatTheSubscriberMaySeeIsDelivered() {
		Recorder recorder = new Recorder(Long.MAX_VALUE);
		this.live
			.subscribe(Change.class, (change) -> true,
					(change) -> (change.number() % 2 == 0) ? Optional.of(change.number()) : Optional.empty())
			.subscribe(recorder);

		for (int i = 1; i <= 4; i++) {
			this.live.publish(new Change(i));
		}

		assertThat(recorder.received).containsExactly(2, 4);
	}

	@Test
	void aCancelledSubscriptionIsForgotten() {
		Recorder recorder = new Recorder(Long.MAX_VALUE);
		subscribe(recorder);
		assertThat(this.live.subscriberCount()).isEqualTo(1);

		recorder.dispose();

		assertThat(this.live.subscriberCount()).isZero();
	}

	@Test
	void shuttingDownEndsEverySubscriptionWithItsReasonAfterWhatItsBufferHolds() {
		Recorder recorder = new Recorder(Long.MAX_VALUE);
		subscribe(recorder);
		this.live.publish(new Change(1));

		this.live.shutDown();

		await().until(() -> recorder.error.get() != null);
		assertThat(recorder.received).containsExactly(1);
		assertThat(recorder.error.get()).isInstanceOfSatisfying(SubscriptionEndedException.class,
				(ended) -> assertThat(ended.code()).isEqualTo("SERVICE_UNAVAILABLE"));
		assertThat(recorder.completed).isFalse();
		assertThat(this.live.subscriberCount()).isZero();
	}

	@Test
	void aSubscriptionAfterShutdownIsRefusedWithItsReason() {
		this.live.shutDown();
		Recorder late = new Recorder(Long.MAX_VALUE);

		subscribe(late);

		assertThat(late.error.get()).isInstanceOfSatisfying(SubscriptionEndedException.class,
				(refused) -> assertThat(refused.code()).isEqualTo("SERVICE_UNAVAILABLE"));
	}

	@Test
	void stoppingEndsTheSubscriptionsLeft() {
		Recorder recorder = new Recorder(Long.MAX_VALUE);
		subscribe(recorder);

		this.live.stop();

		await().until(() -> recorder.error.get() != null);
		assertThat(this.live.subscriberCount()).isZero();
	}

	@Test
	void subscriptionsBeyondTheLimitAreRefused() {
		subscribe(new Recorder(Long.MAX_VALUE));
		subscribe(new Recorder(Long.MAX_VALUE));
		Recorder third = new Recorder(Long.MAX_VALUE);

		subscribe(third);

		assertThat(third.error.get()).isInstanceOfSatisfying(SubscriptionEndedException.class,
				(refused) -> assertThat(refused.code()).isEqualTo("TOO_MANY_SUBSCRIBERS"));
	}

	private void subscribe(Recorder recorder) {
		this.live.subscribe(Change.class, (change) -> true, (change) -> Optional.of(change.number()))
			.subscribe(recorder);
	}

	record Change(int number) implements LiveEvent {
	}

	/** Requests only as many as it is told to: zero is a client that takes nothing. */
	private static final class Recorder extends BaseSubscriber<Object> {

		private final long demand;

		private final List<Object> received = new CopyOnWriteArrayList<>();

		private final AtomicReference<Throwable> error = new AtomicReference<>();

		private volatile boolean completed;

		Recorder(long demand) {
			this.demand = demand;
		}

		@Override
		protected void hookOnSubscribe(Subscription subscription) {
			if (this.demand > 0) {
				subscription.request(this.demand);
			}
		}

		@Override
		protected void hookOnNext(Object value) {
			this.received.add(value);
		}

		@Override
		protected void hookOnError(Throwable throwable) {
			this.error.set(throwable);
		}

		@Override
		protected void hookOnComplete() {
			this.completed = true;
		}

	}

}
