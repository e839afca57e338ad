package org.gba.cooperation.bench;

import org.gba.cooperation.support.GraphQlIntegrationTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** Without the {@code bench} profile (the embedded default, as in {@code mysql}) the baseline does not exist. */
class PartnerDashboardAbsentIT extends GraphQlIntegrationTestSupport {

	@Autowired
	private ApplicationContext context;

	@Test
	void theBaselineIsNotFoundWithoutTheBenchProfile() {
		assertThat(this.context.getEnvironment().getActiveProfiles()).doesNotContain("bench");
		assertThat(this.context.getBeanNamesForType(PartnerDashboardBaseline.class)).isEmpty();
		this.http.get().uri("/bench/dashboard").exchange().expectStatus().isNotFound();
	}

}
