package org.gba.cooperation.graphql;

import java.time.Clock;

import graphql.execution.instrumentation.Instrumentation;
import org.gba.cooperation.shared.access.AccessRules;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.graphql.execution.SubscriptionExceptionResolver;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.webmvc.GraphQlSseHandler;

/**
 * Introspection access, the execution timeout, the request body checks, the SSE transport and the
 * error codes of every response.
 */
@Configuration(proxyBeanMethods = false)
class EndpointHygieneConfiguration {

	@Bean
	Instrumentation introspectionAccess(GraphQlEndpointProperties properties, AccessRules accessRules) {
		return new IntrospectionAccessInstrumentation(properties.introspection(), accessRules);
	}

	@Bean
	Instrumentation executionTimeout(GraphQlEndpointProperties properties, Clock clock) {
		return new ExecutionTimeoutInstrumentation(properties.timeout(), clock);
	}

	@Bean
	FilterRegistrationBean<RequestBodyFilter> requestSizeLimit(GraphQlEndpointProperties properties) {
		FilterRegistrationBean<RequestBodyFilter> registration = new FilterRegistrationBean<>(
				new RequestBodyFilter(properties.maxRequestSize().toBytes()));
		registration.addUrlPatterns("/graphql");
		// Before security and everything else: nothing else reads a body that is refused.
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	/** Subscriptions over SSE, with the reason of a refusal in the stream. */
	@Bean
	GraphQlSseHandler graphQlSseHandler(WebGraphQlHandler webGraphQlHandler, GraphQlProperties graphQl) {
		return new SseHandler(webGraphQlHandler, graphQl.getHttp().getSse().getTimeout(),
				graphQl.getHttp().getSse().getKeepAlive());
	}

	@Bean
	SubscriptionExceptionResolver subscriptionErrors() {
		return SubscriptionExceptionResolver.forSingleError(GraphQlErrors::subscriptionEnded);
	}

	@Bean
	Instrumentation errorCodes() {
		return new ErrorCodesInstrumentation();
	}

}
