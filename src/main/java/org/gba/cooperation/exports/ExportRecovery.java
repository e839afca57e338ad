package org.gba.cooperation.exports;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

/**
 * Keeps exports from being lost with the instance that ran them. Every
 * {@code gba.export.stale-after} / 3, this instance renews the heartbeat of its own
 * waiting and running exports, and marks FAILED, {@code retryable}, code
 * {@code INSTANCE_STOPPED}, those of other instances silent for longer than
 * {@code stale-after} (deleting their half-written file when it is in reach): at start-up
 * first, then all along. An instance that shuts down marks its own at once
 * ({@link BulkExports#shutdown}).
 */
class ExportRecovery {

	private static final Logger logger = LoggerFactory.getLogger(ExportRecovery.class);

	private final ExportStore store;

	private final BulkExports exports;

	private final ExportProperties properties;

	private final Clock clock;

	private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "bulk-export-recovery");
		thread.setDaemon(true);
		return thread;
	});

	ExportRecovery(ExportStore store, BulkExports exports, ExportProperties properties, Clock clock) {
		this.store = store;
		this.exports = exports;
		this.properties = properties;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		long period = Math.max(1000, this.properties.staleAfter().toMillis() / 3);
		this.timer.scheduleWithFixedDelay(this::recoverQuietly, 0, period, TimeUnit.MILLISECONDS);
	}

	void stop() {
		this.timer.shutdownNow();
	}

	/**
	 * Renews this instance's heartbeats, and fails the exports of instances that stopped.
	 * @return how many exports were marked FAILED
	 */
	int recoverAbandoned() {
		this.store.beat();
		int recovered = 0;
		for (ExportRow row : this.store.abandoned(this.clock.instant().minus(this.properties.staleAfter()))) {
			if (this.store.failed(row.id(), "INSTANCE_STOPPED",
					"The instance running this export stopped; run it again with retryBulkExport", true)) {
				BulkExports.deleteQuietly(this.exports.partFile(row.id(), row.format()));
				logger.info("Bulk export {} was left {} by a stopped instance: FAILED, retryable", row.id(),
						row.status());
				recovered++;
			}
		}
		return recovered;
	}

	private void recoverQuietly() {
		try {
			recoverAbandoned();
		}
		catch (RuntimeException ex) {
			logger.warn("Could not look for exports of stopped instances", ex);
		}
	}

}
