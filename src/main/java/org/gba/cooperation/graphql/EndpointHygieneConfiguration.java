package org.gba.cooperation.graphql;

import java.time.Clock;

import graphql.execution.instrumentation.Instrumentation;
import org.gba.cooperation.shared.access.AccessRules;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.graphql.execution.SubscriptionExceptionResolver;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.webmvc.GraphQlSseHandler;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.socket.server.standard.ServletServerContainerFactoryBean;

/**
 * Introspection access, the execution timeout, the request body checks, the SSE transport
 * and the error codes of every response.
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

	/**
	 * First of all filters (Spring Security's included, whose CORS processing parses the
	 * headers): wildcard content types, {@code /error} asked for directly, and the
	 * methods and Accept headers {@code /graphql} does not serve.
	 */
	@Bean
	FilterRegistrationBean<HttpHygieneFilter> httpHygiene(
			@Qualifier("corsConfigurationSource") CorsConfigurationSource cors) {
		FilterRegistrationBean<HttpHygieneFilter> registration = new FilterRegistrationBean<>(
				new HttpHygieneFilter(cors));
		registration.addUrlPatterns("/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	@Bean
	FilterRegistrationBean<RequestBodyFilter> requestSizeLimit(GraphQlEndpointProperties properties) {
		FilterRegistrationBean<RequestBodyFilter> registration = new FilterRegistrationBean<>(
				new RequestBodyFilter(properties.maxRequestSize().toBytes()));
		registration.addUrlPatterns("/graphql");
		// Right after the security filters, which read no body: so that a refusal still
		// carries the CORS
		// headers a browser needs to read it, and before everything that reads a body.
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
		return registration;
	}

	/**
	 * A WebSocket message is bounded like a request body
	 * ({@code gba.graphql.max-request-size}); a larger one closes the connection (1009,
	 * message too big). Tomcat's default, 8 KB, would refuse documents the HTTP endpoint
	 * takes.
	 */
	@Bean
	ServletServerContainerFactoryBean webSocketContainer(GraphQlEndpointProperties properties) {
		ServletServerContainerFactoryBean container = new ServletServerContainerFactoryBean();
		container.setMaxTextMessageBufferSize((int) properties.maxRequestSize().toBytes());
		return container;
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
