package org.gba.cooperation.labs;

import org.gba.cooperation.shared.search.SearchSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What `search:` finds among joint labs, by their names. */
@Configuration(proxyBeanMethods = false)
class JointLabSearch {

	@Bean
	SearchSource jointLabSearchSource() {
		return new SearchSource("JointLab", "joint_lab", SearchSource.localized("name"));
	}

}
