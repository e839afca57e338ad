/**
 * The benchmark's server side (issue 8), in a source set of its own
 * ({@code src/bench/server}), never in the production jar: the launcher
 * ({@link org.gba.cooperation.bench.BenchApplication}), the hand-written baseline of the
 * partner dashboard ({@code GET /bench/dashboard}), the counters the load driver reads
 * ({@code GET /bench/metrics}) and, in {@code data}, the scale data generator. Every bean
 * is in the Spring profile {@code bench}, which the launcher turns on. See BENCHMARKS.md.
 */
@NullMarked
package org.gba.cooperation.bench;

import org.jspecify.annotations.NullMarked;
