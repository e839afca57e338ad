/**
 * The benchmark's parts inside the application, active only with the Spring profile {@code bench}
 * (never in the embedded default nor in {@code mysql}): see BENCHMARKS.md.
 */
@NullMarked
package org.gba.cooperation.bench;

import org.jspecify.annotations.NullMarked;
