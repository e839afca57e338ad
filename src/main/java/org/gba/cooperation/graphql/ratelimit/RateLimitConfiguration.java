package org.gba.cooperation.graphql.ratelimit;

import java.time.Clock;

import org.gba.cooperation.shared.access.AccessRules;
import org.gba.cooperation.shared.redis.SharedRedis;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;

/**
 * Rate limits by query cost: the budgets of callers, and their report on every response.
 */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

	/**
	 * In memory, in this instance (the embedded default), or in Redis, shared by every
	 * instance, with this instance's own as the fallback
	 * ({@code gba.shared-state.store=redis}).
	 */
	@Bean
	CostBudgets costBudgets(Clock clock, RateLimitProperties properties, ObjectProvider<SharedRedis> redis) {
		CostBudgets local = new InMemoryCostBudgets(clock, properties.maxCallers());
		SharedRedis shared = redis.getIfAvailable();
		return (shared != null) ? new RedisCostBudgets(shared, local) : local;
	}

	/**
	 * The outermost interceptor but the WebSocket sign-in (which tells it the caller of a
	 * WebSocket operation): it reports the budget on every response, the other limits'
	 * refusals included.
	 */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE + 1)
	WebGraphQlInterceptor rateLimit(CostBudgets budgets, RateLimitProperties properties, AccessRules accessRules) {
		return new RateLimitInterceptor(budgets, properties, accessRules);
	}

	/** The budgets of callers for work done outside requests: bulk exports. */
	@Bean
	BackgroundBudgets backgroundBudgets(CostBudgets budgets, RateLimitProperties properties) {
		return new BackgroundBudgets(budgets, properties);
	}

	/** Replaces Boot's handler (which backs off) to answer 429 to throttled requests. */
	@Bean
	GraphQlHttpHandler graphQlHttpHandler(WebGraphQlHandler webGraphQlHandler) {
		return new ThrottlingHttpHandler(webGraphQlHandler);
	}

}
