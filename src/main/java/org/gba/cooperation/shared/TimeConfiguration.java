package org.gba.cooperation.shared;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock of the application. Instants are UTC as ever; its zone decides what
 * "today" is (a registration closing day, a default start date): the Bay Area's, UTC+8 in
 * all three jurisdictions.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

	@Bean
	static Clock clock(@Value("${gba.time-zone:Asia/Hong_Kong}") ZoneId zone) {
		return Clock.system(zone);
	}

}
