package org.gba.cooperation.drills;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.gba.cooperation.shared.GlobalId;
import org.gba.cooperation.support.cluster.AppInstance;
import org.gba.cooperation.support.cluster.FaultProxy;
import org.gba.cooperation.support.cluster.OwnMariaDb;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Drill: a slow database, every statement 500 ms late. The application reaches its
 * MariaDB server ({@link OwnMariaDb}) through a {@link FaultProxy} that holds what the
 * application sends for 500 ms (a statement, a connection's check alike). On a pool of 5
 * connections with 2 places for heavy queries ({@code gba.bulkhead.*}, docs/limits.md),
 * thirty analysts flood it with heavy queries (large nested pages) while two partners
 * look records up by {@code node(id:)}, each sending its next request 100 ms after its
 * last answer:
 * <ul>
 * <li>every look-up gets a connection and answers, slowly: never an error, never a wait
 * for a connection that runs out ({@code SERVICE_UNAVAILABLE});</li>
 * <li>every heavy query answers with its data, or is refused {@code OVERLOADED} (HTTP 429
 * with {@code Retry-After}) when the bulkhead's places and queue are full, or ends
 * {@code TIMEOUT} at {@code gba.graphql.timeout}: the errors and bounds docs/limits.md
 * documents, nothing else;</li>
 * <li>no request takes longer than {@code gba.graphql.timeout} and the statement in
 * flight when it ran out.</li>
 * </ul>
 * Without the bulkhead the thirty heavy queries take the whole pool, and look-ups wait
 * for a connection until Hikari's {@code connection-timeout} (2 s) fails them.
 */
@Tag("scale-out")
@ExtendWith(OwnMariaDb.class)
class SlowDatabaseDrillIT {

	private static final String DATABASE = "gba_drill_slow";

	private static final Duration DELAY = Duration.ofMillis(500);

	private static final Duration TIMEOUT = Duration.ofSeconds(4);

	/** The longest any request may take: its time-out, then the statement in flight. */
	private static final Duration BOUND = TIMEOUT.plus(DELAY.multipliedBy(4));

	private static final Duration FLOOD = Duration.ofSeconds(15);

	private static final int ANALYSTS = 30;

	/**
	 * Heavy for its requested cost (2,201, over {@code gba.bulkhead.heavy-cost}), and
	 * read from the database every time (the statistics are not: they are kept).
	 */
	private static final String LARGE_PAGES = "{ jointLabs(first: 100) { nodes { id talentArrangements(first: 20) "
			+ "{ nodes { id } } } } }";

	private static final String LOOK_UP = "query($id: ID!) { node(id: $id) { id ... on JointLab { name } } }";

	private static FaultProxy proxy;

	private static AppInstance app;

	@BeforeAll
	static void start(OwnMariaDb server) {
		server.freshDatabase(DATABASE);
		proxy = FaultProxy.to(server.port());
		Map<String, Object> settings = Drills.onDatabase(proxy.port(), DATABASE);
		settings.put("spring.datasource.hikari.maximum-pool-size", "5");
		settings.put("gba.writes.max-concurrent", "2");
		settings.put("gba.bulkhead.max-concurrent", "2");
		settings.put("gba.bulkhead.exports.max-concurrent", "1");
		settings.put("gba.bulkhead.queue-size", "4");
		settings.put("gba.bulkhead.max-wait", "1s");
		settings.put("gba.graphql.timeout", TIMEOUT.toSeconds() + "s");
		app = AppInstance.start("slow-drill", settings);
	}

	@AfterAll
	static void stop() {
		if (app != null) {
			app.close();
		}
		if (proxy != null) {
			proxy.close();
		}
	}

	@Test
	void withEveryStatement500MsLateHeavyQueriesAreBoundedAndLookUpsStillGetAConnection() throws InterruptedException {
		DrillClient client = new DrillClient(app.url(), app.managementUrl());
		String analyst = client.token("slow-drill-analyst", List.of("ANALYST"));
		String partner = client.token("slow-drill-partner", List.of("ANALYST"));
		Map<String, Object> lab = Map.of("id", GlobalId.encode("JointLab", 1));
		ConcurrentLinkedQueue<Answer> heavy = new ConcurrentLinkedQueue<>();
		ConcurrentLinkedQueue<Answer> lookUps = new ConcurrentLinkedQueue<>();
		assertThat(client.graphQl(partner, LOOK_UP, lab).ok()).as("a look-up before the delay").isTrue();

		proxy.delay(DELAY);
		ScheduledExecutorService clients = Executors.newScheduledThreadPool(ANALYSTS + 2);
		for (int i = 0; i < ANALYSTS; i++) {
			clients.scheduleWithFixedDelay(() -> heavy.add(client.graphQl(analyst, LARGE_PAGES, Map.of())), 0, 100,
					TimeUnit.MILLISECONDS);
		}
		for (int i = 0; i < 2; i++) {
			clients.scheduleWithFixedDelay(() -> lookUps.add(client.graphQl(partner, LOOK_UP, lab)), 0, 100,
					TimeUnit.MILLISECONDS);
		}
		long start = System.nanoTime();
		try {
			await("the flood").pollDelay(FLOOD)
				.atMost(FLOOD.plusSeconds(1))
				.until(() -> System.nanoTime() - start >= FLOOD.toNanos());
		}
		finally {
			clients.shutdown();
			assertThat(clients.awaitTermination(DrillClient.PATIENCE.toSeconds() + 5, TimeUnit.SECONDS)).isTrue();
			proxy.delay(Duration.ZERO);
		}

		List<String> heavyCodes = heavy.stream().flatMap((answer) -> answer.codes().stream()).toList();
		System.out.printf(
				"Slow database drill: %d look-ups, %d answered with data (%d to %d ms); %d heavy queries: %d answered, "
						+ "%d %s (%d to %d ms)%n",
				lookUps.size(), lookUps.stream().filter(Answer::ok).count(), min(lookUps), max(lookUps), heavy.size(),
				heavy.stream().filter(Answer::ok).count(), heavyCodes.size(), heavyCodes.stream().distinct().toList(),
				min(heavy), max(heavy));

		assertThat(lookUps).as("look-ups").hasSizeGreaterThanOrEqualTo(4);
		assertThat(lookUps).allSatisfy((answer) -> {
			assertThat(answer.ok()).as("look-up %s", answer).isTrue();
			assertThat(answer.took()).as("look-up %s", answer).isGreaterThanOrEqualTo(DELAY).isLessThan(BOUND);
		});
		assertThat(heavy).as("heavy queries answered").anyMatch(Answer::ok);
		assertThat(heavyCodes).as("heavy queries refused by the bulkhead").contains("OVERLOADED");
		assertThat(heavy).allSatisfy((answer) -> {
			assertThat(answer.took()).as("heavy %s", answer).isLessThan(BOUND);
			if (answer.status() == 429) {
				assertThat(answer.codes()).as("%s", answer).containsExactly("OVERLOADED");
			}
			else {
				assertThat(answer.status()).as("%s", answer).isEqualTo(200);
				assertThat(answer.codes()).as("%s", answer).isSubsetOf(Set.of("TIMEOUT"));
			}
		});
	}

	private static long min(ConcurrentLinkedQueue<Answer> answers) {
		return answers.stream().mapToLong((answer) -> answer.took().toMillis()).min().orElse(0);
	}

	private static long max(ConcurrentLinkedQueue<Answer> answers) {
		return answers.stream().mapToLong((answer) -> answer.took().toMillis()).max().orElse(0);
	}

}
