package org.gba.cooperation.graphql;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the instance shuts down.
 *
 * @param grace how long, once the instance starts shutting down, the requests already
 * running may take to finish; new ones are answered HTTP 503 meanwhile. Those still
 * running after it are cut when the web server stops. Keep it below the time the platform
 * gives the process between its stop signal and a kill (Kubernetes'
 * {@code terminationGracePeriodSeconds}, 30 s by default), less the time the rest of the
 * shutdown takes (a few seconds)
 */
@ConfigurationProperties("gba.shutdown")
public record ShutdownProperties(@DefaultValue("20s") Duration grace) {

	public ShutdownProperties {
		if (grace.isNegative()) {
			throw new IllegalArgumentException("gba.shutdown.grace must not be negative");
		}
	}

}
