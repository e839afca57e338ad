package org.gba.cooperation.live;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import reactor.core.scheduler.Schedulers;

/** The in-memory event source, fed by the changes of committed transactions only. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LiveEventsProperties.class)
class LiveEventsConfiguration {

	@Bean
	InMemoryLiveEvents liveEvents(LiveEventsProperties properties) {
		// Reads for subscribers block on the database: Reactor's bounded pool for
		// blocking work.
		return new InMemoryLiveEvents(properties, Schedulers.boundedElastic());
	}

	@Bean
	CommittedChanges committedChanges(LiveEvents liveEvents) {
		return new CommittedChanges(liveEvents);
	}

	/**
	 * Passes a change on once its transaction has committed: never before, and never one
	 * that rolled back. A change published outside a transaction is not passed on at all
	 * (no writer does that).
	 */
	static final class CommittedChanges {

		private final LiveEvents liveEvents;

		CommittedChanges(LiveEvents liveEvents) {
			this.liveEvents = liveEvents;
		}

		@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
		void committed(LiveEvent change) {
			this.liveEvents.publish(change);
		}

	}

}
