/**
 * The benchmark's parts inside the application (issue 8), active only in the Spring profile
 * {@code bench}, never in the embedded default nor in {@code mysql} alone: the scale data generator
 * ({@link org.gba.cooperation.bench.ScaleDataLoader}), which fills an empty, migrated database at a
 * scale factor with plain JDBC, and the hand-written baseline of the partner dashboard
 * ({@code GET /bench/dashboard}). See BENCHMARKS.md.
 */
@NullMarked
@ApplicationModule(displayName = "Benchmark")
package org.gba.cooperation.bench;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
