package org.gba.cooperation.bench.load;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * The knobs of a benchmark run, read from system properties
 * ({@code -Dbench.clients=1,16,64}); the defaults are those of a full run.
 * {@code src/bench/run.sh} sets them from its options.
 *
 * @param baseUrl where the application listens (the load goes there)
 * @param probeUrl where the set-up and the probe's requests go: the application, or one
 * of its instances when the load goes through a load balancer (statement counts are one
 * instance's)
 * @param dashboardDocument the GraphQL document of the partner dashboard
 * @param baselinePath the baseline endpoint's path, answering the same {@code data} as
 * the dashboard document without GraphQL; empty when there is none to compare with
 * @param clients the numbers of concurrent clients, one level after the other (closed
 * model)
 * @param duration how long each level lasts
 * @param warmUp how long the warm-up lasts (its requests are reported apart)
 * @param deepOffset how many rows deep the deep page starts
 * @param pageSize the page size of the first and the deep page
 * @param probeFile where the statement counts of the probe are written (JSON)
 * @param partnerClients the partner clients of the mixed scenario (dashboard and
 * {@code node} look-ups), alone and then under the heavy load; 0 leaves the scenario out
 * @param heavyClients the clients of the mixed scenario's heavy load (statistics and
 * filtered search)
 * @param overloadedFile where the mixed scenario's {@code OVERLOADED} (429) answers are
 * counted, per request (JSON)
 */
record BenchSettings(String baseUrl, String probeUrl, Path dashboardDocument, String baselinePath,
		List<Integer> clients, Duration duration, Duration warmUp, int deepOffset, int pageSize, Path probeFile,
		int partnerClients, int heavyClients, Path overloadedFile) {

	static final Path DASHBOARD = Path.of("src/bench/server/resources/bench/partner-dashboard.graphql");

	static final Path MIX = Path.of("src/bench/load/resources/bench/mix.graphql");

	static BenchSettings fromSystemProperties() {
		Path dashboard = Path.of(property("bench.dashboard-document", DASHBOARD.toString()));
		List<Integer> clients = Arrays.stream(property("bench.clients", "1,16,64").split(","))
			.map(String::trim)
			.filter((level) -> !level.isEmpty())
			.map(Integer::valueOf)
			.toList();
		String baseUrl = property("bench.base-url", "http://127.0.0.1:8080");
		return new BenchSettings(baseUrl, property("bench.probe-url", baseUrl), dashboard,
				property("bench.baseline-path", "/bench/dashboard"), clients,
				Duration.ofSeconds(Long.parseLong(property("bench.duration", "60"))),
				Duration.ofSeconds(Long.parseLong(property("bench.warm-up", "30"))),
				Integer.parseInt(property("bench.deep-offset", "10000")),
				Integer.parseInt(property("bench.page-size", "20")),
				Path.of(property("bench.probe-file", "target/bench/probe.json")),
				Integer.parseInt(property("bench.partner-clients", "4")),
				Integer.parseInt(property("bench.heavy-clients", "64")),
				Path.of(property("bench.overloaded-file", "target/bench/overloaded.json")));
	}

	boolean hasBaseline() {
		return !this.baselinePath.isBlank();
	}

	private static String property(String name, String defaultValue) {
		String value = System.getProperty(name);
		return (value == null || value.isBlank()) ? defaultValue : value;
	}

}
