package org.gba.cooperation.shared.redis;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Redis connections, with {@code gba.shared-state.store=redis} only: each user of
 * shared state (cost budgets, persisted queries, subscriptions) takes the
 * {@link SharedRedis} bean when there is one and keeps its state in memory otherwise.
 */
@Configuration(proxyBeanMethods = false)
class SharedStateConfiguration {

	@Bean
	@ConditionalOnProperty(name = "gba.shared-state.store", havingValue = "redis")
	SharedRedis sharedRedis(SharedStateProperties properties) {
		return new SharedRedis(properties.redis());
	}

}
