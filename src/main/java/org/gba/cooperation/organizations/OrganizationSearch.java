package org.gba.cooperation.organizations;

import java.util.stream.Stream;

import org.gba.cooperation.shared.search.SearchSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What `search:` finds among organisations, by their names and abbreviation. */
@Configuration(proxyBeanMethods = false)
class OrganizationSearch {

	@Bean
	SearchSource organizationSearchSource() {
		return new SearchSource("Organization", "organization",
				Stream.concat(SearchSource.localized("name").stream(), Stream.of("abbreviation")).toList());
	}

}
