package org.gba.cooperation.support.cluster;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gba.cooperation.GbaCooperationApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * An instance of the real application in the test's JVM, a Spring application of its own
 * on loopback ports of its own (HTTP and management), configured as a deployment is: with
 * command-line arguments, above {@code application.yml}.
 */
public final class AppInstance implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private AppInstance(ConfigurableApplicationContext context) {
		this.context = context;
	}

	/**
	 * Starts an instance with these properties, on free ports unless they name others;
	 * returns once it is started.
	 */
	public static AppInstance start(String name, Map<String, Object> properties) {
		Map<String, Object> all = new LinkedHashMap<>();
		all.put("server.port", "0");
		// Actuator on a port of its own, as in production: its endpoints are never
		// reached through the public port.
		all.put("management.server.port", "0");
		all.put("spring.application.name", "gba-cooperation-api-" + name);
		all.putAll(properties);
		List<String> arguments = new ArrayList<>();
		all.forEach((key, value) -> arguments.add("--" + key + "=" + value));
		return new AppInstance(
				new SpringApplicationBuilder(GbaCooperationApplication.class).run(arguments.toArray(String[]::new)));
	}

	/** The base URL of its API (GraphQL at {@code /graphql}). */
	public String url() {
		return "http://127.0.0.1:" + this.context.getEnvironment().getRequiredProperty("local.server.port");
	}

	/**
	 * The base URL of its actuator endpoints: the management port's, or the API's where
	 * the management server shares it.
	 */
	public String managementUrl() {
		Environment environment = this.context.getEnvironment();
		String port = environment.getProperty("local.management.port",
				environment.getRequiredProperty("local.server.port"));
		return "http://127.0.0.1:" + port;
	}

	/** Its application context, to reach its beans. */
	public ConfigurableApplicationContext context() {
		return this.context;
	}

	@Override
	public void close() {
		this.context.close();
	}

}
