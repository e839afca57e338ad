package org.gba.cooperation.graphql;

import java.time.Clock;

import graphql.execution.instrumentation.Instrumentation;
import org.gba.cooperation.shared.access.AccessRules;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Introspection access, the execution timeout, the request body checks and the error codes of every response. */
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
		// Right after the security filters, which read no body: so that a refusal still carries the CORS
		// headers a browser needs to read it, and before everything that reads a body.
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
		return registration;
	}

	@Bean
	Instrumentation errorCodes() {
		return new ErrorCodesInstrumentation();
	}

}
