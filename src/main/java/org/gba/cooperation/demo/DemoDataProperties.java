package org.gba.cooperation.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Demo data settings.
 *
 * @param enabled whether to load the demo data into an empty database after the
 * migrations; true only in the embedded default, never in production
 */
@ConfigurationProperties("gba.demo-data")
public record DemoDataProperties(boolean enabled) {
}
