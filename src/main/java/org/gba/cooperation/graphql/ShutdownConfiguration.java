package org.gba.cooperation.graphql;

import org.gba.cooperation.live.LiveEvents;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.server.ConfigurableWebServerFactory;
import org.springframework.boot.web.server.Shutdown;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.web.cors.CorsConfigurationSource;

/**
 * The drain at shutdown ({@link ShutdownDrain}): the grace of the requests running, 503
 * for new ones, a last message for subscribers.
 */
@Configuration(proxyBeanMethods = false)
class ShutdownConfiguration {

	@Bean
	ShutdownDrain shutdownDrain(ApplicationContext context, LiveEvents liveEvents, ShutdownProperties properties) {
		return new ShutdownDrain(context, liveEvents, properties.grace());
	}

	/**
	 * Right after {@link HttpHygieneFilter} (which answers at once and reads nothing),
	 * before everything else: a request refused while draining costs nothing, and every
	 * request let in is counted until it ends.
	 */
	@Bean
	FilterRegistrationBean<ShutdownDrainFilter> shutdownDrainFilter(ShutdownDrain drain, Environment environment,
			MessageSource messages, GbaGraphQlProperties properties,
			@Qualifier("corsConfigurationSource") CorsConfigurationSource cors) {
		String managementPath = environment.getProperty("management.endpoints.web.base-path", "/actuator");
		FilterRegistrationBean<ShutdownDrainFilter> registration = new FilterRegistrationBean<>(
				new ShutdownDrainFilter(drain, managementPath, messages, properties.defaultLanguage(), cors));
		registration.addUrlPatterns("/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

	/**
	 * The drain has waited for the requests running already: the web server stops at once
	 * after it ({@code server.shutdown} has no effect). Tomcat's graceful shutdown would
	 * only wait a second time, up to {@code spring.lifecycle.timeout-per-shutdown-phase}
	 * (30 s), for the requests the grace has cut, with the port closed.
	 */
	@Bean
	WebServerFactoryCustomizer<ConfigurableWebServerFactory> immediateWebServerShutdown() {
		return (factory) -> factory.setShutdown(Shutdown.IMMEDIATE);
	}

}
