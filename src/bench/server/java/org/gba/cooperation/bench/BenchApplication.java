package org.gba.cooperation.bench;

import org.gba.cooperation.GbaCooperationApplication;
import org.springframework.boot.SpringApplication;

/**
 * The application the benchmark measures: the production application, started through its
 * own {@code main}, with the Spring profile {@code bench} added, which turns on the beans
 * of this source set (the scale data generator, the baseline dashboard, the counters).
 * {@code src/bench/app.sh} runs it from the production jar as it ships, with the jar of
 * this source set and datasource-proxy added to the class path (see docs/benchmarks.md).
 * <p>
 * Why a profile on top of the class path: the test suite has these classes on its class
 * path too, and the profile keeps them out of its application contexts but those of the
 * bench's own tests.
 */
public final class BenchApplication {

	/** The Spring profile of the benchmark's beans. */
	public static final String PROFILE = "bench";

	private BenchApplication() {
	}

	public static void main(String[] args) {
		SpringApplication.from(GbaCooperationApplication::main).withAdditionalProfiles(PROFILE).run(args);
	}

}
