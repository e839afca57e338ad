package org.gba.cooperation.bench;

import org.gba.cooperation.support.DatabaseIndependent;
import org.gba.cooperation.support.GraphQlIntegrationTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The test class path holds the bench's server classes (src/bench/server), yet without
 * the profile {@code bench}, which only {@link BenchApplication} and the bench's own
 * tests turn on, nothing of them is there: the suite tests the product's application.
 * (The production jar does not hold them at all: {@link ProductionJarIT}.)
 */
@DatabaseIndependent
class BenchOffByDefaultIT extends GraphQlIntegrationTestSupport {

	@Autowired
	private ApplicationContext context;

	@Test
	void theProfileIsOff() {
		assertThat(this.context.getEnvironment().getActiveProfiles()).doesNotContain(BenchApplication.PROFILE);
		assertThat(this.context.getBeanNamesForType(PartnerDashboardBaseline.class)).isEmpty();
		assertThat(this.context.getBeanNamesForType(BenchMetrics.class)).isEmpty();
	}

	@Test
	void theMetricsDoNotExist() {
		this.http.get().uri("/bench/metrics").exchange().expectStatus().isNotFound();
	}

	@Test
	void theBaselineDoesNotExist() {
		this.http.get().uri("/bench/dashboard").exchange().expectStatus().isNotFound();
	}

}
