package org.gba.cooperation.bench;

import org.gba.cooperation.support.GraphQlIntegrationTestSupport;
import org.junit.jupiter.api.Test;

/** Without the {@code bench} profile, nothing of the benchmark is there. */
class BenchOffByDefaultIT extends GraphQlIntegrationTestSupport {

	@Test
	void theMetricsDoNotExist() {
		this.http.get().uri("/bench/metrics").exchange().expectStatus().isNotFound();
	}

}
