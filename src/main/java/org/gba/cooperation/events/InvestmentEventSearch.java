package org.gba.cooperation.events;

import org.gba.cooperation.shared.search.SearchSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What `search:` finds among investment events, by their names. */
@Configuration(proxyBeanMethods = false)
class InvestmentEventSearch {

	@Bean
	SearchSource investmentEventSearchSource() {
		return new SearchSource("InvestmentEvent", "investment_event", SearchSource.localized("name"));
	}

}
