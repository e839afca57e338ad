package org.gba.cooperation.people;

import org.gba.cooperation.shared.search.SearchSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What `search:` finds among people (and the talent arrangements of a person), by their
 * names.
 */
@Configuration(proxyBeanMethods = false)
class PersonSearch {

	@Bean
	SearchSource personSearchSource() {
		return new SearchSource("Person", "person", SearchSource.localized("name"));
	}

}
