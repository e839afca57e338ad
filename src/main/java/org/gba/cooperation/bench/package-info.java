/**
 * The benchmark's own parts (issue 8), active only in the Spring profile {@code bench}: the scale
 * data generator ({@link org.gba.cooperation.bench.ScaleDataLoader}), which fills an empty,
 * migrated database at a scale factor with plain JDBC; the hand-written baseline of the partner
 * dashboard ({@code GET /bench/dashboard}); and the counters the load driver reads
 * ({@code GET /bench/metrics}). Nothing of it runs in the embedded default or in {@code mysql} alone:
 * see BENCHMARKS.md.
 */
@NullMarked
@ApplicationModule(displayName = "Benchmark")
package org.gba.cooperation.bench;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
