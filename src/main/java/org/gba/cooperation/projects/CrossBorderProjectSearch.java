package org.gba.cooperation.projects;

import org.gba.cooperation.shared.search.SearchSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What `search:` finds among cross-border projects, by their names. */
@Configuration(proxyBeanMethods = false)
class CrossBorderProjectSearch {

	@Bean
	SearchSource crossBorderProjectSearchSource() {
		return new SearchSource("CrossBorderProject", "cross_border_project", SearchSource.localized("name"));
	}

}
