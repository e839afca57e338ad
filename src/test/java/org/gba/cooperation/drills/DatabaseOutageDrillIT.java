package org.gba.cooperation.drills;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

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
 * Drill: the database unreachable for 15 s under a steady load of reads and writes. The
 * application reaches its MariaDB server (of the test's own, {@link OwnMariaDb}) through
 * a {@link FaultProxy}; cutting it closes every open connection and refuses new ones,
 * which is what a crashed database server, or one whose host went away, looks like to the
 * application. Then:
 * <ul>
 * <li>every request is answered, HTTP 200, and every error is {@code SERVICE_UNAVAILABLE}
 * with a message that says to retry, no stack trace, no SQL, no class name;</li>
 * <li>readiness ({@code /actuator/health/readiness}) goes DOWN within a few seconds and
 * stays DOWN while the database is out;</li>
 * <li>once it is back, the first request is answered normally within 5 s, and readiness
 * is UP again;</li>
 * <li>nothing is half-written: every lab whose creation was acknowledged is in the
 * database once, whole (its lead member, its audit entry, its idempotency record); every
 * one answered with an error is absent or whole.</li>
 * </ul>
 */
@Tag("scale-out")
@ExtendWith(OwnMariaDb.class)
class DatabaseOutageDrillIT {

	private static final String DATABASE = "gba_drill_outage";

	private static final Duration OUTAGE = Duration.ofSeconds(15);

	private static final Duration RECOVERY = Duration.ofSeconds(5);

	private static final String LAB_BY_ID = "query($id: ID!) { node(id: $id) { id ... on JointLab { name } } }";

	private static final String LABS_PAGE = "{ jointLabs(first: 5) { nodes { id name members { role } } } }";

	private static OwnMariaDb server;

	private static FaultProxy proxy;

	private static AppInstance app;

	@BeforeAll
	static void start(OwnMariaDb own) {
		server = own;
		own.freshDatabase(DATABASE);
		proxy = FaultProxy.to(own.port());
		app = AppInstance.start("outage-drill", Drills.onDatabase(proxy.port(), DATABASE));
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
	void theDatabaseOutFor15SecondsUnderLoadGivesCleanErrorsReadinessDownAPromptRecoveryAndNoHalfWrites()
			throws InterruptedException {
		DrillClient client = new DrillClient(app.url(), app.managementUrl());
		String coordinator = client.token("outage-drill-writer", List.of("COORDINATOR"));
		String analyst = client.token("outage-drill-reader", List.of("ANALYST"));
		ConcurrentLinkedQueue<Sent> sent = new ConcurrentLinkedQueue<>();
		AtomicInteger labs = new AtomicInteger();
		String lab1 = GlobalId.encode("JointLab", 1);

		// The load: two writers creating labs, two readers (a look-up, a page), each
		// sending its next request 50 ms after the last was answered.
		long start = System.nanoTime();
		ScheduledExecutorService load = Executors.newScheduledThreadPool(4);
		for (int i = 0; i < 2; i++) {
			load.scheduleWithFixedDelay(() -> {
				// One number for both: the two writers start together.
				int number = labs.incrementAndGet();
				String name = "Outage drill lab " + number;
				String key = "outage-" + number;
				sent.add(new Sent(name, key,
						client.graphQl(coordinator, Drills.CREATE_LAB, Map.of("input", Drills.lab(name, key)))));
			}, 0, 50, TimeUnit.MILLISECONDS);
		}
		load.scheduleWithFixedDelay(
				() -> sent.add(new Sent(null, null, client.graphQl(analyst, LAB_BY_ID, Map.of("id", lab1)))), 0, 50,
				TimeUnit.MILLISECONDS);
		load.scheduleWithFixedDelay(() -> sent.add(new Sent(null, null, client.graphQl(null, LABS_PAGE, Map.of()))), 0,
				50, TimeUnit.MILLISECONDS);
		try {
			await("the load is answered").atMost(Duration.ofSeconds(60))
				.until(() -> count(sent, true, start) >= 5 && count(sent, false, start) >= 5);

			long cut = System.nanoTime();
			proxy.cut();
			await("readiness DOWN once the database is out").atMost(Duration.ofSeconds(10))
				.pollInterval(Duration.ofMillis(100))
				.until(() -> "DOWN".equals(client.readiness()));
			Duration readinessDown = Duration.ofNanos(System.nanoTime() - cut);
			Duration rest = OUTAGE.minus(readinessDown);
			await("readiness DOWN while the database is out").during(rest)
				.atMost(rest.plusSeconds(10))
				.pollInterval(Duration.ofMillis(250))
				.until(() -> "DOWN".equals(client.readiness()));

			proxy.restore();
			long back = System.nanoTime();
			await("a request answered normally after the database is back").atMost(Duration.ofSeconds(30))
				.until(() -> firstOkAfter(sent, back) != null);
			Duration recovery = Duration.ofNanos(firstOkAfter(sent, back).answer().answered() - back);
			await("readiness UP after the database is back").atMost(Duration.ofSeconds(30))
				.until(() -> "UP".equals(client.readiness()));
			Duration readinessUp = Duration.ofNanos(System.nanoTime() - back);
			await("the load is answered again").atMost(Duration.ofSeconds(30))
				.until(() -> count(sent, true, back) >= 5 && count(sent, false, back) >= 5);
			load.shutdown();
			assertThat(load.awaitTermination(DrillClient.PATIENCE.toSeconds() + 5, TimeUnit.SECONDS)).isTrue();

			List<String> codes = sent.stream().flatMap((s) -> s.answer().codes().stream()).toList();
			System.out.printf(
					"Outage drill: %d requests (%d writes), %d errors %s; readiness DOWN %d ms after the cut, "
							+ "first normal answer %d ms and readiness UP %d ms after the return%n",
					sent.size(), labs.get(), codes.size(), codes.stream().distinct().toList(), readinessDown.toMillis(),
					recovery.toMillis(), readinessUp.toMillis());

			assertThat(recovery).as("first normal answer after the database is back").isLessThanOrEqualTo(RECOVERY);
			assertThat(readinessUp).as("readiness UP after the database is back").isLessThanOrEqualTo(RECOVERY);
			assertThat(codes).as("the outage was seen").contains("SERVICE_UNAVAILABLE");
			for (Sent request : sent) {
				Answer answer = request.answer();
				assertThat(answer.status()).as("%s", answer).isEqualTo(200);
				assertThat(answer.codes()).as("%s", answer).allMatch("SERVICE_UNAVAILABLE"::equals);
				assertThat(answer.messages()).as("%s", answer)
					.allSatisfy((message) -> assertThat(message).containsIgnoringCase("try again")
						.doesNotContainIgnoringCase("exception")
						.doesNotContainIgnoringCase("sql")
						.doesNotContainIgnoringCase("jdbc")
						.doesNotContainIgnoringCase("select ")
						.doesNotContainIgnoringCase("insert ")
						.doesNotContain("org.")
						.doesNotContain("java.")
						.doesNotContain("\tat "));
			}
			int acknowledged = 0;
			int failedAbsent = 0;
			int failedWhole = 0;
			for (Sent write : sent) {
				if (write.name() == null) {
					continue;
				}
				Drills.Stored stored = Drills.stored(server, DATABASE, write.name(), write.key());
				if (write.answer().ok()) {
					// Each write has a key of its own: a user error (a key sent twice)
					// would
					// be a refusal, not an acknowledgement.
					assertThat(write.answer().at("createJointLab.userErrors")).as("user errors of %s", write.name())
						.isEqualTo(List.of());
					acknowledged++;
					assertThat(stored).as("acknowledged %s", write.name()).isEqualTo(new Drills.Stored(1, 1));
				}
				else {
					assertThat(stored).as("answered with an error: %s", write.name())
						.isIn(new Drills.Stored(0, 0), new Drills.Stored(1, 1));
					failedAbsent += (stored.labs() == 0) ? 1 : 0;
					failedWhole += (stored.labs() == 1) ? 1 : 0;
				}
			}
			System.out.printf(
					"Outage drill: %d writes acknowledged, each stored once and whole; %d answered with "
							+ "an error: %d absent, %d stored whole%n",
					acknowledged, failedAbsent + failedWhole, failedAbsent, failedWhole);
		}
		finally {
			load.shutdownNow();
			proxy.restore();
		}
	}

	/** Requests (writes or reads) sent after {@code since} and answered normally. */
	private static long count(ConcurrentLinkedQueue<Sent> sent, boolean writes, long since) {
		return sent.stream()
			.filter((s) -> (s.name() != null) == writes && s.answer().sent() - since > 0 && s.answer().ok())
			.count();
	}

	private static Sent firstOkAfter(ConcurrentLinkedQueue<Sent> sent, long since) {
		List<Sent> ok = new ArrayList<>(
				sent.stream().filter((s) -> s.answer().answered() - since > 0 && s.answer().ok()).toList());
		ok.sort((a, b) -> Long.compare(a.answer().answered(), b.answer().answered()));
		return ok.isEmpty() ? null : ok.get(0);
	}

	/** A request of the load: a write (a lab's name and key) or a read (none). */
	private record Sent(String name, String key, Answer answer) {
	}

}
