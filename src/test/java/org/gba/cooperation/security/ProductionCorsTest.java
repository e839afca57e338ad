package org.gba.cooperation.security;

import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code mysql} profile (production) allows no browser origin unless
 * {@code GBA_CORS_ALLOWEDORIGINS} names some: the development origins of the embedded
 * default must not leak into it (issue 13, D7). Reads the real configuration files, as
 * Spring Boot does, without starting the application.
 */
class ProductionCorsTest {

	@Test
	void theMysqlProfileAllowsNoDevelopmentOrigin() {
		try (ConfigurableApplicationContext context = configuration("mysql")) {
			assertThat(context.getBean(CorsProperties.class).allowedOrigins()).isEmpty();
		}
	}

	@Test
	void theEmbeddedDefaultAllowsTheLocalDevelopmentOrigins() {
		try (ConfigurableApplicationContext context = configuration()) {
			assertThat(context.getBean(CorsProperties.class).allowedOrigins()).contains("http://localhost:3000");
		}
	}

	@Test
	void theMysqlProfileAllowsTheOriginsTheOperatorNames() {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CorsOnly.class)
			.web(WebApplicationType.NONE)
			.profiles("mysql")
			.run("--gba.cors.allowed-origins=https://partner.example.hk")) {
			assertThat(context.getBean(CorsProperties.class).allowedOrigins())
				.containsExactly("https://partner.example.hk");
		}
	}

	private static ConfigurableApplicationContext configuration(String... profiles) {
		return new SpringApplicationBuilder(CorsOnly.class).web(WebApplicationType.NONE).profiles(profiles).run();
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(CorsProperties.class)
	static class CorsOnly {

	}

}
