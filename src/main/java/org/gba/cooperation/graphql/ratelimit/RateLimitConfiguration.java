package org.gba.cooperation.graphql.ratelimit;

import java.time.Clock;

import org.gba.cooperation.shared.access.AccessRules;
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
	 * In memory, in this instance: with several instances, each would keep its own
	 * budgets.
	 */
	@Bean
	CostBudgets costBudgets(Clock clock, RateLimitProperties properties) {
		return new InMemoryCostBudgets(clock, properties.maxCallers());
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
