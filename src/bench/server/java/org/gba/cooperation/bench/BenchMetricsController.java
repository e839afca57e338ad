package org.gba.cooperation.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;

import org.gba.cooperation.shared.search.SearchIndexing;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Profile;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /bench/metrics}, in the {@code bench} profile only: the counts of
 * {@link BenchMetrics} and the JVM's heap, read by the benchmark driver before and after
 * each measured request or run, and the search index's build at start-up, read by
 * {@code run.sh} once the application is up.
 */
@RestController
@Profile(BenchApplication.PROFILE)
class BenchMetricsController {

	static final String PATH = "/bench/metrics";

	private final BenchMetrics metrics;

	private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

	private final SearchIndexing searchIndexing;

	BenchMetricsController(BenchMetrics metrics, SearchIndexing searchIndexing) {
		this.metrics = metrics;
		this.searchIndexing = searchIndexing;
	}

	/**
	 * The counts since start-up and the memory now.
	 *
	 * @param statements the SQL statements executed
	 * @param requests the HTTP requests served (those to {@code /bench/metrics} left out)
	 * @param heapUsedBytes the heap in use now (live objects and garbage not yet
	 * collected)
	 * @param heapCommittedBytes the heap the JVM holds from the operating system now
	 * @param heapMaxBytes the most heap the JVM may use
	 * @param nonHeapUsedBytes metaspace, code cache and the other non-heap pools in use
	 * @param pid the process ID, to read the resident set size (VmRSS) from {@code /proc}
	 * @param searchIndexBuild the search index's build at this start-up; {@code null}
	 * when the index was current
	 * @param heapUsedPeakBytes the most heap in use since start-up or the last
	 * {@code POST /bench/metrics/reset-peaks}: the sum of the heap pools' peaks (an upper
	 * bound, the pools may peak at different moments; garbage not yet collected included)
	 * @param heapUsedAfterGcBytes the heap in use right after the last collection of each
	 * heap pool: what was live then, without garbage
	 */
	record Snapshot(long statements, long requests, long heapUsedBytes, long heapCommittedBytes, long heapMaxBytes,
			long nonHeapUsedBytes, long pid, @Nullable IndexBuild searchIndexBuild, long heapUsedPeakBytes,
			long heapUsedAfterGcBytes) {
	}

	/**
	 * The mass indexer's build of the search index at start-up.
	 *
	 * @param types the entity types built
	 * @param documents the documents written (the types' records)
	 * @param millis how long it took
	 */
	record IndexBuild(List<String> types, long documents, long millis) {
	}

	@GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
	Snapshot metrics() {
		MemoryUsage heap = this.memory.getHeapMemoryUsage();
		SearchIndexing.Build build = this.searchIndexing.lastBuild();
		long peak = 0;
		long afterGc = 0;
		for (MemoryPoolMXBean pool : heapPools()) {
			peak += pool.getPeakUsage().getUsed();
			MemoryUsage collected = pool.getCollectionUsage();
			afterGc += (collected != null) ? collected.getUsed() : 0;
		}
		return new Snapshot(this.metrics.statements(), this.metrics.requests(), heap.getUsed(), heap.getCommitted(),
				heap.getMax(), this.memory.getNonHeapMemoryUsage().getUsed(), ProcessHandle.current().pid(),
				(build != null) ? new IndexBuild(build.types(), build.documents(), build.duration().toMillis()) : null,
				peak, afterGc);
	}

	/**
	 * Starts the heap peaks of {@code heapUsedPeakBytes} again from what is in use now
	 * (before a measured run, such as {@code src/bench/export.sh}).
	 */
	@PostMapping(path = PATH + "/reset-peaks")
	ResponseEntity<Void> resetPeaks() {
		heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
		return ResponseEntity.noContent().build();
	}

	private static List<MemoryPoolMXBean> heapPools() {
		return ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter((pool) -> pool.getType() == MemoryType.HEAP && pool.isValid())
			.toList();
	}

}
