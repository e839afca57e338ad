package org.gba.cooperation.drills;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.gba.cooperation.support.cluster.AppProcess;
import org.gba.cooperation.support.cluster.OwnMariaDb;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Drill: the application killed with {@code kill -9} in the middle of a stream of writes,
 * started again, and every write sent again with its idempotency key. The application is
 * the production jar in a JVM of its own ({@link AppProcess}) on a MariaDB server of the
 * test's own ({@link OwnMariaDb}); four writers create labs, each under a key of its own,
 * until the JVM is killed (SIGKILL: no shutdown hook, no graceful end, requests cut in
 * the middle). Once a new JVM is up on the same database, every key is sent again with
 * the same input:
 * <ul>
 * <li>each key gives exactly one lab, whole (its lead member, its audit entry, its
 * idempotency record): no duplicate;</li>
 * <li>every lab acknowledged before the kill is there, and its replay answers the same
 * lab: no loss;</li>
 * <li>a write cut by the kill is either written (its replay answers it) or not at all
 * (its replay writes it now), never half.</li>
 * </ul>
 */
@Tag("scale-out")
@ExtendWith(OwnMariaDb.class)
class KillAndReplayDrillIT {

	private static final String DATABASE = "gba_drill_kill";

	private static final Duration START = Duration.ofSeconds(180);

	private static final int WRITERS = 4;

	@Test
	void killedMidWriteRestartedAndReplayedEveryKeyGivesExactlyOneLabAndNoneAcknowledgedIsLost(OwnMariaDb server)
			throws IOException, InterruptedException {
		server.freshDatabase(DATABASE);
		Map<String, Object> settings = Drills.onDatabase(server.port(), DATABASE);
		Path logs = Files.createDirectories(Path.of("target", "drills"));
		ConcurrentLinkedQueue<Sent> sent = new ConcurrentLinkedQueue<>();

		try (AppProcess first = AppProcess.start("kill-drill-first", settings, logs.resolve("kill-drill-first.log"))) {
			DrillClient client = ready(first);
			String coordinator = client.token("kill-drill-writer", List.of("COORDINATOR"));
			AtomicInteger labs = new AtomicInteger();
			AtomicBoolean killed = new AtomicBoolean();
			ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
			for (int i = 0; i < WRITERS; i++) {
				writers.execute(() -> {
					while (!killed.get()) {
						int n = labs.incrementAndGet();
						Map<String, Object> input = Drills.lab("Kill drill lab " + n, "kill-" + n);
						sent.add(new Sent(input,
								client.graphQl(coordinator, Drills.CREATE_LAB, Map.of("input", input))));
					}
				});
			}
			try {
				await("writes acknowledged before the kill").atMost(Duration.ofSeconds(60))
					.until(() -> sent.stream().filter((s) -> s.answer().ok()).count() >= 20);
				first.kill();
			}
			finally {
				killed.set(true);
				writers.shutdown();
				assertThat(writers.awaitTermination(DrillClient.PATIENCE.toSeconds() + 5, TimeUnit.SECONDS)).isTrue();
			}
		}
		List<Sent> acknowledged = sent.stream().filter((s) -> s.answer().ok()).toList();
		List<Sent> cut = sent.stream().filter((s) -> s.answer().status() == 0).toList();
		assertThat(sent).as("every write was acknowledged or cut by the kill")
			.allSatisfy((s) -> assertThat(s.answer().ok() || s.answer().status() == 0).as("%s", s.answer()).isTrue());
		assertThat(cut).as("writes in flight when the JVM was killed, or sent after").isNotEmpty();
		long cutButWritten = cut.stream().filter((s) -> stored(server, s).labs() > 0).count();

		try (AppProcess second = AppProcess.start("kill-drill-second", settings,
				logs.resolve("kill-drill-second.log"))) {
			DrillClient client = ready(second);
			String coordinator = client.token("kill-drill-writer", List.of("COORDINATOR"));
			int original = 0;
			for (Sent write : sent) {
				Answer replay = client.graphQl(coordinator, Drills.CREATE_LAB, Map.of("input", write.input()));
				assertThat(replay.ok()).as("replay of %s: %s", write.key(), replay).isTrue();
				if (write.answer().ok()) {
					assertThat(replay.at("createJointLab.jointLab.id")).as("replay of acknowledged %s", write.key())
						.isEqualTo(write.answer().at("createJointLab.jointLab.id"));
					original++;
				}
			}
			for (Sent write : sent) {
				assertThat(stored(server, write)).as("%s after its replay", write.key())
					.isEqualTo(new Drills.Stored(1, 1));
			}
			assertThat(server
				.number("SELECT COUNT(*) FROM " + DATABASE + ".joint_lab WHERE name_en LIKE 'Kill drill lab %'"))
				.as("labs of the drill")
				.isEqualTo(sent.size());
			System.out.printf(
					"Kill drill: %d writes sent, %d acknowledged before the kill (each replay answered the same lab: %d), "
							+ "%d cut by the kill (%d of them had committed and were answered by their replay, %d "
							+ "written by it); after the replays %d labs, one per key, each whole%n",
					sent.size(), acknowledged.size(), original, cut.size(), cutButWritten, cut.size() - cutButWritten,
					sent.size());
		}
	}

	private static DrillClient ready(AppProcess app) {
		DrillClient client = new DrillClient(app.url(), app.managementUrl());
		await(app.url() + " ready").atMost(START)
			.pollInterval(Duration.ofMillis(500))
			.until(() -> "UP".equals(client.readiness()));
		return client;
	}

	private static Drills.Stored stored(OwnMariaDb server, Sent write) {
		return Drills.stored(server, DATABASE, write.name(), write.key());
	}

	/** A write and what it was answered before the kill. */
	private record Sent(Map<String, Object> input, Answer answer) {

		String key() {
			return (String) this.input.get("idempotencyKey");
		}

		@SuppressWarnings("unchecked")
		String name() {
			return Objects.requireNonNull(((Map<String, String>) this.input.get("names")).get("en"));
		}

	}

}
