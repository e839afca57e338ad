package org.gba.cooperation.live;

import java.util.function.Consumer;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.gba.cooperation.shared.redis.SharedRedis;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.json.JsonMapper;

/**
 * The event source, fed by the changes of committed transactions only: in memory, or with
 * {@code gba.shared-state.store=redis} in memory and passed on to the other instances.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LiveEventsProperties.class)
class LiveEventsConfiguration {

	@Bean
	InMemoryLiveEvents liveEvents(LiveEventsProperties properties) {
		// Reads for subscribers block on the database: Reactor's bounded pool for
		// blocking work.
		return new InMemoryLiveEvents(properties, Schedulers.boundedElastic());
	}

	/**
	 * The subscriptions open on this instance ({@code gba.graphql.subscriptions}) and the
	 * messages sent to them or dropped ({@code gba.graphql.subscription.messages}, by
	 * {@code result}).
	 */
	@Bean
	MeterBinder liveEventsMetrics(InMemoryLiveEvents events) {
		return (registry) -> {
			Gauge.builder("gba.graphql.subscriptions", events, InMemoryLiveEvents::subscriberCount)
				.description("Subscriptions open on this instance")
				.register(registry);
			FunctionCounter.builder("gba.graphql.subscription.messages", events, InMemoryLiveEvents::messagesSent)
				.description("Messages sent to subscribers, or dropped (the subscriber was too slow, or ended)")
				.tag("result", "sent")
				.register(registry);
			FunctionCounter.builder("gba.graphql.subscription.messages", events, InMemoryLiveEvents::messagesDropped)
				.description("Messages sent to subscribers, or dropped (the subscriber was too slow, or ended)")
				.tag("result", "dropped")
				.register(registry);
		};
	}

	@Bean
	CommittedChanges committedChanges(InMemoryLiveEvents local, ObjectProvider<SharedRedis> redis, JsonMapper json) {
		SharedRedis shared = redis.getIfAvailable();
		return new CommittedChanges((shared != null) ? new RedisFanOut(local, shared, json)::publish : local::publish);
	}

	/**
	 * Passes a change on once its transaction has committed: never before, and never one
	 * that rolled back. A change published outside a transaction is not passed on at all
	 * (no writer does that).
	 */
	static final class CommittedChanges {

		private final Consumer<LiveEvent> publisher;

		CommittedChanges(Consumer<LiveEvent> publisher) {
			this.publisher = publisher;
		}

		@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
		void committed(LiveEvent change) {
			this.publisher.accept(change);
		}

	}

}
